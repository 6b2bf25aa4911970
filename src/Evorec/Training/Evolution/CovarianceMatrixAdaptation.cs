using Evorec.Numerics;

namespace Evorec.Training.Evolution;

/// <summary>
/// The (μ/μ_W, λ)-CMA-ES of Hansen's tutorial ("The CMA Evolution Strategy: A Tutorial",
/// arXiv:1604.00772, the algorithm summary, eqs. 38–47, with the default parameters of Table 1,
/// see <see cref="CovarianceMatrixAdaptationParameters"/>): sample zₖ ~ N(0, I) (38),
/// yₖ = B D zₖ ~ N(0, C) (39), xₖ = m + σ yₖ (40); rank by fitness; ⟨y⟩_w = Σ_{i≤μ} wᵢ y_{i:λ} (41);
/// m ← m + c_m σ ⟨y⟩_w (42); cumulative step-size adaptation of p_σ (43) and σ (44); the
/// covariance path p_c with the stall indicator h_σ (45); active weights w°ᵢ (46); and the
/// rank-one plus rank-μ covariance update (47). The eigendecomposition is refreshed lazily, every
/// <see cref="CovarianceMatrixAdaptationParameters.DecompositionGap"/> generations, as the tutorial
/// advises. With a diagonal covariance it is sep-CMA-ES (Ros &amp; Hansen 2008).
/// Generation g draws from stream (key, g); the initial mean after r restarts and s resets from (key, "restart", r, s).
/// </summary>
/// <remarks>
/// <para>
/// IPOP (Auger &amp; Hansen, "A restart CMA evolution strategy with increasing population size",
/// CEC 2005, §2): with <c>restarts</c> &gt; 0 the strategy restarts from a fresh initial
/// distribution with λ doubled whenever one of that paper's criteria fires: the best fitness of
/// the last 10 + ⌈30n/λ⌉ generations and the current generation's fitness each span less than
/// 10⁻¹² (TolFun, flat fitness); σ · max(|p_c,i|, √C_ii) &lt; 10⁻¹² σ₀ for all i (TolX); adding
/// 0.1 σ √λᵢ bᵢ to m along principal axis i = g mod n (NoEffectAxis) or 0.2 σ √C_ii to any one
/// coordinate (NoEffectCoord) leaves m unchanged; or cond(C) &gt; 10¹⁴ (ConditionCov).
/// </para>
/// <para>
/// Guards (ours, not in the tutorial): NaN fitness ranks as −∞; the σ update's exponent is capped
/// at 1 (a factor e per generation); and when the state breaks down numerically — a non-finite
/// mean, σ or path, a covariance that is no longer positive definite, or σ √λ_max or |mᵢ| above
/// 10¹⁵⁰ — the distribution is reset (C = I, σ = σ₀, paths zero, the mean kept when finite), or
/// restarted when IPOP restarts remain. So a run stays finite whatever the fitness.
/// </para>
/// </remarks>
public sealed class CovarianceMatrixAdaptation : IOptimizer
{
    private const double Huge = 1e150;
    private const double FunctionTolerance = 1e-12;
    private const double StepTolerance = 1e-12;
    private const double ConditionLimit = 1e14;

    private readonly EvolutionStrategyOptions _options;
    private readonly ICovarianceModel _covariance;
    private readonly bool _separable;
    private readonly bool _active;
    private readonly StreamKey _key;
    private readonly RandomStream _random;
    private readonly double[] _mean;
    private readonly double[] _stepPath;
    private readonly double[] _covariancePath;
    private readonly double[] _weightedStep;
    private readonly double[] _whitened;
    private readonly double[] _gaussian;
    private CandidateBatch _batch;
    private FitnessRanking _ranking;
    private double[] _steps;
    private double[] _activeWeights;
    private double[] _bestHistory;
    private int _historyCount;
    private int _generation;
    private int _generationsSinceRestart;
    private int _sinceDecomposition;

