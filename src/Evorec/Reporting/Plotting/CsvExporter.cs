using System.Globalization;

namespace Evorec.Reporting.Plotting;

/// <summary>
/// Writes the data of a <see cref="Plot"/> as tidy CSV, one row per series point, so the figure can be redrawn elsewhere
/// (pgfplots, matplotlib): columns <c>series,x,y,y_low,y_high</c>. Numbers use invariant culture and round-trip formatting;
/// missing values (NaN, infinite, or not applicable to the series kind) are empty cells. Band bounds are written as
/// plotted (crossed bounds already swapped). Rows end with <c>\n</c>.
/// </summary>
public static class CsvExporter
{
    /// <summary>The header row.</summary>
    public const string Header = "series,x,y,y_low,y_high";

    /// <summary>The plot's data as CSV text.</summary>
    /// <param name="plot">The plot.</param>
    /// <returns>The CSV text, header included.</returns>
    public static string Export(Plot plot)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Export(plot, writer);
        return writer.ToString();
    }

    /// <summary>Writes the plot's data as CSV to <paramref name="writer"/>.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="writer">Where the CSV text goes.</param>
    public static void Export(Plot plot, TextWriter writer)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(writer);
        writer.Write(Header);
        writer.Write('\n');
        foreach (var series in plot.Series)
        {
            var label = Quote(series.Label);
            for (var index = 0; index < series.X.Count; index++)
            {
                writer.Write(label);
                writer.Write(',');
                writer.Write(Number(series.X[index]));
                writer.Write(',');
                writer.Write(Number(series.Y[index]));
                writer.Write(',');
                writer.Write(series.Lower is null ? string.Empty : Number(series.Lower[index]));
                writer.Write(',');
                writer.Write(series.Upper is null ? string.Empty : Number(series.Upper[index]));
                writer.Write('\n');
            }
        }
    }

    private static string Number(double value) =>
        double.IsFinite(value) ? value.ToString("R", CultureInfo.InvariantCulture) : string.Empty;

    /// <summary>The field, quoted (RFC 4180) when it holds a comma, quote or line break.</summary>
    private static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
