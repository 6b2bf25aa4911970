using Evorec.Reporting.Plotting;

namespace Evorec.Tests.Reporting.Plotting;

public sealed class TickGeneratorTests
{
    [Theory]
    [InlineData(0.0, 1.0, new[] { 0.0, 0.2, 0.4, 0.6, 0.8, 1.0 })]
    [InlineData(0.0, 0.87, new[] { 0.0, 0.2, 0.4, 0.6, 0.8 })]
    [InlineData(3.0, 97.0, new[] { 20.0, 40.0, 60.0, 80.0 })]
    [InlineData(-1.0, 1.0, new[] { -1.0, -0.5, 0.0, 0.5, 1.0 })]
    [InlineData(-97.0, -3.0, new[] { -80.0, -60.0, -40.0, -20.0 })]
    [InlineData(-0.35, 0.12, new[] { -0.3, -0.2, -0.1, 0.0, 0.1 })]
    [InlineData(0.0, 20000.0, new[] { 0.0, 5000.0, 10000.0, 15000.0, 20000.0 })]
    public void LinearTicksUseNiceStepsInsideTheRange(double minimum, double maximum, double[] expected)
    {
        var ticks = TickGenerator.Linear(minimum, maximum, 8);

        Assert.Equal(expected, ticks.Select(tick => tick.Value));
        Assert.All(ticks, tick => Assert.True(tick.IsMajor));
    }

    [Fact]
    public void LinearTicksHaveCleanLabels()
    {
        Assert.Equal(["0", "0.2", "0.4", "0.6", "0.8", "1"], Labels(TickGenerator.Linear(0, 1, 8)));
        Assert.Equal(["0", "0.1", "0.2", "0.3", "0.4", "0.5"], Labels(TickGenerator.Linear(0, 0.5, 8)));
        Assert.Equal(["-0.3", "-0.2", "-0.1", "0", "0.1"], Labels(TickGenerator.Linear(-0.35, 0.12, 8)));
        Assert.Equal(["20", "40", "60", "80"], Labels(TickGenerator.Linear(3, 97, 8)));
    }

    [Fact]
    public void LinearTickValuesAreExactlyTheNearestDoubles()
    {
        var ticks = TickGenerator.Linear(0, 0.75, 8);

        Assert.Contains(0.3, ticks.Select(tick => tick.Value));
        Assert.DoesNotContain(ticks, tick => tick.Label.Length > 4);
    }

    [Fact]
    public void ThousandsUseTheKSuffixOnceTheAxisReachesTenThousand()
    {
        Assert.Equal(["0", "5k", "10k", "15k", "20k"], Labels(TickGenerator.Linear(0, 20000, 8)));
        Assert.Equal(["0", "2k", "4k", "6k", "8k", "10k"], Labels(TickGenerator.Linear(0, 10000, 8)));
        Assert.Equal(["0", "500k", "1M", "1.5M", "2M"], Labels(TickGenerator.Linear(0, 2e6, 5)));
        Assert.Equal(["0", "2000", "4000", "6000", "8000"], Labels(TickGenerator.Linear(0, 9000, 8)));
    }

    [Fact]
    public void TinyLinearValuesUseScientificLabels()
    {
        Assert.Equal(["0", "2e-5", "4e-5", "6e-5", "8e-5", "1e-4"], Labels(TickGenerator.Linear(0, 1e-4, 8)));
    }

    [Theory]
    [InlineData(0.0, 8)]
    [InlineData(3.0, 8)]
    [InlineData(1e-9, 4)]
    [InlineData(-1e6, 8)]
    public void LinearTicksStayWithinTheRequestedCount(double minimum, int maximumCount)
    {
        foreach (var span in new[] { 1e-7, 0.013, 1, 7.3, 999, 123456 })
        {
            var ticks = TickGenerator.Linear(minimum, minimum + span, maximumCount);

            Assert.InRange(ticks.Count, 2, maximumCount);
            Assert.All(ticks, tick => Assert.InRange(tick.Value, minimum - span * 1e-9, minimum + span * (1 + 1e-9)));
            Assert.Equal(ticks.Count, ticks.Select(tick => tick.Label).Distinct().Count());
        }
    }

    [Fact]
    public void DegenerateLinearRangeGivesOneTickWithoutNaN()
    {
        var ticks = TickGenerator.Linear(5, 5, 8);

        Assert.Equal(5.0, Assert.Single(ticks).Value);
    }

    [Fact]
    public void LogTicksArePowersOfTenAcrossManyDecades()
    {
        var ticks = TickGenerator.Logarithmic(1e-5, 1, 8);
        var majors = ticks.Where(tick => tick.IsMajor).ToList();

        Assert.Equal([1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1], majors.Select(tick => tick.Value));
        Assert.Equal(["1e-5", "1e-4", "1e-3", "1e-2", "1e-1", "1e0"], majors.Select(tick => tick.Label));
        Assert.Contains(ticks, tick => !tick.IsMajor && Math.Abs(tick.Value - 2e-3) < 1e-15);
    }

    [Fact]
    public void LogTicksWithinAFewDecadesUsePlainLabels()
    {
        var majors = TickGenerator.Logarithmic(0.5, 2000, 8).Where(tick => tick.IsMajor);

        Assert.Equal(["1", "10", "100", "1000"], majors.Select(tick => tick.Label));
    }

    [Fact]
    public void LogTicksAddTwoAndFiveMultiplesWhenFewDecades()
    {
        var ticks = TickGenerator.Logarithmic(2, 50, 8);

        Assert.Equal([2.0, 5.0, 10.0, 20.0, 50.0], ticks.Select(tick => tick.Value));
        Assert.Equal(["2", "5", "10", "20", "50"], ticks.Select(tick => tick.Label));
    }

    [Fact]
    public void LogTicksKeepPowersOfTenAndMinorTicksWhenTwoAndFiveMultiplesAreTooMany()
    {
        var ticks = TickGenerator.Logarithmic(4e-4, 0.06, 4);

        Assert.Equal([1e-3, 1e-2], ticks.Where(tick => tick.IsMajor).Select(tick => tick.Value));
        Assert.Contains(ticks, tick => !tick.IsMajor && Math.Abs(tick.Value - 5e-3) < 1e-15);
    }

    [Fact]
    public void LogTicksWithinOneDecadeFallBackToLinearSteps()
    {
        var ticks = TickGenerator.Logarithmic(2.1, 4.9, 8);

        Assert.Equal([2.5, 3.0, 3.5, 4.0, 4.5], ticks.Select(tick => tick.Value));
    }

    [Fact]
    public void LogTicksThinToEveryNthDecadeWhenThereAreMany()
    {
        var majors = TickGenerator.Logarithmic(1e-12, 1e3, 6).Where(tick => tick.IsMajor).ToList();

        Assert.InRange(majors.Count, 3, 6);
        Assert.Contains(1.0, majors.Select(tick => tick.Value));
        var exponents = majors.Select(tick => Math.Round(Math.Log10(tick.Value))).ToList();
        Assert.Single(exponents.Zip(exponents.Skip(1), (low, high) => high - low).Distinct());
    }

    private static string[] Labels(IReadOnlyList<Tick> ticks) => ticks.Select(tick => tick.Label).ToArray();
}
