using System.Globalization;
using Evorec.Reporting.Plotting;

namespace Evorec.Tests.Reporting.Plotting;

public sealed class BoxPlotTests
{
    private static readonly double[] WithOutlier = [1, 2, 3, 4, 5, 6, 7, 8, 9, 30];

    [Fact]
    public void TheSummaryFollowsTukeysRuleWithTypeSevenQuartiles()
    {
        // Hand computation (NumPy's percentile gives the same): n = 10, Q1 at position 0.25 · 9 = 2.25 → 3.25,
        // median 5.5, Q3 at 6.75 → 7.75; IQR 4.5, fences −3.5 and 14.5, so the whiskers end at 1 and 9 and 30 is an outlier.
        var summary = BoxSummary.Of(WithOutlier)!;
        Assert.Equal(1, summary.LowerWhisker);
        Assert.Equal(3.25, summary.LowerQuartile, 12);
        Assert.Equal(5.5, summary.Median, 12);
        Assert.Equal(7.75, summary.UpperQuartile, 12);
        Assert.Equal(9, summary.UpperWhisker);
        Assert.Equal([30.0], summary.Outliers);

        Assert.Null(BoxSummary.Of([double.NaN, double.PositiveInfinity]));
        var single = BoxSummary.Of([2.0])!;
        Assert.Equal([2.0, 2, 2, 2, 2], new[] { single.LowerWhisker, single.LowerQuartile, single.Median, single.UpperQuartile, single.UpperWhisker });
    }

    [Fact]
    public void EachBoxIsOneGroupWithBoxMedianWhiskersAndOutliers()
    {
        var plot = CategoryPlot();
        var document = SvgDocument.Parse(SvgRenderer.Render(plot, FigureSize.Screen));
        var groups = document.Descendants(SvgDocument.Svg + "g").Where(g => (string?)g.Attribute("class") == "series-box").ToList();

        Assert.Equal(["ga", "rwg"], groups.Select(g => (string?)g.Attribute("data-series")));
        Assert.All(groups, group => Assert.Equal(
            ["box", "whiskers", "median"],
            group.Elements(SvgDocument.Svg + "path").Select(path => (string?)path.Attribute("class")).Where(c => c != "outliers")));
        Assert.Single(groups[0].Elements(SvgDocument.Svg + "path"), path => (string?)path.Attribute("class") == "outliers");
        Assert.DoesNotContain(groups[1].Elements(SvgDocument.Svg + "path"), path => (string?)path.Attribute("class") == "outliers");
        Assert.Equal("#0072B2", (string?)groups[0].Attribute("stroke"));
    }

    [Fact]
    public void AHorizontalBoxSpansItsQuartilesAtItsCategory()
    {
        var document = SvgDocument.Parse(SvgRenderer.Render(CategoryPlot(), FigureSize.Screen));
        var box = SvgDocument.SubPaths(Path(document, "ga", "box")).Single();
        var median = SvgDocument.SubPaths(Path(document, "ga", "median")).Single();
        var xs = box.Select(point => point.X).Distinct().Order().ToArray();
        var ys = box.Select(point => point.Y).Distinct().Order().ToArray();
        var area = SvgDocument.PlotArea(document);

        // Linear x axis: the median (5.5) lies (5.5 − 3.25) / (7.75 − 3.25) = 0.5 of the way from Q1 to Q3.
        Assert.Equal(2, xs.Length);
        Assert.Equal(xs[0] + ((xs[1] - xs[0]) * 0.5), median[0].X, 1);
        Assert.Equal(median[0].X, median[1].X, 2);

        // Category 2 of 2 ("ga") sits at y = 2 on an axis from 0.5 to 2.5: a quarter of the way down; the box is 0.6 categories tall.
        double categoryHeight = (area.Bottom - area.Top) / 2;
        Assert.Equal(area.Top + (categoryHeight / 2), (ys[0] + ys[1]) / 2, 1);
        Assert.Equal(0.6 * categoryHeight, ys[1] - ys[0], 1);

        // The category names are the y tick labels.
        var labels = document.Descendants(SvgDocument.Svg + "text").Select(text => text.Value).ToList();
        Assert.Contains("elman/ga", labels);
        Assert.Contains("elman/rwg", labels);
    }