    private CovarianceMatrixAdaptation(int genomeLength, EvolutionStrategyOptions options, ICovarianceModel covariance, bool separable, bool active, StreamKey key)
    {
        _options = options;
        _covariance = covariance;
        _separable = separable;
        _active = active;
        _key = key;
        GenomeLength = genomeLength;
        _mean = new double[genomeLength];
        _stepPath = new double[genomeLength];
        _covariancePath = new double[genomeLength];
        _weightedStep = new double[genomeLength];
        _whitened = new double[genomeLength];
        _gaussian = new double[genomeLength];
        _random = new RandomStream(key.Then("initial"));
        Parameters = CovarianceMatrixAdaptationParameters.Create(genomeLength, options.Population ?? CovarianceMatrixAdaptationParameters.DefaultPopulation(genomeLength), separable, active);
        int lambda = Parameters.Population;
        _batch = new CandidateBatch(lambda, genomeLength);
        _ranking = new FitnessRanking(lambda);
        _steps = new double[lambda * genomeLength];
        _activeWeights = new double[lambda];
        _bestHistory = new double[HistoryLength(genomeLength, lambda)];
        Sigma = options.Sigma;
        InitializeMean(_random);
    }

    /// <inheritdoc/>
    public int GenomeLength { get; }

    /// <summary>The strategy parameters in force (they change with λ at an IPOP restart).</summary>
    public CovarianceMatrixAdaptationParameters Parameters { get; private set; }

    /// <summary>The current step size σ.</summary>
    public double Sigma { get; private set; }

    /// <summary>The current mean m of the search distribution.</summary>
    public ReadOnlySpan<double> Mean => _mean;

    /// <summary>The IPOP restarts performed so far.</summary>
    public int RestartCount { get; private set; }

    /// <summary>The resets after a numerical breakdown so far.</summary>
    public int ResetCount { get; private set; }

    /// <summary>The condition number of C at the last eigendecomposition.</summary>
    public double ConditionNumber => _covariance.ConditionNumber;

    /// <summary>CMA-ES with a full covariance matrix; throws when the matrices would exceed the memory limit.</summary>
    public static CovarianceMatrixAdaptation Full(int genomeLength, CovarianceMatrixAdaptationOptions options, StreamKey key)
    {
        Validate(genomeLength, options);
        double megabytes = 2.0 * genomeLength * genomeLength * sizeof(double) / (1024.0 * 1024.0);
        if (options.MaxCovarianceMegabytes < 0 || megabytes > options.MaxCovarianceMegabytes)
        {
            throw new ArgumentException(
                $"cma-es keeps two {genomeLength} × {genomeLength} matrices (covariance and eigenvectors), {megabytes:F0} MB, above maxCovarianceMegabytes = {options.MaxCovarianceMegabytes}; "
                + "use sep-cma-es (diagonal covariance, linear memory and time) for a genome this large, or raise the limit.");
        }

        return new CovarianceMatrixAdaptation(genomeLength, options, new FullCovariance(genomeLength), false, options.Active, key);
    }

    /// <summary>sep-CMA-ES: CMA-ES with a diagonal covariance matrix (Ros &amp; Hansen 2008).</summary>
    public static CovarianceMatrixAdaptation Separable(int genomeLength, SeparableCovarianceMatrixAdaptationOptions options, StreamKey key)
    {
        Validate(genomeLength, options);
        return new CovarianceMatrixAdaptation(genomeLength, options, new DiagonalCovariance(genomeLength), true, false, key);
    }

    /// <summary>Throws when the options are inconsistent.</summary>
    public static void Validate(int genomeLength, EvolutionStrategyOptions options)
    {
        if (genomeLength < 1)
        {
            throw new ArgumentException("the genome must have at least one gene.");
        }

        if (!(options.Sigma > 0) || !double.IsFinite(options.Sigma))
        {
            throw new ArgumentException("sigma must be positive and finite.");
        }

        if (!(options.InitRange >= 0) || !double.IsFinite(options.InitRange))
        {
            throw new ArgumentException("initRange must be finite and not negative.");
        }

        if (options.Population is < 2)
        {
            throw new ArgumentException("population must be at least 2.");
        }

        if (options.Restarts < 0 || options.Restarts > 20)
        {
            throw new ArgumentException("restarts must lie in [0, 20] (each restart doubles the population).");
        }
    }

