using Evorec.Numerics;
using Evorec.Training.Evolution;
using Xunit.Abstractions;

namespace Evorec.Tests.Training.Evolution;

public sealed class ParticleSwarmOptimizationTests(ITestOutputHelper output)
{
    [Fact]
    public void ConstrictionCoefficientIsClercAndKennedysChi()
    {
        // χ = 2 / |2 − φ − √(φ² − 4φ)| with φ = 4.1 gives 0.729843788.
        var pso = new ParticleSwarmOptimization(3, new ParticleSwarmOptions(), StreamKey.FromSeed(1));
        Assert.Equal(0.7298437881283576, pso.Constriction, 12);
    }

    [Theory]
    [InlineData(SwarmTopology.Global)]
    [InlineData(SwarmTopology.Ring)]
    public void SolvesTheTenDimensionalSphere(SwarmTopology topology)
    {
        // To f ≤ 1e-10 from positions uniform in [−1, 1]¹⁰ within 100,000 evaluations.
        for (int seed = 1; seed <= 3; seed++)
        {
            var pso = new ParticleSwarmOptimization(10, new ParticleSwarmOptions { Topology = topology }, StreamKey.FromSeed(seed));
            var (evaluations, best) = FunctionDriver.Minimize(pso, FunctionDriver.Sphere, 100_000, 1e-10);
            output.WriteLine($"{topology}, seed {seed}: evaluations to 1e-10 = {evaluations?.ToString() ?? "not reached"} (best {best:E2})");
            Assert.NotNull(evaluations);
        }
    }

    [Fact]
    public void VelocityBoundIsRespected()
    {
        var pso = new ParticleSwarmOptimization(4, new ParticleSwarmOptions { MaxVelocity = 0.01, InitRange = 0 }, StreamKey.FromSeed(2));
        double[] before = pso.Ask()[0].ToArray();
        pso.Tell(new double[40]);
        double[] after = pso.Ask()[0].ToArray();
        for (int i = 0; i < before.Length; i++)
        {
            Assert.True(Math.Abs(after[i] - before[i]) <= 0.01 + 1e-15);
        }
    }

    [Fact]
    public void RejectsAnAccelerationSumWithoutConstriction()
    {
        Assert.Throws<ArgumentException>(() => new ParticleSwarmOptimization(3, new ParticleSwarmOptions { Cognitive = 2, Social = 2 }, StreamKey.FromSeed(1)));
    }

    [Fact]
    public void IsReproducibleFromItsSeed()
    {
        static double[] Final(long seed)
        {
            var pso = new ParticleSwarmOptimization(5, new ParticleSwarmOptions(), StreamKey.FromSeed(seed));
            FunctionDriver.Run(pso, FunctionDriver.Sphere, 20);
            return pso.Ask()[0].ToArray();
        }

        Assert.Equal(Final(4), Final(4));
        Assert.NotEqual(Final(4), Final(5));
    }

    [Fact]
    public void AskAndTellAllocateNothingAfterWarmUp()
    {
        var pso = new ParticleSwarmOptimization(20, new ParticleSwarmOptions { Topology = SwarmTopology.Ring }, StreamKey.FromSeed(2));
        Assert.Equal(0, FunctionDriver.AllocatedBytes(pso, FunctionDriver.Sphere, 50));
    }
}
