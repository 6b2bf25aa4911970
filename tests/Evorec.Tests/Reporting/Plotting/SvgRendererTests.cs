using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Evorec.Reporting.Plotting;

namespace Evorec.Tests.Reporting.Plotting;

public sealed class SvgRendererTests
{
    private static readonly double[] Steps = [0, 1, 2, 3, 4];

    [Fact]
    public void OutputIsAnSvgDocumentWithSizeAndViewBox()
    {
        var document = SvgDocument.Parse(SvgRenderer.Render(TwoSeriesPlot(), FigureSize.Paper));
        var root = document.Root!;

        Assert.Equal(SvgDocument.Svg + "svg", root.Name);
        Assert.Equal("336", (string?)root.Attribute("width"));
        Assert.Equal("252", (string?)root.Attribute("height"));
        Assert.Equal("0 0 336 252", (string?)root.Attribute("viewBox"));
        Assert.Contains("sans-serif", (string?)root.Attribute("font-family"));
        Assert.NotEmpty(document.Descendants(SvgDocument.Svg + "text"));
    }

    [Fact]
    public void EachLineSeriesIsExactlyOnePath()
    {
        var plot = TwoSeriesPlot();
        plot.AddScatter("restarts", Palette.At(2), [1, 3], [0.5, 0.7]);

        var document = SvgDocument.Parse(SvgRenderer.Render(plot, FigureSize.Screen));

        Assert.Single(SvgDocument.Paths(document, "series-line", "adam"));
        Assert.Single(SvgDocument.Paths(document, "series-line", "cma-es"));
        Assert.Equal(2, SvgDocument.Paths(document, "series-line").Count);
        Assert.Single(SvgDocument.Paths(document, "series-band"));
        Assert.Single(SvgDocument.Paths(document, "series-markers", "restarts"));
        Assert.Equal("#0072B2", (string?)SvgDocument.Paths(document, "series-line", "adam")[0].Attribute("stroke"));
    }

    [Fact]
    public void NaNPointIsSkippedByStartingANewSubPath()
    {
        var plot = new Plot { YAxis = { Minimum = 0 } };
        plot.AddLine("gappy", Palette.At(0), Steps, [1, 2, double.NaN, 4, 5]);

        var document = SvgDocument.Parse(SvgRenderer.Render(plot, FigureSize.Screen));
        var data = (string)SvgDocument.Paths(document, "series-line", "gappy").Single().Attribute("d")!;
        var subPaths = SvgDocument.SubPaths(data);

        Assert.Equal(2, subPaths.Count);
        Assert.Equal([2, 2], subPaths.Select(subPath => subPath.Count));
        var bottom = SvgDocument.PlotArea(document).Bottom;
        Assert.All(subPaths.SelectMany(point => point), point => Assert.True(point.Y < bottom - 1, $"point at y = 0 ({point})"));
    }

    [Fact]
    public void NaNXValueIsSkippedToo()
    {
        var plot = new Plot();
        plot.AddLine("gappy", Palette.At(0), [0, 1, double.NaN, 3, 4], [1, 2, 3, 4, 5]);

        var subPaths = LineSubPaths(SvgRenderer.Render(plot, FigureSize.Screen), "gappy");

        Assert.Equal([2, 2], subPaths.Select(subPath => subPath.Count));
    }

    [Fact]
    public void LoneValidPointIsDrawnAsADot()
    {
        var plot = new Plot();
        plot.AddLine("lone", Palette.At(0), Steps, [double.NaN, 2, double.NaN, 4, 5]);

        var document = SvgDocument.Parse(SvgRenderer.Render(plot, FigureSize.Screen));
        var data = (string)SvgDocument.Paths(document, "series-line", "lone").Single().Attribute("d")!;

        Assert.Equal([1, 2], SvgDocument.SubPaths(data).Select(subPath => subPath.Count));
        Assert.Contains("h0M", data);
    }

