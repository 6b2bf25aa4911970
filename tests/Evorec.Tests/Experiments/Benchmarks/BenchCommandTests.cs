using System.Text.Json;
using Evorec.Tests.Support;

namespace Evorec.Tests.Experiments.Benchmarks;

[Collection(ConsoleCollection.Name)]
public sealed class BenchCommandTests
{
    /// <summary>The JSON report keeps every field it had before paired windows, and adds the paired scaling's spread.</summary>
    [Fact]
    public void JsonReportKeepsItsFieldsAndAddsThePairedScaling()
    {
        var (exitCode, output, _) = CommandLine.Run("bench", "--quick", "--json", "--threads", "2", "--only", "elman 1-10-1");

        Assert.Equal(0, exitCode);
        using JsonDocument report = JsonDocument.Parse(output);
        JsonElement root = report.RootElement;
        foreach (string field in new[] { "date", "machine", "loadAverage", "threads", "peakFlopsOneThread", "peakFlopsAllThreads", "peakScaling", "peakScalingFirstQuartile", "peakScalingThirdQuartile", "scalingPairs" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }

        JsonElement network = Assert.Single(root.GetProperty("networks").EnumerateArray());
        foreach (string field in new[] { "name", "kind", "flopsPerStep", "stepsPerSecondOneThread", "stepsPerSecondAllThreads", "fractionOfPeakOneThread", "fractionOfPeakAllThreads", "stepsPerSecondOneThreadMedianWindow", "fractionOfPeakOneThreadMedianWindow", "scaling", "scalingFirstQuartile", "scalingThirdQuartile", "scalingOfFastestWindows", "bytesPerStep" })
        {
            Assert.True(network.TryGetProperty(field, out _), field);
        }

        Assert.Equal("elman 1-10-1", network.GetProperty("name").GetString());
        double scaling = network.GetProperty("scaling").GetDouble();
        Assert.True(network.GetProperty("scalingFirstQuartile").GetDouble() <= scaling && scaling <= network.GetProperty("scalingThirdQuartile").GetDouble());
        Assert.Equal(0.0, network.GetProperty("bytesPerStep").GetDouble());

        // The median window is never faster than the fastest one.
        Assert.True(network.GetProperty("stepsPerSecondOneThreadMedianWindow").GetDouble() <= network.GetProperty("stepsPerSecondOneThread").GetDouble());
        Assert.True(network.GetProperty("fractionOfPeakOneThreadMedianWindow").GetDouble() <= network.GetProperty("fractionOfPeakOneThread").GetDouble());
    }
}
