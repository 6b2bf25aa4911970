using Evorec.Reporting.Plotting;

namespace Evorec.Tests.Reporting.Plotting;

public sealed class AxisScaleTests
{
    [Fact]
    public void ChoosesLogWhenPositiveValuesSpanMoreThanTwoDecades() =>
        Assert.Same(AxisScale.Log10, AxisScale.Choose([1e-5, 0.3, 1]));

    [Theory]
    [InlineData(new[] { 1.0, 100.0 })]
    [InlineData(new[] { 0.0, 1e-5, 1.0 })]
    [InlineData(new[] { -1.0, 1000.0 })]
    [InlineData(new[] { 3.0 })]
    [InlineData(new double[0])]
    public void ChoosesLinearOtherwise(double[] values) => Assert.Same(AxisScale.Linear, AxisScale.Choose(values));

    [Fact]
    public void IgnoresNaNAndInfinityWhenChoosing() =>
        Assert.Same(AxisScale.Log10, AxisScale.Choose([double.NaN, 1e-3, double.PositiveInfinity, 10]));

    [Fact]
    public void LogScaleCannotShowNonPositiveValues()
    {
        Assert.False(AxisScale.Log10.CanShow(0));
        Assert.False(AxisScale.Log10.CanShow(-1));
        Assert.False(AxisScale.Linear.CanShow(double.NaN));
        Assert.True(AxisScale.Linear.CanShow(-1));
    }
}
