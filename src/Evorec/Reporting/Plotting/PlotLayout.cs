namespace Evorec.Reporting.Plotting;

/// <summary>
/// Where everything in a rendered figure goes, in pixels (origin top left): the plot area, ticks, text and legend.
/// Margins are sized from the text they hold, tick density from the space available so labels never overlap,
/// and the legend is always outside the plot area.
/// </summary>
internal sealed class PlotLayout
{
    /// <summary>Height above the baseline of digits and capitals, as a fraction of the font size (generous for wide fallback fonts).</summary>
    private const double Ascent = 0.78;

    /// <summary>Offset from a label's vertical centre to its baseline, as a fraction of the font size.</summary>
    private const double CentreToBaseline = 0.36;

    private const int MaximumTickCount = 8;

    private PlotLayout(FigureSize size)
    {
        Size = size;
        FontSize = size.FontSize;
        LabelFontSize = FontSize * 9 / 8;
        TitleFontSize = FontSize * 10 / 8;
        Outer = FontSize * 0.6;
        Gap = FontSize * 0.4;
        TickLength = FontSize * 0.35;
        TickGap = FontSize * 0.25;
        RowHeight = FontSize * 1.4;
        SwatchWidth = FontSize * 2.2;
        SwatchGap = FontSize * 0.5;
        ColumnGap = FontSize * 1.2;
        LineScale = FontSize / 13;
    }

    public FigureSize Size { get; }

    /// <summary>Font size of tick labels and the legend.</summary>
    public double FontSize { get; }

    /// <summary>Font size of the axis labels.</summary>
    public double LabelFontSize { get; }

    /// <summary>Font size of the title.</summary>
    public double TitleFontSize { get; }

    /// <summary>Stroke widths are multiplied by this, so thin lines stay in proportion to the text.</summary>
    public double LineScale { get; }

    public double TickLength { get; }

    public double SwatchWidth { get; }

    /// <summary>Plot area left edge.</summary>
    public double Left { get; private set; }

    /// <summary>Plot area right edge.</summary>
    public double Right { get; private set; }

    /// <summary>Plot area top edge.</summary>
    public double Top { get; private set; }

    /// <summary>Plot area bottom edge.</summary>
    public double Bottom { get; private set; }

    public AxisRange XRange { get; private set; }

    public AxisRange YRange { get; private set; }

    public IReadOnlyList<Tick> XTicks { get; private set; } = [];

    public IReadOnlyList<Tick> YTicks { get; private set; } = [];

    public double XTickLabelBaseline => Bottom + TickLength + TickGap + FontSize * Ascent;

    public double YTickLabelRight => Left - TickLength - TickGap;

    public double XLabelBaseline => Bottom + XTickLabelBand + Gap + LabelFontSize * Ascent;

    /// <summary>The x coordinate of the rotated y label's baseline.</summary>
    public double YLabelBaseline => Outer + LabelFontSize * Ascent;

    public double TitleBaseline => Outer + TitleFontSize * Ascent;

    public double TitleCentre { get; private set; }

    public LegendPosition LegendPosition { get; private set; } = LegendPosition.None;

    public IReadOnlyList<LegendEntry> LegendEntries { get; private set; } = [];

    private double Outer { get; }

    private double Gap { get; }

    private double TickGap { get; }

    private double RowHeight { get; }

    private double SwatchGap { get; }

    private double ColumnGap { get; }

    private double XTickLabelBand => TickLength + TickGap + FontSize;

    public static PlotLayout Compute(Plot plot, FigureSize size)
    {
        var layout = new PlotLayout(size);
        layout.Arrange(plot);
        return layout;
    }

    /// <summary>The horizontal pixel position of <paramref name="x"/>.</summary>
    public double MapX(double x) => XRange.Map(x, Left, Right);

    /// <summary>The vertical pixel position of <paramref name="y"/>.</summary>
    public double MapY(double y) => YRange.Map(y, Bottom, Top);

    /// <summary>The baseline for a label centred vertically at <paramref name="centre"/>.</summary>
    public double BaselineForCentre(double centre, double fontSize) => centre + fontSize * CentreToBaseline;

    /// <summary>Half the width of a box of a box plot, in the units of its category axis.</summary>
    public const double BoxHalfWidth = 0.3;

