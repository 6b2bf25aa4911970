namespace Evorec.Reporting.Plotting;

/// <summary>
/// One labelled, coloured data series of a <see cref="Plot"/>; create it with <see cref="Plot.AddLine"/>,
/// <see cref="Plot.AddBand"/>, <see cref="Plot.AddScatter"/> or <see cref="Plot.AddBox"/>. The data are copied, so later changes to the caller's
/// arrays do not affect the plot. NaN values mark missing points: they are skipped, never drawn as zero.
/// </summary>
public sealed class Series
{
    internal Series(
        SeriesKind kind,
        string label,
        Colour colour,
        IReadOnlyList<double> x,
        IReadOnlyList<double> y,
        IReadOnlyList<double>? lower,
        IReadOnlyList<double>? upper,
        bool showMarkers,
        BoxOrientation? orientation = null)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        RequireSameLength(x, y, nameof(y));
        Kind = kind;
        Orientation = orientation;
        Label = label;
        Colour = colour;
        ShowMarkers = showMarkers;
        X = x.ToArray();
        Y = y.ToArray();
        if (lower is null || upper is null)
        {
            return;
        }

        RequireSameLength(x, lower, nameof(lower));
        RequireSameLength(x, upper, nameof(upper));
        var lowerCopy = new double[x.Count];
        var upperCopy = new double[x.Count];
        for (var index = 0; index < x.Count; index++)
        {
            // A band never inverts: if the bounds arrive crossed, they are swapped.
            lowerCopy[index] = lower[index] > upper[index] ? upper[index] : lower[index];
            upperCopy[index] = lower[index] > upper[index] ? lower[index] : upper[index];
        }

        Lower = lowerCopy;
        Upper = upperCopy;
    }

    /// <summary>How the series is drawn.</summary>
    public SeriesKind Kind { get; }

    /// <summary>The legend and CSV label, e.g. a trainer name.</summary>
    public string Label { get; }

    /// <summary>The line, marker and band colour.</summary>
    public Colour Colour { get; }

    /// <summary>Whether a marker is drawn at each point (always true for <see cref="SeriesKind.Scatter"/>).</summary>
    public bool ShowMarkers { get; }

    /// <summary>The x values.</summary>
    public IReadOnlyList<double> X { get; }

    /// <summary>The y values (the centre line of a band).</summary>
    public IReadOnlyList<double> Y { get; }

    /// <summary>The lower band bounds (never above <see cref="Upper"/>), or <see langword="null"/> unless <see cref="Kind"/> is <see cref="SeriesKind.Band"/>.</summary>
    public IReadOnlyList<double>? Lower { get; }

    /// <summary>The upper band bounds (never below <see cref="Lower"/>), or <see langword="null"/> unless <see cref="Kind"/> is <see cref="SeriesKind.Band"/>.</summary>
    public IReadOnlyList<double>? Upper { get; }

    /// <summary>
    /// For a <see cref="SeriesKind.Box"/> series, which way the box lies (its sample is <see cref="Y"/> for a vertical box,
    /// <see cref="X"/> for a horizontal one; the other coordinate is the box's position); otherwise <see langword="null"/>.
    /// </summary>
    public BoxOrientation? Orientation { get; }

    /// <summary>Whether a line joins the points.</summary>
    internal bool HasLine => Kind is SeriesKind.Line or SeriesKind.Band;

    /// <summary>The sample of a box series (the values along its value axis).</summary>
    internal IReadOnlyList<double> BoxValues => Orientation == BoxOrientation.Horizontal ? X : Y;

    /// <summary>The position of a box series on its category axis.</summary>
    internal double BoxPosition => (Orientation == BoxOrientation.Horizontal ? Y : X) is { Count: > 0 } positions ? positions[0] : double.NaN;

    private static void RequireSameLength(IReadOnlyList<double> x, IReadOnlyList<double> other, string name)
    {
        ArgumentNullException.ThrowIfNull(other, name);
        if (other.Count != x.Count)
        {
            throw new ArgumentException($"'{name}' has {other.Count} values but x has {x.Count}.", name);
        }
    }
}