    [Fact]
    public void LogAxisSkipsNonPositiveValues()
    {
        var plot = new Plot { YAxis = { Scale = AxisScale.Log10 } };
        plot.AddLine("error", Palette.At(0), [0, 1, 2, 3, 4, 5, 6, 7], [1, 0.5, 0, 0.1, 0.05, -1, 0.01, 0.02]);

        var subPaths = LineSubPaths(SvgRenderer.Render(plot, FigureSize.Screen), "error");

        Assert.Equal([2, 2, 2], subPaths.Select(subPath => subPath.Count));
    }

    [Fact]
    public void LogXAxisSkipsNonPositiveXValues()
    {
        var plot = new Plot { XAxis = { Scale = AxisScale.Log10 } };
        plot.AddLine("error", Palette.At(0), [0, 1, 10, 100], [1, 2, 3, 4]);

        Assert.Equal([3], LineSubPaths(SvgRenderer.Render(plot, FigureSize.Screen), "error").Select(subPath => subPath.Count));
    }

    [Fact]
    public void BandIsOnePolygonThatNeverInverts()
    {
        var plot = new Plot();
        plot.AddBand("iqr", Palette.At(0), Steps, [1, 2, 3, 4, 5], [0.5, 2.5, 2, 4.5, 4], [1.5, 1.5, 4, 3.5, 6]);

        var document = SvgDocument.Parse(SvgRenderer.Render(plot, FigureSize.Screen));
        var band = SvgDocument.Paths(document, "series-band", "iqr").Single();
        var polygon = Assert.Single(SvgDocument.SubPaths((string)band.Attribute("d")!));

        Assert.Equal("0.2", (string?)band.Attribute("fill-opacity"));
        Assert.EndsWith("Z", (string)band.Attribute("d")!);
        Assert.Equal(10, polygon.Count);
        for (var index = 0; index < 5; index++)
        {
            var upper = polygon[index];
            var lower = polygon[9 - index];
            Assert.Equal(upper.X, lower.X);
            Assert.True(upper.Y <= lower.Y, $"band inverted at point {index}: upper {upper.Y} below lower {lower.Y}");
        }
    }

    [Fact]
    public void BandStoresSwappedBoundsWhenCrossed()
    {
        var series = new Plot().AddBand("iqr", Palette.At(0), [0, 1], [1, 1], [2, 0], [0, 2]);

        Assert.Equal([0.0, 0.0], series.Lower);
        Assert.Equal([2.0, 2.0], series.Upper);
    }

    [Fact]
    public void BandWithMissingBoundsSplitsIntoClosedSubPathsOfOneElement()
    {
        var plot = new Plot { YAxis = { Scale = AxisScale.Log10 } };
        plot.AddBand("iqr", Palette.At(0), [1, 2, 3, 4, 5, 6], [1, 1, 1, 1, 1, 1], [0.5, 0.5, double.NaN, 0.5, 0, 0.5], [2, 2, 2, 2, 2, 2]);

        var document = SvgDocument.Parse(SvgRenderer.Render(plot, FigureSize.Screen));
        var data = (string)SvgDocument.Paths(document, "series-band").Single().Attribute("d")!;

        // Points 1-2 form a polygon; 4 stands alone between a NaN and a non-positive bound (no area, left out); 6 likewise.
        Assert.Equal([4], SvgDocument.SubPaths(data).Select(subPath => subPath.Count));
        Assert.Single(SvgDocument.Paths(document, "series-line", "iqr"));
    }

    [Fact]
    public void SeriesAreClippedToThePlotArea()
    {
        var document = SvgDocument.Parse(SvgRenderer.Render(TwoSeriesPlot(), FigureSize.Paper));
        var clipId = (string)document.Descendants(SvgDocument.Svg + "clipPath").Single().Attribute("id")!;

        var seriesPaths = document.Descendants(SvgDocument.Svg + "path")
            .Where(path => ((string?)path.Attribute("class"))?.StartsWith("series-", StringComparison.Ordinal) == true)
            .ToList();

        Assert.NotEmpty(seriesPaths);
        Assert.All(seriesPaths, path => Assert.Equal($"url(#{clipId})", (string?)path.Parent!.Attribute("clip-path")));
    }

