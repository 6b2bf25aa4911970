namespace Evorec.Training.Evolution;

/// <summary>
/// The default strategy parameters of the (μ/μ_W, λ)-CMA-ES, from Hansen, "The CMA Evolution
/// Strategy: A Tutorial" (arXiv:1604.00772), Table 1: λ = 4 + ⌊3 ln n⌋ and μ = ⌊λ/2⌋;
/// preliminary weights w′ᵢ = ln((λ+1)/2) − ln i; the positive weights normalised to sum 1 and,
/// for active CMA, the negative ones scaled to sum −min(α_μ⁻, α_μeff⁻, α_posdef⁻) with
/// α_μ⁻ = 1 + c₁/c_μ, α_μeff⁻ = 1 + 2μ_eff⁻/(μ_eff + 2) and α_posdef⁻ = (1 − c₁ − c_μ)/(n c_μ);
/// c_m = 1; c_σ = (μ_eff + 2)/(n + μ_eff + 5) and d_σ = 1 + 2 max(0, √((μ_eff − 1)/(n + 1)) − 1) + c_σ;
/// c_c = (4 + μ_eff/n)/(n + 4 + 2μ_eff/n); c₁ = α_cov/((n + 1.3)² + μ_eff) with α_cov = 2; and
/// c_μ = min(1 − c₁, α_cov (1/4 + μ_eff + 1/μ_eff − 2)/((n + 2)² + α_cov μ_eff/2)), with the 1/4
/// of the tutorial's current revision and of pycma (the first revision omits it). We cite the
/// table rather than its equation numbers, which we could not check against the text.
/// For the separable variant (Ros &amp; Hansen, "A simple modification in CMA-ES achieving linear
/// time and space complexity", PPSN X, 2008) both learning rates are multiplied by (n + 2)/3
/// (c_μ capped at 1 − c₁) and the weights are non-negative.
/// </summary>
public sealed class CovarianceMatrixAdaptationParameters
{
    private CovarianceMatrixAdaptationParameters(int dimension, int population, int parents, double[] weights)
    {
        Dimension = dimension;
        Population = population;
        Parents = parents;
        Weights = weights;
    }

    /// <summary>The search-space dimension n.</summary>
    public int Dimension { get; }

    /// <summary>The population size λ.</summary>
    public int Population { get; }

    /// <summary>The number of parents μ = ⌊λ/2⌋ (the samples with positive weights).</summary>
    public int Parents { get; }

    /// <summary>The recombination weights w₁ ≥ … ≥ w_λ by rank (positive ones sum to 1; negative ones are zero unless active).</summary>
    public IReadOnlyList<double> Weights { get; }

    /// <summary>The sum of all λ weights (1 without negative weights).</summary>
    public double WeightSum { get; private init; }

    /// <summary>The variance-effective selection mass μ_eff = (Σ_{i≤μ} wᵢ)² / Σ_{i≤μ} wᵢ².</summary>
    public double EffectiveParents { get; private init; }

    /// <summary>The learning rate of the step-size path, c_σ.</summary>
    public double StepSizeCumulation { get; private init; }

    /// <summary>The step-size damping d_σ.</summary>
    public double StepSizeDamping { get; private init; }

    /// <summary>The learning rate of the covariance path, c_c.</summary>
    public double CovarianceCumulation { get; private init; }

    /// <summary>The rank-one learning rate c₁.</summary>
    public double RankOneRate { get; private init; }

    /// <summary>The rank-μ learning rate c_μ.</summary>
    public double RankMuRate { get; private init; }

    /// <summary>The learning rate of the mean, c_m.</summary>
    public double MeanRate { get; private init; } = 1.0;

    /// <summary>E‖N(0, I)‖ ≈ √n (1 − 1/(4n) + 1/(21n²)).</summary>
    public double ExpectedNorm { get; private init; }

