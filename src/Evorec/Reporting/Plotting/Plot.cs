namespace Evorec.Reporting.Plotting;

/// <summary>
/// A single x-y plot: title, two axes and a list of series. Build it, then draw it with <see cref="SvgRenderer"/>,
/// export its data with <see cref="CsvExporter"/>, or write both with <see cref="PlotFiles.Save"/>.
/// </summary>
/// <example>
/// <code>
/// var plot = new Plot { Title = "Adding task", XAxis = { Label = "Evaluations" }, YAxis = { Label = "Error", Scale = AxisScale.Log10 } };
/// plot.AddBand("CMA-ES", colours["CMA-ES"], evaluations, median, quartile25, quartile75);
/// PlotFiles.Save(plot, FigureSize.Paper, outputFolder, "adding-error");
/// </code>
/// </example>
public sealed class Plot
{
    private readonly List<Series> series = [];

    /// <summary>The title drawn above the plot area; empty for none (usual in papers, where the caption says it).</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>The horizontal axis.</summary>
    public Axis XAxis { get; } = new();

    /// <summary>The vertical axis.</summary>
    public Axis YAxis { get; } = new();

    /// <summary>Where the legend goes; it is never drawn over the data. Series with an empty label are left out of it.</summary>
    public LegendPosition LegendPosition { get; set; } = LegendPosition.Automatic;

    /// <summary>The series in drawing and legend order.</summary>
    public IReadOnlyList<Series> Series => series;

    /// <summary>Adds a line through the points (x[i], y[i]); NaN values break the line.</summary>
    /// <param name="label">The legend label.</param>
    /// <param name="colour">The line colour.</param>
    /// <param name="x">The x values.</param>
    /// <param name="y">The y values, one per x value.</param>
    /// <param name="showMarkers">Whether to draw a marker at each point.</param>
    /// <returns>The added series.</returns>
    public Series AddLine(string label, Colour colour, IReadOnlyList<double> x, IReadOnlyList<double> y, bool showMarkers = false) =>
        Add(new Series(SeriesKind.Line, label, colour, x, y, lower: null, upper: null, showMarkers));

    /// <summary>
    /// Adds a line through (x[i], y[i]) with a shaded band from lower[i] to upper[i], e.g. the median and inter-quartile range.
    /// Crossed bounds are swapped; a point whose lower or upper bound is NaN leaves a gap in the band.
    /// </summary>
    /// <param name="label">The legend label.</param>
    /// <param name="colour">The line and band colour.</param>
    /// <param name="x">The x values.</param>
    /// <param name="y">The centre line values (NaN entries leave gaps in the line only).</param>
    /// <param name="lower">The lower band bounds.</param>
    /// <param name="upper">The upper band bounds.</param>
    /// <returns>The added series.</returns>
    public Series AddBand(
        string label,
        Colour colour,
        IReadOnlyList<double> x,
        IReadOnlyList<double> y,
        IReadOnlyList<double> lower,
        IReadOnlyList<double> upper)
    {
        ArgumentNullException.ThrowIfNull(lower);
        ArgumentNullException.ThrowIfNull(upper);
        return Add(new Series(SeriesKind.Band, label, colour, x, y, lower, upper, showMarkers: false));
    }

    /// <summary>Adds a marker at each point (x[i], y[i]) without a line.</summary>
    /// <param name="label">The legend label.</param>
    /// <param name="colour">The marker colour.</param>
    /// <param name="x">The x values.</param>
    /// <param name="y">The y values, one per x value.</param>
    /// <returns>The added series.</returns>
    public Series AddScatter(string label, Colour colour, IReadOnlyList<double> x, IReadOnlyList<double> y) =>
        Add(new Series(SeriesKind.Scatter, label, colour, x, y, lower: null, upper: null, showMarkers: true));

    /// <summary>
    /// Adds a box plot of <paramref name="values"/> (see <see cref="BoxSummary"/>) centred at <paramref name="position"/>
    /// across the box, typically a category's position (<see cref="Axis.Categories"/>). The series holds the raw sample, so
    /// the CSV has every value and the figure can be redrawn by any tool. NaN and infinite values are ignored.
    /// </summary>
    /// <param name="label">The legend and CSV label.</param>
    /// <param name="colour">The outline, median and fill colour (the fill is translucent).</param>
    /// <param name="position">Where the box is centred across its width, in the category axis's units (boxes are 0.6 wide).</param>
    /// <param name="values">The sample.</param>
    /// <param name="orientation">Vertical: values on the y axis, position on x. Horizontal: values on x, position on y.</param>
    /// <returns>The added series.</returns>
    public Series AddBox(string label, Colour colour, double position, IReadOnlyList<double> values, BoxOrientation orientation = BoxOrientation.Vertical)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (!double.IsFinite(position))
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "A box's position must be finite.");
        }

        var finite = values.Where(double.IsFinite).ToArray();
        var positions = Enumerable.Repeat(position, finite.Length).ToArray();
        return orientation == BoxOrientation.Horizontal
            ? Add(new Series(SeriesKind.Box, label, colour, finite, positions, lower: null, upper: null, showMarkers: false, orientation))
            : Add(new Series(SeriesKind.Box, label, colour, positions, finite, lower: null, upper: null, showMarkers: false, orientation));
    }

    private Series Add(Series added)
    {
        series.Add(added);
        return added;
    }
}
