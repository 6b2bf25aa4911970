using Evorec.Numerics;
using Evorec.Training;
using Evorec.Training.Evolution;
using Xunit.Abstractions;

namespace Evorec.Tests.Training.Evolution;

public sealed class SimulatedAnnealingTests(ITestOutputHelper output)
{
    [Fact]
    public void SolvesTheTenDimensionalSphere()
    {
        // One chain, default schedule, from a start uniform in [−1, 1]¹⁰ to f ≤ 1e-6 within 50,000 evaluations.
        for (int seed = 1; seed <= 3; seed++)
        {
            var sa = new SimulatedAnnealing(10, new SimulatedAnnealingOptions(), StreamKey.FromSeed(seed));
            var (evaluations, best) = FunctionDriver.Minimize(sa, FunctionDriver.Sphere, 50_000, 1e-6);
            output.WriteLine($"seed {seed}: evaluations to 1e-6 = {evaluations?.ToString() ?? "not reached"} (best {best:E2}), T = {sa.Temperature:E2}");
            Assert.NotNull(evaluations);
        }
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(2.0)]
    public void AcceptsAWorseningMoveWithTheMetropolisProbability(double worsening)
    {
        // Every proposal is worse by Δ at the fixed temperature T = 1 (no cooling):
        // the acceptance frequency must be exp(−Δ/T).
        const int Chains = 500;
        const int Generations = 200;
        var sa = new SimulatedAnnealing(2, new SimulatedAnnealingOptions { Chains = Chains, InitialTemperature = 1.0, CoolingFactor = 1.0 }, StreamKey.FromSeed(8));
        sa.Ask();
        sa.Tell(new double[Chains]);
        var fitness = new double[Chains];
        for (int g = 0; g < Generations; g++)
        {
            sa.Ask();
            for (int c = 0; c < Chains; c++)
            {
                fitness[c] = sa.CurrentFitnessOf(c) - worsening;
            }

            sa.Tell(fitness);
        }

        double expected = Math.Exp(-worsening);
        double observed = (double)sa.Accepted / (Chains * Generations);
        double tolerance = 4 * Math.Sqrt(expected * (1 - expected) / (Chains * Generations));
        Assert.True(Math.Abs(observed - expected) <= tolerance, $"observed {observed}, expected {expected}");
        Assert.Equal(1.0, sa.Temperature);
    }

    [Fact]
    public void MeltingSetsTheInitialTemperatureFromTheAverageWorsening()
    {
        // Every worsening seen while melting is 1, so T₀ = 1 / −ln 0.4 (the default initial acceptance).
        var options = new SimulatedAnnealingOptions { Chains = 3, AdjustInterval = 10 };
        var sa = new SimulatedAnnealing(2, options, StreamKey.FromSeed(9));
        sa.Ask();
        sa.Tell(new double[3]);
        var fitness = new double[3];
        for (int g = 0; g < options.AdjustInterval; g++)
        {
            Assert.True(double.IsPositiveInfinity(sa.Temperature));
            sa.Ask();
            for (int c = 0; c < 3; c++)
            {
                fitness[c] = sa.CurrentFitnessOf(c) - 1.0;
            }

            sa.Tell(fitness);
        }

        Assert.Equal(30, sa.Accepted);
        Assert.Equal(1.0 / -Math.Log(0.4), sa.Temperature, 12);
    }

    [Fact]
    public void CoolsGeometrically()
    {
        var options = new SimulatedAnnealingOptions { InitialTemperature = 2.0, CoolingFactor = 0.5, StepsPerTemperature = 10 };
        var sa = new SimulatedAnnealing(3, options, StreamKey.FromSeed(1));
        FunctionDriver.Run(sa, FunctionDriver.Sphere, 1 + 35);
        Assert.Equal(35, sa.Steps);
        Assert.Equal(2.0 * 0.5 * 0.5 * 0.5, sa.Temperature, 15);
    }

    [Fact]
    public void StepSizeNeverExceedsItsCap()
    {
        // On a flat landscape every move is accepted, so Corana's rule keeps asking for larger steps.
        var capped = new SimulatedAnnealing(4, new SimulatedAnnealingOptions(), StreamKey.FromSeed(3));
        FunctionDriver.Run(capped, _ => 0.0, 400);
        Assert.Equal(0.1, capped.StepSizeOf(0));
        var free = new SimulatedAnnealing(4, new SimulatedAnnealingOptions { MaxStepSize = 5.0 }, StreamKey.FromSeed(3));
        FunctionDriver.Run(free, _ => 0.0, 400);
        Assert.Equal(5.0, free.StepSizeOf(0));
    }

    [Fact]
    public void IsReproducibleFromItsSeed()
    {
        static double[] Final(long seed)
        {
            var sa = new SimulatedAnnealing(5, new SimulatedAnnealingOptions { Chains = 3 }, StreamKey.FromSeed(seed));
            FunctionDriver.Run(sa, FunctionDriver.Sphere, 100);
            return sa.Ask()[1].ToArray();
        }

        Assert.Equal(Final(4), Final(4));
        Assert.NotEqual(Final(4), Final(5));
    }

    [Fact]
    public void AskAndTellAllocateNothingAfterWarmUp()
    {
        var sa = new SimulatedAnnealing(20, new SimulatedAnnealingOptions { Chains = 4 }, StreamKey.FromSeed(2));
        Assert.Equal(0, FunctionDriver.AllocatedBytes(sa, FunctionDriver.Sphere, 200));
    }
}
