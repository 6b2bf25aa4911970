using Evorec.Experiments.Benchmarks;
using Evorec.Training;

namespace Evorec.Tests.Experiments.Benchmarks;

/// <summary>The NEAT XOR measurement times whole generations of 150 genomes (its speed is a benchmark, never a test).</summary>
public sealed class NeatXorBenchmarkTests
{
    [Fact]
    public void TheMeasurementTimesWholeGenerationsOfTheXorSuitesPopulation()
    {
        NeatThroughput one = NeatXorBenchmark.Measure(3, new SequentialExecutor());
        Assert.Equal(3 * 150, one.Evaluations);
        Assert.Equal(1, one.Workers);
        Assert.True(one.NetworkSteps >= one.Evaluations * 4, "every evaluation runs four patterns");
        Assert.True(double.IsFinite(one.EvaluationsPerSecond) && one.EvaluationsPerSecond > 0);
        Assert.True(one.FinalMeanConnections >= 3, "genomes start with XOR's three sensor-output connections");
        Assert.True(one.FinalMeanHiddenNodes >= 0);
    }

    [Fact]
    public void APoolOfWorkersEvaluatesTheSameGenerations()
    {
        NeatThroughput one = NeatXorBenchmark.Measure(4, 1);
        NeatThroughput two = NeatXorBenchmark.Measure(4, 2);
        Assert.Equal(2, two.Workers);
        Assert.Equal(one.Evaluations, two.Evaluations);
        Assert.Equal(one.NetworkSteps, two.NetworkSteps);
    }
}