    [Fact]
    public void TheCsvHoldsTheRawSampleAndNonFiniteValuesAreDropped()
    {
        var plot = new Plot();
        plot.AddBox("a", Palette.At(0), 1, [3, double.NaN, 1, double.PositiveInfinity]);
        string csv = CsvExporter.Export(plot);
        Assert.Equal("series,x,y,y_low,y_high\na,1,3,,\na,1,1,,\n", csv);
        Assert.Throws<ArgumentOutOfRangeException>(() => plot.AddBox("b", Palette.At(1), double.NaN, [1.0]));
    }

    [Fact]
    public void ALogValueAxisLeavesOutValuesItCannotShowAndAVerticalBoxFitsItsWidth()
    {
        var plot = new Plot { YAxis = { Scale = AxisScale.Log10 } };
        plot.AddBox("a", Palette.At(0), 3, [-1, 0, 0.01, 0.1, 1, 10]);
        var document = SvgDocument.Parse(SvgRenderer.Render(plot, FigureSize.Paper));
        var box = SvgDocument.SubPaths(Path(document, "a", "box")).Single();
        var area = SvgDocument.PlotArea(document);
        Assert.All(box, point => Assert.InRange(point.X, area.Left, area.Right));
        Assert.All(box, point => Assert.InRange(point.Y, area.Top, area.Bottom));

        // Over the four positive values the quartiles are 0.0775 and 3.25 (IQR 3.1725, upper fence 8.01, so 10 is an
        // outlier; the largest value inside, 1, is below Q3, so the upper whisker ends at Q3 as matplotlib's does): the
        // box's height is log10(3.25/0.0775) of the whiskers' log10(3.25/0.01).
        var whiskers = SvgDocument.SubPaths(Path(document, "a", "whiskers"));
        double top = whiskers.SelectMany(p => p).Min(p => p.Y);
        double bottom = whiskers.SelectMany(p => p).Max(p => p.Y);
        double boxHeight = box.Max(p => p.Y) - box.Min(p => p.Y);
        Assert.Equal(Math.Log10(3.25 / 0.0775) / Math.Log10(3.25 / 0.01), boxHeight / (bottom - top), 2);
        var summary = BoxSummary.Of([0.01, 0.1, 1, 10])!;
        Assert.Equal((0.01, 3.25), (summary.LowerWhisker, summary.UpperWhisker));
        Assert.Equal([10.0], summary.Outliers);
    }

    [Fact]
    public void ABoxInTheLegendHasAFilledSwatch()
    {
        var plot = new Plot { LegendPosition = LegendPosition.Right };
        plot.AddBox("ga", Palette.At(0), 1, WithOutlier);
        var document = SvgDocument.Parse(SvgRenderer.Render(plot, FigureSize.Screen));
        var legend = document.Descendants(SvgDocument.Svg + "g").Single(g => (string?)g.Attribute("class") == "legend");
        var swatch = legend.Element(SvgDocument.Svg + "rect")!;
        Assert.Equal("#0072B2", (string?)swatch.Attribute("stroke"));
        Assert.Empty(legend.Elements(SvgDocument.Svg + "line"));
    }

    private static Plot CategoryPlot()
    {
        var plot = new Plot { LegendPosition = LegendPosition.None, XAxis = { Label = "final error" } };
        plot.YAxis.Categories.Add("elman/rwg");
        plot.YAxis.Categories.Add("elman/ga");
        plot.AddBox("ga", Palette.At(0), 2, WithOutlier, BoxOrientation.Horizontal);
        plot.AddBox("rwg", Palette.At(1), 1, [8, 9, 10, 11, 12], BoxOrientation.Horizontal);
        return plot;
    }

    private static string Path(System.Xml.Linq.XDocument document, string series, string part) =>
        (string)document.Descendants(SvgDocument.Svg + "g")
            .Single(g => (string?)g.Attribute("class") == "series-box" && (string?)g.Attribute("data-series") == series)
            .Elements(SvgDocument.Svg + "path")
            .Single(path => (string?)path.Attribute("class") == part)
            .Attribute("d")!;
}