    /// <summary>
    /// Generations between eigendecompositions, max(1, ⌊1 / (10 n (c₁ + c_μ))⌋): the lazy update the
    /// tutorial recommends to keep the cost O(n²) per sample (its appendix on implementation and its
    /// reference code); 1 for the diagonal variant, which needs no decomposition.
    /// </summary>
    public int DecompositionGap { get; private init; } = 1;

    /// <summary>The default population size 4 + ⌊3 ln n⌋ (Table 1).</summary>
    public static int DefaultPopulation(int dimension) => 4 + (int)Math.Floor(3.0 * Math.Log(dimension));

    /// <summary>The parameters for dimension <paramref name="dimension"/> and population <paramref name="population"/>.</summary>
    public static CovarianceMatrixAdaptationParameters Create(int dimension, int population, bool separable, bool active)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(dimension);
        if (population < 2)
        {
            throw new ArgumentException("The population λ must be at least 2.", nameof(population));
        }

        double n = dimension;
        int mu = population / 2;
        var prime = new double[population];
        for (int i = 0; i < population; i++)
        {
            prime[i] = Math.Log((population + 1) / 2.0) - Math.Log(i + 1);
        }

        double positiveSum = 0;
        double positiveSquares = 0;
        double negativeSum = 0;
        double negativeSquares = 0;
        for (int i = 0; i < population; i++)
        {
            if (i < mu)
            {
                positiveSum += prime[i];
                positiveSquares += prime[i] * prime[i];
            }
            else
            {
                negativeSum += prime[i];
                negativeSquares += prime[i] * prime[i];
            }
        }

        double mueff = positiveSum * positiveSum / positiveSquares;
        double mueffMinus = negativeSquares > 0 ? negativeSum * negativeSum / negativeSquares : 0.0;
        const double CovarianceAlpha = 2.0;
        double c1 = CovarianceAlpha / (((n + 1.3) * (n + 1.3)) + mueff);
        double cmu = Math.Min(1 - c1, CovarianceAlpha * (0.25 + mueff + (1 / mueff) - 2) / (((n + 2) * (n + 2)) + (CovarianceAlpha * mueff / 2)));
        if (separable)
        {
            c1 *= (n + 2) / 3.0;
            cmu = Math.Min(1 - c1, cmu * (n + 2) / 3.0);
            active = false;
        }

        double negativeScale = 0.0;
        if (active && negativeSum < 0)
        {
            double alphaMu = 1 + (c1 / cmu);
            double alphaMueff = 1 + (2 * mueffMinus / (mueff + 2));
            double alphaPositiveDefinite = (1 - c1 - cmu) / (n * cmu);
            negativeScale = Math.Min(alphaMu, Math.Min(alphaMueff, alphaPositiveDefinite)) / -negativeSum;
        }

        var weights = new double[population];
        double weightSum = 0;
        for (int i = 0; i < population; i++)
        {
            weights[i] = i < mu ? prime[i] / positiveSum : Math.Min(0.0, prime[i] * negativeScale);
            weightSum += weights[i];
        }

        double cs = (mueff + 2) / (n + mueff + 5);
        return new CovarianceMatrixAdaptationParameters(dimension, population, mu, weights)
        {
            WeightSum = weightSum,
            EffectiveParents = mueff,
            StepSizeCumulation = cs,
            StepSizeDamping = 1 + (2 * Math.Max(0, Math.Sqrt((mueff - 1) / (n + 1)) - 1)) + cs,
            CovarianceCumulation = (4 + (mueff / n)) / (n + 4 + (2 * mueff / n)),
            RankOneRate = c1,
            RankMuRate = cmu,
            ExpectedNorm = Math.Sqrt(n) * (1 - (1 / (4 * n)) + (1 / (21 * n * n))),
            DecompositionGap = separable ? 1 : Math.Max(1, (int)Math.Floor(1 / (10 * n * (c1 + cmu)))),
        };
    }
}
