using Evorec.Reporting;

namespace Evorec.Tests.Reporting;

public sealed class ConvergenceCurveTests
{
    [Fact]
    public void ARunIsAStepFunctionThatKeepsItsFinalValueAfterItStops()
    {
        var run = new RunCurve([10, 20, 30], [0.9, 0.5, 0.2]);
        Assert.True(double.IsNaN(run.At(5)));
        Assert.Equal(0.9, run.At(10));
        Assert.Equal(0.9, run.At(19.9));
        Assert.Equal(0.5, run.At(20));
        Assert.Equal(0.2, run.At(1000));
    }

    [Fact]
    public void TheCurveIsTheMedianAndQuartilesOfTheRunsOnACommonGrid()
    {
        RunCurve[] runs =
        [
            new([50, 100], [4, 1]),
            new([50, 100], [8, 2]),
            new([50], [6]),  // stopped early: keeps 6
            new([50, 100], [2, 2]),
        ];
        var curve = ConvergenceCurve.Of(runs);
        Assert.Equal(ConvergenceCurve.GridPoints + 1, curve.Evaluations.Length);
        Assert.Equal(100, curve.Evaluations[^1]);
        Assert.True(double.IsNaN(curve.Median[0]));
        int half = Array.IndexOf(curve.Evaluations, 50.0);
        Assert.Equal(5, curve.Median[half]);          // 2, 4, 6, 8
        Assert.Equal(3.5, curve.Lower[half]);
        Assert.Equal(6.5, curve.Upper[half]);
        Assert.Equal(2, curve.Median[^1]);            // 1, 2, 2, 6
        Assert.True(curve.Lower.Zip(curve.Upper).Where(p => !double.IsNaN(p.First)).All(p => p.First <= p.Second));
    }
}
