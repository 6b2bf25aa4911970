using Evorec.Reporting;

namespace Evorec.Tests.Reporting;

public sealed class StatisticsTests
{
    [Fact]
    public void QuantilesFollowHyndmanAndFanDefinitionSeven()
    {
        // R: quantile(c(1, 2, 3, 4), c(0.25, 0.5, 0.75)) gives 1.75, 2.5, 3.25.
        double[] values = [4, 1, 3, 2];
        Assert.Equal(1.75, Statistics.Quantile(values, 0.25));
        Assert.Equal(2.5, Statistics.Median(values));
        Assert.Equal(3.25, Statistics.Quantile(values, 0.75));
        Assert.Equal(7.0, Statistics.Median([7.0]));
        Assert.Null(Statistics.Median([]));
    }

    [Fact]
    public void TheBootstrapIntervalSurroundsTheMeanIsSeededAndShrinksWithMoreData()
    {
        double[] small = [3, 9, 4, 12, 7, 5, 8, 10, 6, 11];
        var interval = Statistics.BootstrapMeanInterval(small, 17)!.Value;
        Assert.InRange(small.Average(), interval.Low, interval.High);
        Assert.Equal(interval, Statistics.BootstrapMeanInterval(small, 17));
        double[] large = Enumerable.Range(0, 10).SelectMany(_ => small).ToArray();
        var narrow = Statistics.BootstrapMeanInterval(large, 17)!.Value;
        Assert.True(narrow.High - narrow.Low < (interval.High - interval.Low) / 2.5);

        // The normal approximation for the mean of 10 values: mean ± 1.96 s / sqrt(n), s with divisor n.
        double mean = small.Average();
        double s = Math.Sqrt(small.Select(v => (v - mean) * (v - mean)).Average());
        Assert.Equal(mean - (1.96 * s / Math.Sqrt(10)), interval.Low, 0);
        Assert.Equal(mean + (1.96 * s / Math.Sqrt(10)), interval.High, 0);
        Assert.Null(Statistics.BootstrapMeanInterval([1.0], 1));
    }
}