    /// <summary>The axis's range: 0.5 to n + 0.5 for n categories, otherwise fitted to the values.</summary>
    private static AxisRange Fit(Axis axis, IEnumerable<double> values) =>
        axis.Categories.Count > 0 ? new AxisRange(AxisScale.Linear, 0.5, axis.Categories.Count + 0.5) : AxisRange.Fit(axis, values);

    /// <summary>One labelled tick per category, at positions 1 … n.</summary>
    private static List<Tick> CategoryTicks(Axis axis) =>
        axis.Categories.Select((name, index) => new Tick(index + 1, name.Length > 0 ? name : " ")).ToList();

    /// <summary>The edges of a box across its width, so that a fitted position axis shows whole boxes.</summary>
    private static IEnumerable<double> BoxExtent(Series series, BoxOrientation across) =>
        series.Kind == SeriesKind.Box && series.Orientation == across && double.IsFinite(series.BoxPosition)
            ? [series.BoxPosition - BoxHalfWidth, series.BoxPosition + BoxHalfWidth]
            : [];

    private static IEnumerable<double> YValues(Series series) =>
        series.Y.Concat(series.Lower ?? []).Concat(series.Upper ?? []);

    /// <summary>
    /// The densest ticks (at most <paramref name="maximumCount"/>) whose labels, of the given extents along the axis,
    /// are separated by at least <paramref name="minimumGap"/> pixels; the sparsest candidate if none fit.
    /// </summary>
    private static IReadOnlyList<Tick> ChooseTicks(
        AxisRange range, double start, double end, Func<string, double> extent, double minimumGap, int maximumCount)
    {
        IReadOnlyList<Tick> ticks = [];
        for (var count = Math.Max(2, maximumCount); count >= 2; count--)
        {
            ticks = TickGenerator.Generate(range.Scale, range.Minimum, range.Maximum, count);
            var majors = ticks.Where(tick => tick.IsMajor).OrderBy(tick => tick.Value).ToList();
            var fits = true;
            for (var index = 1; index < majors.Count && fits; index++)
            {
                var distance = Math.Abs(range.Map(majors[index].Value, start, end) - range.Map(majors[index - 1].Value, start, end));
                fits = distance >= (extent(majors[index].Label) + extent(majors[index - 1].Label)) / 2 + minimumGap;
            }

            if (fits)
            {
                return ticks;
            }
        }

        return ticks;
    }