    /// <inheritdoc/>
    public CandidateBatch Ask()
    {
        int n = GenomeLength;
        _random.Reset(_key.Then(_generation));
        for (int k = 0; k < _batch.Count; k++)
        {
            for (int i = 0; i < n; i++)
            {
                _gaussian[i] = _random.NextGaussian();
            }

            Span<double> y = _steps.AsSpan(k * n, n);
            _covariance.Sample(_gaussian, y);
            Span<double> x = _batch[k];
            for (int i = 0; i < n; i++)
            {
                x[i] = _mean[i] + (Sigma * y[i]);
            }
        }

        return _batch;
    }

    /// <inheritdoc/>
    public void Tell(ReadOnlySpan<double> fitness)
    {
        CovarianceMatrixAdaptationParameters p = Parameters;
        int n = GenomeLength;
        int lambda = p.Population;
        if (fitness.Length != lambda)
        {
            throw new ArgumentException($"Expected {lambda} fitness values, got {fitness.Length}.", nameof(fitness));
        }

        ReadOnlySpan<int> order = _ranking.Rank(fitness);
        ReadOnlySpan<double> keys = _ranking.Keys;
        double bestFitness = keys[order[0]];
        double worstFitness = keys[order[lambda - 1]];

        // (41), (42): weighted recombination of the μ best steps, and the new mean.
        Array.Clear(_weightedStep);
        for (int r = 0; r < p.Parents; r++)
        {
            double w = p.Weights[r];
            ReadOnlySpan<double> y = _steps.AsSpan(order[r] * n, n);
            for (int i = 0; i < n; i++)
            {
                _weightedStep[i] += w * y[i];
            }
        }

        for (int i = 0; i < n; i++)
        {
            _mean[i] += p.MeanRate * Sigma * _weightedStep[i];
        }

        // (43): the step-size path, with C^(−1/2) from the last decomposition.
        double cs = p.StepSizeCumulation;
        double stepPathFactor = Math.Sqrt(cs * (2 - cs) * p.EffectiveParents);
        _covariance.Whiten(_weightedStep, _whitened);
        double stepPathSquared = 0;
        for (int i = 0; i < n; i++)
        {
            _stepPath[i] = ((1 - cs) * _stepPath[i]) + (stepPathFactor * _whitened[i]);
            stepPathSquared += _stepPath[i] * _stepPath[i];
        }

        double stepPathNorm = Math.Sqrt(stepPathSquared);

        // (45): h_σ stalls the covariance path while ‖p_σ‖ is large.
        _generationsSinceRestart++;
        double correction = Math.Sqrt(1 - Math.Pow(1 - cs, 2.0 * _generationsSinceRestart));
        bool stall = !(stepPathNorm / correction < (1.4 + (2.0 / (n + 1))) * p.ExpectedNorm);
        double cc = p.CovarianceCumulation;
        double covariancePathFactor = stall ? 0.0 : Math.Sqrt(cc * (2 - cc) * p.EffectiveParents);
        for (int i = 0; i < n; i++)
        {
            _covariancePath[i] = ((1 - cc) * _covariancePath[i]) + (covariancePathFactor * _weightedStep[i]);
        }

        // (46): negative weights are rescaled by n / ‖C^(−1/2) y‖².
        for (int r = 0; r < lambda; r++)
        {
            double w = p.Weights[r];
            if (w < 0)
            {
                _covariance.Whiten(_steps.AsSpan(order[r] * n, n), _whitened);
                double squared = Kernels.Dot(_whitened, _whitened);
                w = squared > 0 && double.IsFinite(squared) ? w * n / squared : 0.0;
            }

            _activeWeights[r] = w;
        }

        // (47): rank-one and rank-μ update of C.
        double delta = stall ? cc * (2 - cc) : 0.0;
        double decay = 1 + (p.RankOneRate * delta) - p.RankOneRate - (p.RankMuRate * p.WeightSum);
        _covariance.Update(decay, p.RankOneRate, _covariancePath, p.RankMuRate, _activeWeights.AsSpan(0, lambda), order, _steps.AsSpan(0, lambda * n));

        // (44): cumulative step-size adaptation (exponent capped at 1 as a guard).
        Sigma *= Math.Exp(Math.Min(1.0, cs / p.StepSizeDamping * ((stepPathNorm / p.ExpectedNorm) - 1)));

        _generation++;
        _sinceDecomposition++;
        bool healthy = IsFinite();
        if (healthy && _sinceDecomposition >= p.DecompositionGap)
        {
            healthy = _covariance.Decompose();
            _sinceDecomposition = 0;
        }

        healthy = healthy && Sigma * Math.Sqrt(_covariance.LargestEigenvalue) <= Huge;
        if (!healthy)
        {
            if (RestartCount < _options.Restarts)
            {
                Restart();
            }
            else
            {
                Reset(keepMean: MeanIsFinite());
                ResetCount++;
            }

            return;
        }

        RecordBest(bestFitness);
        if (RestartCount < _options.Restarts && ShouldRestart(bestFitness, worstFitness))
        {
            Restart();
        }
    }

