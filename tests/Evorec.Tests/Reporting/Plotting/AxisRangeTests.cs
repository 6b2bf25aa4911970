using Evorec.Reporting.Plotting;

namespace Evorec.Tests.Reporting.Plotting;

public sealed class AxisRangeTests
{
    [Fact]
    public void PadsTheDataExtentOnBothSides()
    {
        var range = AxisRange.Fit(new Axis(), [0, 10]);

        Assert.Equal(-0.4, range.Minimum, 12);
        Assert.Equal(10.4, range.Maximum, 12);
    }

    [Fact]
    public void PadsLogAxesInDecades()
    {
        var range = AxisRange.Fit(new Axis { Scale = AxisScale.Log10 }, [1e-4, 1, -3, 0, double.NaN]);

        Assert.Equal(-4.16, Math.Log10(range.Minimum), 9);
        Assert.Equal(0.16, Math.Log10(range.Maximum), 9);
    }

    [Theory]
    [InlineData(5.0)]
    [InlineData(0.0)]
    [InlineData(-2.0)]
    public void SingleValueGetsARangeAroundIt(double value)
    {
        var range = AxisRange.Fit(new Axis(), [value, value, double.NaN]);

        Assert.True(range.Minimum < value && value < range.Maximum);
        Assert.True(double.IsFinite(range.Map(value, 0, 100)));
        Assert.Equal(50, range.Map(value, 0, 100), 9);
    }

    [Fact]
    public void NoDataGivesAUnitRange()
    {
        Assert.Equal((0.0, 1.0), Bounds(AxisRange.Fit(new Axis(), [double.NaN])));
        Assert.Equal((1.0, 10.0), Bounds(AxisRange.Fit(new Axis { Scale = AxisScale.Log10 }, [0, -1])));
    }

    [Fact]
    public void FixedLimitsWinOverTheData()
    {
        var range = AxisRange.Fit(new Axis { Minimum = 0, Maximum = 1 }, [0.2, 0.5]);

        Assert.Equal((0.0, 1.0), Bounds(range));
    }

    [Fact]
    public void OneFixedLimitKeepsTheOtherEndFromTheData()
    {
        Assert.Equal(0.0, AxisRange.Fit(new Axis { Minimum = 0 }, [2, 4]).Minimum);
        Assert.Equal(4.08, AxisRange.Fit(new Axis { Minimum = 0 }, [2, 4]).Maximum, 12);

        var beyond = AxisRange.Fit(new Axis { Minimum = 0 }, [-4, -2]);
        Assert.Equal((0.0, 2.16), (beyond.Minimum, Math.Round(beyond.Maximum, 12)));
    }

    [Fact]
    public void InvalidFixedLimitsAreReported()
    {
        Assert.Throws<InvalidOperationException>(() => AxisRange.Fit(new Axis { Minimum = 2, Maximum = 1 }, [1.5]));
        Assert.Throws<InvalidOperationException>(() => AxisRange.Fit(new Axis { Scale = AxisScale.Log10, Minimum = 0 }, [1.5]));
    }

    private static (double, double) Bounds(AxisRange range) => (range.Minimum, range.Maximum);
}