    private void Arrange(Plot plot)
    {
        var width = Size.Width;
        var height = Size.Height;
        XRange = Fit(plot.XAxis, plot.Series.SelectMany(series => series.X.Concat(BoxExtent(series, BoxOrientation.Vertical))));
        YRange = Fit(plot.YAxis, plot.Series.SelectMany(series => YValues(series).Concat(BoxExtent(series, BoxOrientation.Horizontal))));

        // Legend: measure both placements, then (if automatic) take the one that costs the plot area the smaller fraction.
        var legendSeries = plot.LegendPosition == LegendPosition.None
            ? []
            : plot.Series.Where(series => series.Label.Length > 0).ToList();
        var entryWidths = legendSeries.Select(series => SwatchWidth + SwatchGap + TextMeasure.Width(series.Label, FontSize)).ToList();
        var entryWidth = entryWidths.DefaultIfEmpty(0).Max();
        var columnWidth = entryWidth + ColumnGap;
        var columns = Math.Clamp((int)Math.Floor((width - 2 * Outer + ColumnGap) / columnWidth), 1, Math.Max(1, legendSeries.Count));
        var rowWidth = entryWidths.Sum() + ColumnGap * (entryWidths.Count - 1);
        var singleRow = rowWidth <= width - 2 * Outer;
        var rows = singleRow ? 1 : (legendSeries.Count + columns - 1) / columns;
        var rightCost = (entryWidth + 2 * Gap) / width;
        var belowCost = (rows * RowHeight + 1.5 * Gap) / height;
        var rightFits = legendSeries.Count * RowHeight <= height - 2 * Outer - XTickLabelBand;
        LegendPosition = legendSeries.Count == 0 ? LegendPosition.None
            : plot.LegendPosition == LegendPosition.Automatic ? (rightCost <= belowCost && rightFits ? LegendPosition.Right : LegendPosition.Below)
            : plot.LegendPosition;

        // Vertical: title, half a label of room for the top y tick label, plot, x tick labels, x label, legend below.
        var xLabelBand = plot.XAxis.Label.Length > 0 ? Gap + LabelFontSize : 0;
        var legendBand = LegendPosition == LegendPosition.Below ? 1.5 * Gap + rows * RowHeight : 0;
        Top = Math.Ceiling(Outer + (plot.Title.Length > 0 ? TitleFontSize + Gap : 0) + FontSize * 0.5);
        Bottom = Math.Floor(height - Outer - legendBand - xLabelBand - XTickLabelBand);
        YTicks = plot.YAxis.Categories.Count > 0
            ? CategoryTicks(plot.YAxis)
            : ChooseTicks(
                YRange,
                Bottom,
                Top,
                _ => FontSize,
                FontSize * 0.5,
                Math.Clamp((int)((Bottom - Top) / (FontSize * 2.5)), 2, MaximumTickCount));

        // Horizontal: y label, y tick labels, plot, legend on the right. The outermost x tick labels must stay inside too.
        var yTickLabelWidth = YTicks.Where(tick => tick.IsMajor).Select(tick => TextMeasure.Width(tick.Label, FontSize)).DefaultIfEmpty(0).Max();
        var left = Outer + (plot.YAxis.Label.Length > 0 ? LabelFontSize + Gap : 0) + yTickLabelWidth + TickGap + TickLength;
        var rightLimit = width - Outer - (LegendPosition == LegendPosition.Right ? entryWidth + 2 * Gap : 0);
        var right = rightLimit;
        for (var pass = 0; pass < 4; pass++)
        {
            XTicks = plot.XAxis.Categories.Count > 0
                ? CategoryTicks(plot.XAxis)
                : ChooseTicks(XRange, left, right, label => TextMeasure.Width(label, FontSize), FontSize, MaximumTickCount);
            var majors = XTicks.Where(tick => tick.IsMajor).OrderBy(tick => tick.Value).ToList();
            if (majors.Count == 0)
            {
                break;
            }

            var leftOverflow = Outer - (XRange.Map(majors[0].Value, left, right) - TextMeasure.Width(majors[0].Label, FontSize) / 2);
            var rightOverflow = XRange.Map(majors[^1].Value, left, right) + TextMeasure.Width(majors[^1].Label, FontSize) / 2 - rightLimit;
            if (leftOverflow <= 0.5 && rightOverflow <= 0.5)
            {
                break;
            }

            left += Math.Max(0, leftOverflow);
            right -= Math.Max(0, rightOverflow);
        }

        Left = Math.Ceiling(left);
        Right = Math.Floor(right);
        var titleWidth = TextMeasure.Width(plot.Title, TitleFontSize);
        TitleCentre = titleWidth <= Right - Left ? (Left + Right) / 2 : width / 2;

        var entries = new List<LegendEntry>();
        if (LegendPosition == LegendPosition.Right)
        {
            var legendLeft = width - Outer - entryWidth;
            entries.AddRange(legendSeries.Select((series, index) => new LegendEntry(series, legendLeft, Top + RowHeight * (index + 0.5))));
        }
        else if (LegendPosition == LegendPosition.Below)
        {
            // One row of entries at their own widths when they fit, otherwise a grid of equal columns; centred under the plot.
            var legendTop = Bottom + XTickLabelBand + xLabelBand + 1.5 * Gap;
            var blockWidth = singleRow ? rowWidth : columns * columnWidth - ColumnGap;
            var legendLeft = Math.Max(Outer, Math.Min((Left + Right - blockWidth) / 2, width - Outer - blockWidth));
            var x = legendLeft;
            for (var index = 0; index < legendSeries.Count; index++)
            {
                var entryLeft = singleRow ? x : legendLeft + index % columns * columnWidth;
                var row = singleRow ? 0 : index / columns;
                entries.Add(new LegendEntry(legendSeries[index], entryLeft, legendTop + RowHeight * (row + 0.5)));
                x += entryWidths[index] + ColumnGap;
            }
        }

        LegendEntries = entries;
    }

    /// <summary>Where a legend label starts, given its entry.</summary>
    public double LegendLabelX(LegendEntry entry) => entry.X + SwatchWidth + SwatchGap;
}