    private static int HistoryLength(int n, int lambda) => 10 + (int)Math.Ceiling(30.0 * n / lambda);

    private void InitializeMean(RandomStream random)
    {
        for (int i = 0; i < GenomeLength; i++)
        {
            _mean[i] = _options.InitialMean == InitialMean.Uniform ? random.NextDouble(-_options.InitRange, _options.InitRange) : 0.0;
        }
    }

    private bool MeanIsFinite()
    {
        foreach (double value in _mean)
        {
            if (!double.IsFinite(value))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsFinite()
    {
        if (!double.IsFinite(Sigma) || !(Sigma > 0))
        {
            return false;
        }

        for (int i = 0; i < GenomeLength; i++)
        {
            if (!(Math.Abs(_mean[i]) <= Huge) || !double.IsFinite(_stepPath[i]) || !double.IsFinite(_covariancePath[i])
                || !(_covariance.Variance(i) > 0) || !double.IsFinite(_covariance.Variance(i)))
            {
                return false;
            }
        }

        return true;
    }

    private void RecordBest(double bestFitness)
    {
        _bestHistory[_historyCount % _bestHistory.Length] = bestFitness;
        _historyCount++;
    }

    /// <summary>The restart criteria of Auger &amp; Hansen 2005, §2 (see the class remarks).</summary>
    private bool ShouldRestart(double bestFitness, double worstFitness)
    {
        if (_historyCount >= _bestHistory.Length && bestFitness - worstFitness < FunctionTolerance)
        {
            double high = double.NegativeInfinity;
            double low = double.PositiveInfinity;
            foreach (double value in _bestHistory)
            {
                high = Math.Max(high, value);
                low = Math.Min(low, value);
            }

            if (high - low < FunctionTolerance)
            {
                return true;
            }
        }

        bool allSmall = true;
        for (int i = 0; i < GenomeLength; i++)
        {
            double deviation = Math.Sqrt(_covariance.Variance(i));
            if (Sigma * Math.Max(Math.Abs(_covariancePath[i]), deviation) >= StepTolerance * _options.Sigma)
            {
                allSmall = false;
            }

            if (_mean[i] + (0.2 * Sigma * deviation) == _mean[i])
            {
                return true;
            }
        }

        return allSmall
            || _covariance.AxisHasNoEffect(_mean, Sigma, _generation % GenomeLength)
            || _covariance.ConditionNumber > ConditionLimit;
    }

    /// <summary>An IPOP restart: λ doubles and the search starts afresh.</summary>
    private void Restart()
    {
        RestartCount++;
        int lambda = 2 * Parameters.Population;
        Parameters = CovarianceMatrixAdaptationParameters.Create(GenomeLength, lambda, _separable, _active);
        _batch.Resize(lambda);
        _ranking.EnsureCapacity(lambda);
        _steps = new double[lambda * GenomeLength];
        _activeWeights = new double[lambda];
        _bestHistory = new double[HistoryLength(GenomeLength, lambda)];
        Reset(keepMean: false);
    }

    private void Reset(bool keepMean)
    {
        if (!keepMean)
        {
            InitializeMean(new RandomStream(_key.Then("restart").Then(RestartCount).Then(ResetCount)));
        }

        Sigma = _options.Sigma;
        Array.Clear(_stepPath);
        Array.Clear(_covariancePath);
        _covariance.Reset();
        _historyCount = 0;
        _generationsSinceRestart = 0;
        _sinceDecomposition = 0;
    }
}
