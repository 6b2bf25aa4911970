using Evorec.Numerics;
using Evorec.Training.Evolution;
using Xunit.Abstractions;

namespace Evorec.Tests.Training.Evolution;

public sealed class CovarianceMatrixAdaptationTests(ITestOutputHelper output)
{
    private static CovarianceMatrixAdaptationOptions Options(double sigma = 0.5, InitialMean mean = InitialMean.Uniform) =>
        new() { Sigma = sigma, InitialMean = mean, InitRange = 1.0 };

    [Fact]
    public void DefaultParametersMatchTable1AtTenDimensions()
    {
        // Hand-computed from the formulas of the tutorial's Table 1 for n = 10:
        // λ = 4 + ⌊3 ln 10⌋ = 10, μ = 5, w′ᵢ = ln 5.5 − ln i, μ_eff = (Σw′)²/Σw′² = 3.167299.
        var p = CovarianceMatrixAdaptationParameters.Create(10, CovarianceMatrixAdaptationParameters.DefaultPopulation(10), separable: false, active: true);
        Assert.Equal(10, p.Population);
        Assert.Equal(5, p.Parents);
        Assert.Equal(3.167299, p.EffectiveParents, 6);
        Assert.Equal(Math.Log(5.5) / (5 * Math.Log(5.5) - Math.Log(120)), p.Weights[0], 12);
        Assert.Equal(1.0, p.Weights.Take(5).Sum(), 12);
        double mueff = p.EffectiveParents;
        double c1 = 2 / ((11.3 * 11.3) + mueff);
        double cmu = Math.Min(1 - c1, 2 * (0.25 + mueff + (1 / mueff) - 2) / ((12 * 12) + mueff));
        Assert.Equal(c1, p.RankOneRate, 15);
        Assert.Equal(cmu, p.RankMuRate, 15);
        Assert.Equal((mueff + 2) / (10 + mueff + 5), p.StepSizeCumulation, 15);
        Assert.Equal(1 + (2 * Math.Max(0, Math.Sqrt((mueff - 1) / 11) - 1)) + p.StepSizeCumulation, p.StepSizeDamping, 15);
        Assert.Equal((4 + (mueff / 10)) / (14 + (2 * mueff / 10)), p.CovarianceCumulation, 15);
        // Active weights: the negative ones sum to −min(α_μ⁻, α_μeff⁻, α_posdef⁻).
        double negatives = p.Weights.Skip(5).Sum();
        double mueffMinus = Math.Pow(p.Weights.Skip(5).Sum(), 2) / p.Weights.Skip(5).Sum(w => w * w);
        double expected = Math.Min(1 + (c1 / cmu), Math.Min(1 + (2 * mueffMinus / (mueff + 2)), (1 - c1 - cmu) / (10 * cmu)));
        Assert.Equal(-expected, negatives, 12);
        Assert.All(p.Weights.Skip(5), w => Assert.True(w <= 0));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void SolvesTheTenDimensionalEllipsoidWithinTenThousandEvaluations(bool active)
    {
        // The 10-D ellipsoid with condition 1e6 from a uniform random start in [−1, 1]¹⁰ with σ₀ = 0.5,
        // to f ≤ 1e-8; published CMA-ES runs need roughly 5,000–7,000 evaluations (without active update).
        for (int seed = 1; seed <= 5; seed++)
        {
            var options = Options();
            options.Active = active;
            var cma = CovarianceMatrixAdaptation.Full(10, options, StreamKey.FromSeed(seed));
            var (evaluations, best) = FunctionDriver.Minimize(cma, FunctionDriver.Ellipsoid, 10_000, 1e-8);
            output.WriteLine($"active {active}, seed {seed}: evaluations to 1e-8 = {evaluations?.ToString() ?? "not reached"} (best {best:E2})");
            Assert.NotNull(evaluations);
            Assert.True(evaluations < 10_000);
        }
    }

    [Fact]
    public void SeparableVariantSolvesTheAxisParallelEllipsoid()
    {
        var sep = CovarianceMatrixAdaptation.Separable(10, new SeparableCovarianceMatrixAdaptationOptions { Sigma = 0.5, InitialMean = InitialMean.Uniform }, StreamKey.FromSeed(1));
        var (evaluations, best) = FunctionDriver.Minimize(sep, FunctionDriver.Ellipsoid, 10_000, 1e-8);
        output.WriteLine($"sep-cma-es: evaluations to 1e-8 = {evaluations?.ToString() ?? "not reached"} (best {best:E2})");
        Assert.NotNull(evaluations);
    }

    [Fact]
    public void StepSizeGrowsOnALinearFunction()
    {
        var cma = CovarianceMatrixAdaptation.Full(10, Options(sigma: 1.0, mean: InitialMean.Zero), StreamKey.FromSeed(3));
        FunctionDriver.Minimize(cma, FunctionDriver.Linear, 40 * 10, double.NegativeInfinity);
        output.WriteLine($"sigma after 40 generations: {cma.Sigma:E3}");
        Assert.True(cma.Sigma > 100, $"σ = {cma.Sigma}");
        Assert.True(double.IsFinite(cma.Sigma));
    }

    [Fact]
    public void IpopRestartsDoubleThePopulation()
    {
        // Constant fitness: the best-fitness history of 10 + ⌈30n/λ⌉ generations is flat (TolFun),
        // so the strategy restarts, each time with λ doubled (Auger & Hansen 2005).
        var options = Options();
        options.Restarts = 2;
        var cma = CovarianceMatrixAdaptation.Full(10, options, StreamKey.FromSeed(4));
        var sizes = new List<int>();
        for (int g = 0; g < 200; g++)
        {
            var batch = cma.Ask();
            if (sizes.Count == 0 || sizes[^1] != batch.Count)
            {
                sizes.Add(batch.Count);
            }

            cma.Tell(new double[batch.Count]);
        }

        Assert.Equal([10, 20, 40], sizes);
        Assert.Equal(2, cma.RestartCount);
        Assert.Equal(40, cma.Parameters.Population);
    }

    [Fact]
    public void WithoutRestartsThePopulationStaysFixed()
    {
        var cma = CovarianceMatrixAdaptation.Full(10, Options(), StreamKey.FromSeed(4));
        for (int g = 0; g < 200; g++)
        {
            Assert.Equal(10, cma.Ask().Count);
            cma.Tell(new double[10]);
        }

        Assert.Equal(0, cma.RestartCount);
    }

    [Fact]
    public void RefusesAFullCovarianceAboveTheMemoryLimitAndSuggestsTheSeparableVariant()
    {
        var exception = Assert.Throws<ArgumentException>(() => CovarianceMatrixAdaptation.Full(20_000, new CovarianceMatrixAdaptationOptions(), StreamKey.FromSeed(1)));
        Assert.Contains("sep-cma-es", exception.Message);
        Assert.Contains("6104 MB", exception.Message);
        var small = new CovarianceMatrixAdaptationOptions { MaxCovarianceMegabytes = 2 };
        Assert.Throws<ArgumentException>(() => CovarianceMatrixAdaptation.Full(400, small, StreamKey.FromSeed(1)));
        Assert.Equal(350, CovarianceMatrixAdaptation.Full(350, small, StreamKey.FromSeed(1)).GenomeLength);
    }

    [Fact]
    public void FullStrategyStaysFiniteAtOneThousandDimensions()
    {
        // Two generations at n = 1000 with NaN, +∞ and ±1e308 fitness (the first non-trivial
        // eigendecomposition comes at generation 8 and takes seconds, too long for a unit test).
        var full = CovarianceMatrixAdaptation.Full(1000, Options(), StreamKey.FromSeed(5));
        AssertFinite(full, FunctionDriver.Run(full, NastyFitness(), 2));
    }

    [Fact]
    public void SeparableStrategyStaysFiniteAtOneThousandDimensions()
    {
        var sep = CovarianceMatrixAdaptation.Separable(1000, new SeparableCovarianceMatrixAdaptationOptions { InitialMean = InitialMean.Uniform }, StreamKey.FromSeed(5));
        AssertFinite(sep, FunctionDriver.Run(sep, NastyFitness(), 300));
    }

    [Fact]
    public void FullStrategyStaysFiniteThroughManyDecompositionsUnderNaNAndOverflowingFitness()
    {
        var cma = CovarianceMatrixAdaptation.Full(40, Options(), StreamKey.FromSeed(5));
        AssertFinite(cma, FunctionDriver.Run(cma, NastyFitness(), 150));
    }

    [Fact]
    public void ResetsInsteadOfOverflowingWhenStepSizeExplodes()
    {
        // On a linear function σ grows by up to e per generation; the guard resets the
        // distribution before σ √λ_max passes 1e150, so the candidates stay finite.
        var cma = CovarianceMatrixAdaptation.Full(5, Options(sigma: 1.0, mean: InitialMean.Zero), StreamKey.FromSeed(6));
        double largest = FunctionDriver.Run(cma, FunctionDriver.Linear, 2000);
        Assert.True(cma.ResetCount >= 1);
        Assert.True(double.IsFinite(largest));
        Assert.True(double.IsFinite(cma.Sigma));
    }

    [Fact]
    public void IsReproducibleFromItsSeed()
    {
        static double[] Final(long seed)
        {
            var cma = CovarianceMatrixAdaptation.Full(8, new CovarianceMatrixAdaptationOptions { InitialMean = InitialMean.Uniform }, StreamKey.FromSeed(seed));
            FunctionDriver.Run(cma, FunctionDriver.Ellipsoid, 30);
            return cma.Mean.ToArray();
        }

        Assert.Equal(Final(7), Final(7));
        Assert.NotEqual(Final(7), Final(8));
    }

    [Fact]
    public void AskAndTellAllocateNothingAfterWarmUp()
    {
        var full = CovarianceMatrixAdaptation.Full(12, Options(), StreamKey.FromSeed(2));
        Assert.Equal(0, FunctionDriver.AllocatedBytes(full, FunctionDriver.Ellipsoid, 100));
        var sep = CovarianceMatrixAdaptation.Separable(12, new SeparableCovarianceMatrixAdaptationOptions(), StreamKey.FromSeed(2));
        Assert.Equal(0, FunctionDriver.AllocatedBytes(sep, FunctionDriver.Ellipsoid, 100));
    }

    /// <summary>Fitness that cycles through NaN, +∞, ±1e308 and the sphere.</summary>
    private static Func<double[], double> NastyFitness()
    {
        int calls = 0;
        return x => ++calls % 5 switch
        {
            0 => double.NaN,
            1 => double.NegativeInfinity,
            2 => -1e308,
            3 => 1e308,
            _ => FunctionDriver.Sphere(x),
        };
    }

    private static void AssertFinite(CovarianceMatrixAdaptation cma, double largestGene)
    {
        Assert.True(double.IsFinite(largestGene), $"largest gene {largestGene}");
        Assert.True(double.IsFinite(cma.Sigma) && cma.Sigma > 0);
        foreach (double m in cma.Mean)
        {
            Assert.True(double.IsFinite(m));
        }
    }
}
