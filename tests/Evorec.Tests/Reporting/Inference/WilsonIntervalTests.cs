using Evorec.Reporting.Inference;

namespace Evorec.Tests.Reporting.Inference;

public sealed class WilsonIntervalTests
{
    [Theory]
    // Newcombe (1998), "Two-sided confidence intervals for the single proportion", Statistics in
    // Medicine 17, Table II, method 3 (score interval without continuity correction), to 4 decimals.
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void IntervalsMatchNewcombesTable(int successes, int trials, double low, double high)
    {
        var interval = WilsonInterval.Of(successes, trials)!.Value;
        Assert.Equal(low, interval.Low, 4);
        Assert.Equal(high, interval.High, 4);
    }

    [Fact]
    public void AllSuccessesReachOneExactlyAndNoTrialsHaveNoInterval()
    {
        // 10/10: lower bound n / (n + z²) = 10 / 13.8415 = 0.72247 (the score interval's closed form at p̂ = 1).
        var interval = WilsonInterval.Of(10, 10)!.Value;
        Assert.Equal(1, interval.High);
        Assert.Equal(10 / (10 + (WilsonInterval.Z95 * WilsonInterval.Z95)), interval.Low, 12);
        Assert.Equal(0, WilsonInterval.Of(0, 5)!.Value.Low);
        Assert.Null(WilsonInterval.Of(0, 0));
    }
}
