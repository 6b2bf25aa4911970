using Evorec.Experiments.Benchmarks;

namespace Evorec.Tests.Experiments.Benchmarks;

/// <summary>The BPTT measurement runs and reports finite rates (its speed is a benchmark, never a test).</summary>
public sealed class BpttBenchmarkTests
{
    [Fact]
    public void TheMeasurementRunsTheConfiguredShape()
    {
        BpttMeasurement measurement = BpttBenchmark.Measure(3, 0.01);
        Assert.Equal("lstm 1-3-1", measurement.Network);
        Assert.True(double.IsFinite(measurement.ForwardStepsPerSecond) && measurement.ForwardStepsPerSecond > 0);
        Assert.True(double.IsFinite(measurement.TrainingStepsPerSecond) && measurement.TrainingStepsPerSecond > 0);
    }
}