    [Theory]
    [InlineData(LegendPosition.Right)]
    [InlineData(LegendPosition.Below)]
    [InlineData(LegendPosition.Automatic)]
    public void LegendIsOutsideThePlotArea(LegendPosition position)
    {
        foreach (var size in new[] { FigureSize.Paper, FigureSize.Screen })
        {
            var plot = TwoSeriesPlot();
            plot.LegendPosition = position;
            var document = SvgDocument.Parse(SvgRenderer.Render(plot, size));
            var area = SvgDocument.PlotArea(document);
            var legend = document.Descendants(SvgDocument.Svg + "g").Single(group => (string?)group.Attribute("class") == "legend");
            var texts = legend.Elements(SvgDocument.Svg + "text").ToList();

            Assert.Equal(["adam", "cma-es"], texts.Select(text => text.Value));
            foreach (var element in legend.Elements())
            {
                var x = element.Attribute("x") ?? element.Attribute("x1") ?? element.Attribute("cx");
                var y = element.Attribute("y") ?? element.Attribute("y1") ?? element.Attribute("cy");
                var right = double.Parse((string)x!, CultureInfo.InvariantCulture) > area.Right;
                var below = double.Parse((string)y!, CultureInfo.InvariantCulture) > area.Bottom;
                Assert.True(right || below, $"legend element {element} is inside the plot area {area}");
            }

            Assert.True(texts.All(text => SvgDocument.Number(text, "x") + TextMeasure.Width(text.Value, size.FontSize) <= size.Width));
        }
    }

    [Fact]
    public void NoLegendForUnlabelledSeriesOrWhenSwitchedOff()
    {
        var unlabelled = new Plot();
        unlabelled.AddLine(string.Empty, Palette.Black, Steps, Steps);
        var switchedOff = TwoSeriesPlot();
        switchedOff.LegendPosition = LegendPosition.None;

        foreach (var plot in new[] { unlabelled, switchedOff })
        {
            var document = SvgDocument.Parse(SvgRenderer.Render(plot, FigureSize.Screen));
            Assert.DoesNotContain(document.Descendants(SvgDocument.Svg + "g"), group => (string?)group.Attribute("class") == "legend");
        }
    }

    [Theory]
    [InlineData(0, 1e6, false)]
    [InlineData(0, 12345.678, false)]
    [InlineData(-0.0123, 0.0123, false)]
    [InlineData(1e-12, 1e3, true)]
    [InlineData(0.9, 1e7, true)]
    public void XTickLabelsDoNotOverlapOnAPaperFigure(double minimum, double maximum, bool logarithmic)
    {
        var plot = new Plot
        {
            XAxis = { Label = "Evaluations", Scale = logarithmic ? AxisScale.Log10 : AxisScale.Linear },
            YAxis = { Label = "Error" },
            LegendPosition = LegendPosition.Right,
        };
        plot.AddLine("a long trainer name", Palette.At(0), [minimum, (minimum + maximum) / 2, maximum], [3, 1, 2]);

        var document = SvgDocument.Parse(SvgRenderer.Render(plot, FigureSize.Paper));
        var area = SvgDocument.PlotArea(document);
        var labels = document.Descendants(SvgDocument.Svg + "g").Single(group => (string?)group.Attribute("class") == "tick-labels")
            .Elements(SvgDocument.Svg + "text")
            .Where(text => (string?)text.Attribute("text-anchor") == "middle")
            .Select(text => (Centre: SvgDocument.Number(text, "x"), Width: TextMeasure.Width(text.Value, FigureSize.Paper.FontSize)))
            .OrderBy(label => label.Centre)
            .ToList();

        Assert.InRange(labels.Count, 2, 8);
        for (var index = 1; index < labels.Count; index++)
        {
            Assert.True(labels[index].Centre - labels[index - 1].Centre > (labels[index].Width + labels[index - 1].Width) / 2);
        }

        Assert.True(labels[0].Centre - labels[0].Width / 2 >= 0);
        Assert.True(labels[^1].Centre + labels[^1].Width / 2 <= FigureSize.Paper.Width);
        Assert.True(area.Right <= FigureSize.Paper.Width && area.Left > 0);
    }

