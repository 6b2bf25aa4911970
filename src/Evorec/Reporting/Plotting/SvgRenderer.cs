using System.Globalization;
using System.Text;

namespace Evorec.Reporting.Plotting;

/// <summary>
/// Draws a <see cref="Plot"/> as a standalone SVG 1.1 document. The output is deterministic (invariant culture,
/// two-decimal coordinates, <c>\n</c> line endings). Each series is drawn as single <c>&lt;path&gt;</c> elements marked
/// <c>class="series-line"</c>, <c>"series-band"</c> or <c>"series-markers"</c> with <c>data-series="label"</c>, or for a
/// box series as one <c>&lt;g class="series-box" data-series="label"&gt;</c> group of paths, clipped to the plot area; missing points (NaN, or not positive on a log axis) are skipped, breaking the line.
/// </summary>
public static class SvgRenderer
{
    private const string TextColour = "#222222";
    private const string AxisColour = "#333333";
    private const string GridColour = "#E3E3E3";
    private const string BandOpacity = "0.2";
    private const string FontFamily = "Helvetica, Arial, sans-serif";

    /// <summary>Renders the plot to an SVG string.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="size">The figure size and font size.</param>
    /// <returns>The SVG document text.</returns>
    public static string Render(Plot plot, FigureSize size)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Render(plot, size, writer);
        return writer.ToString();
    }

    /// <summary>Renders the plot as an SVG document to <paramref name="writer"/>.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="size">The figure size and font size.</param>
    /// <param name="writer">Where the SVG text goes.</param>
    public static void Render(Plot plot, FigureSize size, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(size);
        ArgumentNullException.ThrowIfNull(writer);
        var layout = PlotLayout.Compute(plot, size);
        var clipId = ClipId(plot, size);
        var width = N(size.Width);
        var height = N(size.Height);

        writer.Write(
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" " +
            $"font-family=\"{FontFamily}\" font-size=\"{N(layout.FontSize)}\">\n");
        writer.Write($"<rect class=\"background\" width=\"{width}\" height=\"{height}\" fill=\"#FFFFFF\"/>\n");
        writer.Write(
            $"<defs><clipPath id=\"{clipId}\"><rect x=\"{N(layout.Left)}\" y=\"{N(layout.Top)}\" " +
            $"width=\"{N(layout.Right - layout.Left)}\" height=\"{N(layout.Bottom - layout.Top)}\"/></clipPath></defs>\n");
        WriteGrid(writer, layout);
        WriteSeries(writer, layout, plot, clipId);
        WriteAxes(writer, layout);
        WriteText(writer, layout, plot);
        WriteLegend(writer, layout);
        writer.Write("</svg>\n");
    }

    private static void WriteGrid(TextWriter writer, PlotLayout layout)
    {
        var path = new StringBuilder();
        foreach (var tick in layout.XTicks.Where(tick => tick.IsMajor))
        {
            path.Append('M').Append(N(layout.MapX(tick.Value))).Append(',').Append(N(layout.Top)).Append('V').Append(N(layout.Bottom));
        }

        foreach (var tick in layout.YTicks.Where(tick => tick.IsMajor))
        {
            path.Append('M').Append(N(layout.Left)).Append(',').Append(N(layout.MapY(tick.Value))).Append('H').Append(N(layout.Right));
        }

        writer.Write(
            $"<path class=\"grid\" d=\"{path}\" fill=\"none\" stroke=\"{GridColour}\" stroke-width=\"{N(0.8 * layout.LineScale)}\"/>\n");
    }

    private static void WriteSeries(TextWriter writer, PlotLayout layout, Plot plot, string clipId)
    {
        writer.Write($"<g class=\"data\" clip-path=\"url(#{clipId})\">\n");

        // Bands first, so no band covers another series' line.
        foreach (var series in plot.Series.Where(series => series.Lower is not null))
        {
            writer.Write(
                $"<path class=\"series-band\" data-series=\"{SvgFormat.Escape(series.Label)}\" d=\"{BandPath(layout, series)}\" " +
                $"fill=\"{series.Colour.ToHex()}\" fill-opacity=\"{BandOpacity}\" stroke=\"none\"/>\n");
        }

        foreach (var series in plot.Series.Where(series => series.Kind == SeriesKind.Box))
        {
            WriteBox(writer, layout, series);
        }

        foreach (var series in plot.Series.Where(series => series.HasLine))
        {
            writer.Write(
                $"<path class=\"series-line\" data-series=\"{SvgFormat.Escape(series.Label)}\" d=\"{LinePath(layout, series)}\" " +
                $"fill=\"none\" stroke=\"{series.Colour.ToHex()}\" stroke-width=\"{N(1.5 * layout.LineScale)}\" " +
                "stroke-linejoin=\"round\" stroke-linecap=\"round\"/>\n");
        }

        foreach (var series in plot.Series.Where(series => series.ShowMarkers))
        {
            writer.Write(
                $"<path class=\"series-markers\" data-series=\"{SvgFormat.Escape(series.Label)}\" d=\"{MarkerPath(layout, series)}\" " +
                $"fill=\"{series.Colour.ToHex()}\" stroke=\"none\"/>\n");
        }

        writer.Write("</g>\n");
    }

    /// <summary>
    /// One <c>&lt;g class="series-box"&gt;</c> per box series holding its box (<c>box</c>, translucent fill and outline),
    /// median (<c>median</c>), whiskers with caps (<c>whiskers</c>) and outliers (<c>outliers</c>, only when there are any).
    /// Values the value axis cannot show (not positive on a log axis) are left out of the summary.
    /// </summary>
    private static void WriteBox(TextWriter writer, PlotLayout layout, Series series)
    {
        var horizontal = series.Orientation == BoxOrientation.Horizontal;
        var valueScale = horizontal ? layout.XRange.Scale : layout.YRange.Scale;
        var summary = BoxSummary.Of(series.BoxValues.Where(valueScale.CanShow));
        var colour = series.Colour.ToHex();
        writer.Write($"<g class=\"series-box\" data-series=\"{SvgFormat.Escape(series.Label)}\" stroke=\"{colour}\" stroke-width=\"{N(1.2 * layout.LineScale)}\">\n");
        if (summary is not null)
        {
            var position = series.BoxPosition;
            string Point(double value, double across) => horizontal
                ? N(layout.MapX(value)) + "," + N(layout.MapY(across))
                : N(layout.MapX(across)) + "," + N(layout.MapY(value));
            string Segment(double fromValue, double fromAcross, double toValue, double toAcross) =>
                "M" + Point(fromValue, fromAcross) + "L" + Point(toValue, toAcross);

            var half = PlotLayout.BoxHalfWidth;
            var cap = half / 2;
            var box = "M" + Point(summary.LowerQuartile, position - half) + "L" + Point(summary.UpperQuartile, position - half)
                + "L" + Point(summary.UpperQuartile, position + half) + "L" + Point(summary.LowerQuartile, position + half) + "Z";
            writer.Write($"<path class=\"box\" d=\"{box}\" fill=\"{colour}\" fill-opacity=\"{BandOpacity}\" stroke-linejoin=\"miter\"/>\n");
            var whiskers = Segment(summary.LowerWhisker, position, summary.LowerQuartile, position)
                + Segment(summary.UpperQuartile, position, summary.UpperWhisker, position)
                + Segment(summary.LowerWhisker, position - cap, summary.LowerWhisker, position + cap)
                + Segment(summary.UpperWhisker, position - cap, summary.UpperWhisker, position + cap);
            writer.Write($"<path class=\"whiskers\" d=\"{whiskers}\" fill=\"none\"/>\n");
            writer.Write(
                $"<path class=\"median\" d=\"{Segment(summary.Median, position - half, summary.Median, position + half)}\" fill=\"none\" " +
                $"stroke-width=\"{N(2.2 * layout.LineScale)}\"/>\n");
            if (summary.Outliers.Count > 0)
            {
                var radius = MarkerRadius(layout);
                var arc = $"a{N(radius)},{N(radius)} 0 1,0 ";
                var outliers = new StringBuilder();
                foreach (var value in summary.Outliers)
                {
                    var x = horizontal ? layout.MapX(value) : layout.MapX(position);
                    var y = horizontal ? layout.MapY(position) : layout.MapY(value);
                    outliers.Append('M').Append(N(x - radius)).Append(',').Append(N(y))
                        .Append(arc).Append(N(2 * radius)).Append(",0").Append(arc).Append(N(-2 * radius)).Append(",0");
                }

                writer.Write($"<path class=\"outliers\" d=\"{outliers}\" fill=\"none\"/>\n");
            }
        }

        writer.Write("</g>\n");
    }

    private static void WriteAxes(TextWriter writer, PlotLayout layout)
    {
        var path = new StringBuilder();
        path.Append('M').Append(N(layout.Left)).Append(',').Append(N(layout.Top))
            .Append('V').Append(N(layout.Bottom)).Append('H').Append(N(layout.Right));
        foreach (var tick in layout.XTicks)
        {
            var length = tick.IsMajor ? layout.TickLength : layout.TickLength * 0.6;
            path.Append('M').Append(N(layout.MapX(tick.Value))).Append(',').Append(N(layout.Bottom)).Append('v').Append(N(length));
        }

        foreach (var tick in layout.YTicks)
        {
            var length = tick.IsMajor ? layout.TickLength : layout.TickLength * 0.6;
            path.Append('M').Append(N(layout.Left)).Append(',').Append(N(layout.MapY(tick.Value))).Append('h').Append(N(-length));
        }

        writer.Write(
            $"<path class=\"axes\" d=\"{path}\" fill=\"none\" stroke=\"{AxisColour}\" stroke-width=\"{N(layout.LineScale)}\" " +
            "stroke-linecap=\"square\"/>\n");
    }

    private static void WriteText(TextWriter writer, PlotLayout layout, Plot plot)
    {
        writer.Write($"<g class=\"tick-labels\" fill=\"{AxisColour}\">\n");
        foreach (var tick in layout.XTicks.Where(tick => tick.IsMajor))
        {
            writer.Write($"<text x=\"{N(layout.MapX(tick.Value))}\" y=\"{N(layout.XTickLabelBaseline)}\" text-anchor=\"middle\">{SvgFormat.Escape(tick.Label)}</text>\n");
        }

        foreach (var tick in layout.YTicks.Where(tick => tick.IsMajor))
        {
            var baseline = layout.BaselineForCentre(layout.MapY(tick.Value), layout.FontSize);
            writer.Write($"<text x=\"{N(layout.YTickLabelRight)}\" y=\"{N(baseline)}\" text-anchor=\"end\">{SvgFormat.Escape(tick.Label)}</text>\n");
        }

        writer.Write("</g>\n");
        var labelFont = N(layout.LabelFontSize);
        if (plot.XAxis.Label.Length > 0)
        {
            writer.Write(
                $"<text class=\"x-label\" x=\"{N((layout.Left + layout.Right) / 2)}\" y=\"{N(layout.XLabelBaseline)}\" text-anchor=\"middle\" " +
                $"font-size=\"{labelFont}\" fill=\"{TextColour}\">{SvgFormat.Escape(plot.XAxis.Label)}</text>\n");
        }

        if (plot.YAxis.Label.Length > 0)
        {
            var x = N(layout.YLabelBaseline);
            var y = N((layout.Top + layout.Bottom) / 2);
            writer.Write(
                $"<text class=\"y-label\" x=\"{x}\" y=\"{y}\" transform=\"rotate(-90 {x} {y})\" text-anchor=\"middle\" " +
                $"font-size=\"{labelFont}\" fill=\"{TextColour}\">{SvgFormat.Escape(plot.YAxis.Label)}</text>\n");
        }

        if (plot.Title.Length > 0)
        {
            writer.Write(
                $"<text class=\"title\" x=\"{N(layout.TitleCentre)}\" y=\"{N(layout.TitleBaseline)}\" text-anchor=\"middle\" " +
                $"font-size=\"{N(layout.TitleFontSize)}\" fill=\"{TextColour}\">{SvgFormat.Escape(plot.Title)}</text>\n");
        }
    }

    private static void WriteLegend(TextWriter writer, PlotLayout layout)
    {
        if (layout.LegendEntries.Count == 0)
        {
            return;
        }

        writer.Write($"<g class=\"legend\" fill=\"{TextColour}\">\n");
        foreach (var entry in layout.LegendEntries)
        {
            var series = entry.Series;
            var colour = series.Colour.ToHex();
            var left = entry.X;
            var right = entry.X + layout.SwatchWidth;
            var centre = entry.Y;
            if (series.Lower is not null)
            {
                var bandHeight = layout.FontSize * 0.8;
                writer.Write(
                    $"<rect x=\"{N(left)}\" y=\"{N(centre - bandHeight / 2)}\" width=\"{N(layout.SwatchWidth)}\" height=\"{N(bandHeight)}\" " +
                    $"fill=\"{colour}\" fill-opacity=\"{BandOpacity}\"/>\n");
            }

            if (series.Kind == SeriesKind.Box)
            {
                var boxHeight = layout.FontSize * 0.8;
                writer.Write(
                    $"<rect x=\"{N(left)}\" y=\"{N(centre - boxHeight / 2)}\" width=\"{N(layout.SwatchWidth)}\" height=\"{N(boxHeight)}\" " +
                    $"fill=\"{colour}\" fill-opacity=\"{BandOpacity}\" stroke=\"{colour}\" stroke-width=\"{N(1.2 * layout.LineScale)}\"/>\n");
            }

            if (series.HasLine)
            {
                writer.Write(
                    $"<line x1=\"{N(left)}\" y1=\"{N(centre)}\" x2=\"{N(right)}\" y2=\"{N(centre)}\" stroke=\"{colour}\" " +
                    $"stroke-width=\"{N(1.5 * layout.LineScale)}\"/>\n");
            }

            if (series.ShowMarkers)
            {
                writer.Write($"<circle cx=\"{N((left + right) / 2)}\" cy=\"{N(centre)}\" r=\"{N(MarkerRadius(layout))}\" fill=\"{colour}\"/>\n");
            }

            writer.Write(
                $"<text x=\"{N(layout.LegendLabelX(entry))}\" y=\"{N(layout.BaselineForCentre(centre, layout.FontSize))}\">{SvgFormat.Escape(series.Label)}</text>\n");
        }

        writer.Write("</g>\n");
    }

    /// <summary>One sub-path per run of drawable points; a lone point becomes a zero-length segment, drawn as a dot by the round cap.</summary>
    private static string LinePath(PlotLayout layout, Series series)
    {
        var path = new StringBuilder();
        var runLength = 0;
        for (var index = 0; index < series.X.Count; index++)
        {
            if (!CanDraw(layout, series.X[index], series.Y[index]))
            {
                path.Append(runLength == 1 ? "h0" : string.Empty);
                runLength = 0;
                continue;
            }

            path.Append(runLength == 0 ? 'M' : 'L').Append(Point(layout, series.X[index], series.Y[index]));
            runLength++;
        }

        path.Append(runLength == 1 ? "h0" : string.Empty);
        return path.ToString();
    }

    /// <summary>One closed polygon per run of at least two points with drawable bounds: upper bounds forward, lower bounds back.</summary>
    private static string BandPath(PlotLayout layout, Series series)
    {
        var lower = series.Lower!;
        var upper = series.Upper!;
        var path = new StringBuilder();
        var run = new List<int>();
        for (var index = 0; index <= series.X.Count; index++)
        {
            if (index < series.X.Count && CanDraw(layout, series.X[index], lower[index]) && CanDraw(layout, series.X[index], upper[index]))
            {
                run.Add(index);
                continue;
            }

            if (run.Count >= 2)
            {
                path.Append('M').Append(Point(layout, series.X[run[0]], upper[run[0]]));
                foreach (var point in run.Skip(1))
                {
                    path.Append('L').Append(Point(layout, series.X[point], upper[point]));
                }

                for (var position = run.Count - 1; position >= 0; position--)
                {
                    path.Append('L').Append(Point(layout, series.X[run[position]], lower[run[position]]));
                }

                path.Append('Z');
            }

            run.Clear();
        }

        return path.ToString();
    }

    /// <summary>A circle sub-path (two arcs) at each drawable point.</summary>
    private static string MarkerPath(PlotLayout layout, Series series)
    {
        var radius = MarkerRadius(layout);
        var arc = $"a{N(radius)},{N(radius)} 0 1,0 ";
        var path = new StringBuilder();
        for (var index = 0; index < series.X.Count; index++)
        {
            if (CanDraw(layout, series.X[index], series.Y[index]))
            {
                path.Append('M').Append(N(layout.MapX(series.X[index]) - radius)).Append(',').Append(N(layout.MapY(series.Y[index])))
                    .Append(arc).Append(N(2 * radius)).Append(",0")
                    .Append(arc).Append(N(-2 * radius)).Append(",0");
            }
        }

        return path.ToString();
    }

    private static double MarkerRadius(PlotLayout layout) => 2.5 * layout.LineScale;

    private static bool CanDraw(PlotLayout layout, double x, double y) =>
        layout.XRange.Scale.CanShow(x) && layout.YRange.Scale.CanShow(y);

    private static string Point(PlotLayout layout, double x, double y) => N(layout.MapX(x)) + "," + N(layout.MapY(y));

    private static string N(double value) => SvgFormat.Number(value);

    /// <summary>
    /// A clip-path id derived from the plot's text and size (FNV-1a), so output is deterministic yet two different plots
    /// inlined in one HTML page do not share an id.
    /// </summary>
    private static string ClipId(Plot plot, FigureSize size)
    {
        var key = string.Join(
            "\u001f",
            new[] { plot.Title, plot.XAxis.Label, plot.YAxis.Label, N(size.Width), N(size.Height) }
                .Concat(plot.Series.Select(series => series.Label + ":" + series.X.Count.ToString(CultureInfo.InvariantCulture))));
        var hash = 2166136261u;
        foreach (var character in key)
        {
            hash = unchecked((hash ^ character) * 16777619u);
        }

        return "plot-area-" + hash.ToString("x8", CultureInfo.InvariantCulture);
    }
}
