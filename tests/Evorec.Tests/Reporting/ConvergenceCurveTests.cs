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
        Assert.Equal(ConvergenceCurve.GridPoints + 1, curve.X.Length);
        Assert.Equal(100, curve.X[^1]);
        Assert.True(double.IsNaN(curve.Centre[0]));
        int half = Array.IndexOf(curve.X, 50.0);
        Assert.Equal(5, curve.Centre[half]);          // 2, 4, 6, 8
        Assert.Equal(3.5, curve.Lower[half]);
        Assert.Equal(6.5, curve.Upper[half]);
        Assert.Equal(2, curve.Centre[^1]);            // 1, 2, 2, 6
        Assert.True(curve.Lower.Zip(curve.Upper).Where(p => !double.IsNaN(p.First)).All(p => p.First <= p.Second));
    }

    [Fact]
    public void TheMeanCurveHasABootstrapIntervalAroundTheMeanOfTheFiniteValues()
    {
        RunCurve[] runs =
        [
            new([50, 100], [4, 1]),
            new([50, 100], [8, 2]),
            new([50, 100], [double.PositiveInfinity, 3]),
        ];
        var curve = ConvergenceCurve.MeanOf(runs, 5);
        int half = Array.IndexOf(curve.X, 50.0);
        Assert.Equal(6, curve.Centre[half]);   // (4 + 8) / 2, the infinite value left out
        Assert.Equal(2, curve.Centre[^1]);     // (1 + 2 + 3) / 3
        Assert.InRange(2.0, curve.Lower[^1], curve.Upper[^1]);
        Assert.True(curve.Lower[^1] >= 1 && curve.Upper[^1] <= 3);
        Assert.Equal(curve.Upper, ConvergenceCurve.MeanOf(runs, 5).Upper);
        Assert.True(double.IsNaN(curve.Lower[0]));
    }

    [Fact]
    public void FitnessCurvesKeepTheRunningMaximumAndAnyCostColumnCanBeTheAxis()
    {
        var log = new CsvTable(RunLogColumns.Required);
        log.Add("0", "100", "1000", "0.5", "0.2", "0.1", "4", "4");
        log.Add("1", "200", "2000", "1.5", "nan", "0.1", "3", "3");
        log.Add("2", "300", "3000", "2.5", "0.1", "0.1", "5", "3");
        log.Add("3", "400", "4000", "3.5", "0.6", "0.1", "1", "1");
        var fitness = RunCurve.From(log, CurveAxis.WallSeconds, CurveQuantity.Fitness);
        Assert.Equal([0.2, 0.2, 0.2, 0.6], new[] { 0.5, 1.5, 2.5, 3.5 }.Select(fitness.At));
        Assert.Equal(0.5, fitness.FirstX);
        Assert.Equal(3.5, fitness.LastX);
        var error = RunCurve.From(log, CurveAxis.NetworkSteps, CurveQuantity.Error);
        Assert.Equal(3, error.At(2999));
        Assert.Equal(4000, error.LastX);
    }

    [Fact]
    public void QuantilesOfInfiniteValuesAreNotNaN()
    {
        Assert.Equal(double.PositiveInfinity, Statistics.Median([0.5, double.PositiveInfinity, double.PositiveInfinity]));
        Assert.Equal(double.PositiveInfinity, Statistics.Quantile([0.5, double.PositiveInfinity], 0.5));
        Assert.Equal(0.5, Statistics.Quantile([0.5, double.PositiveInfinity], 0));
    }
}