    [Fact]
    public void TextIsEscapedAndLabelsAreDrawn()
    {
        var plot = new Plot { Title = "Loss <train> & \"test\"", XAxis = { Label = "Epoch" }, YAxis = { Label = "Loss" } };
        plot.AddLine("a<b", Palette.At(0), Steps, Steps);

        var document = SvgDocument.Parse(SvgRenderer.Render(plot, FigureSize.Screen));
        var texts = document.Descendants(SvgDocument.Svg + "text").Where(text => text.Attribute("class") is not null).ToDictionary(text => (string)text.Attribute("class")!);

        Assert.Equal("Loss <train> & \"test\"", texts["title"].Value);
        Assert.Equal("Epoch", texts["x-label"].Value);
        Assert.StartsWith("rotate(-90", (string?)texts["y-label"].Attribute("transform"));
        Assert.Single(SvgDocument.Paths(document, "series-line", "a<b"));
    }

    [Fact]
    public void NumbersHaveAtMostTwoDecimalsAndIgnoreTheCurrentCulture()
    {
        var plot = TwoSeriesPlot();
        var invariant = SvgRenderer.Render(plot, FigureSize.Paper);
        var original = CultureInfo.CurrentCulture;
        try
        {
            var comma = (CultureInfo)CultureInfo.InvariantCulture.Clone();
            comma.NumberFormat.NumberDecimalSeparator = ",";
            comma.NumberFormat.NumberGroupSeparator = ".";
            CultureInfo.CurrentCulture = comma;

            Assert.Equal(invariant, SvgRenderer.Render(plot, FigureSize.Paper));
        }
        finally
        {
            CultureInfo.CurrentCulture = original;
        }

        Assert.DoesNotMatch(new Regex(@"\d\.\d{3}"), invariant);
    }

    [Fact]
    public void DegeneratePlotsRenderWithoutNaN()
    {
        var empty = new Plot();
        var single = new Plot();
        single.AddLine("one", Palette.At(0), [3], [7]);
        var flat = new Plot { YAxis = { Scale = AxisScale.Log10 } };
        flat.AddBand("flat", Palette.At(0), Steps, [2, 2, 2, 2, 2], [2, 2, 2, 2, 2], [2, 2, 2, 2, 2]);
        var missing = new Plot();
        missing.AddLine("missing", Palette.At(0), Steps, [double.NaN, double.NaN, double.NaN, double.NaN, double.NaN]);

        foreach (var plot in new[] { empty, single, flat, missing })
        {
            foreach (var size in new[] { FigureSize.Paper, FigureSize.Screen })
            {
                var svg = SvgRenderer.Render(plot, size);
                SvgDocument.Parse(svg);
                Assert.DoesNotContain("NaN", svg);
                Assert.DoesNotContain("Infinity", svg);
            }
        }
    }

    [Fact]
    public void WritingToATextWriterGivesTheSameText()
    {
        var plot = TwoSeriesPlot();
        using var writer = new StringWriter();

        SvgRenderer.Render(plot, FigureSize.Screen, writer);

        Assert.Equal(SvgRenderer.Render(plot, FigureSize.Screen), writer.ToString());
        Assert.DoesNotContain("\r", writer.ToString());
    }

    private static Plot TwoSeriesPlot()
    {
        var colours = new ColourAssignment(["cma-es", "adam"]);
        var plot = new Plot { Title = "Test", XAxis = { Label = "Evaluations" }, YAxis = { Label = "Error" } };
        plot.AddLine("adam", colours["adam"], Steps, [1, 0.8, 0.5, 0.4, 0.35]);
        plot.AddBand("cma-es", colours["cma-es"], Steps, [0.9, 0.7, 0.6, 0.5, 0.45], [0.8, 0.6, 0.5, 0.4, 0.3], [1, 0.8, 0.7, 0.6, 0.55]);
        return plot;
    }

    private static List<List<(double X, double Y)>> LineSubPaths(string svg, string series)
    {
        var document = SvgDocument.Parse(svg);
        return SvgDocument.SubPaths((string)SvgDocument.Paths(document, "series-line", series).Single().Attribute("d")!);
    }
}
