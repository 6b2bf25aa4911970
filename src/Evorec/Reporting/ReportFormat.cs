using System.Globalization;

namespace Evorec.Reporting;

/// <summary>How the report documents write numbers (invariant culture; an em dash for a missing value).</summary>
public static class ReportFormat
{
    /// <summary>The text of a missing value.</summary>
    public const string Missing = "—";

    /// <summary>A number to three significant digits (counts of evaluations with thousands separators).</summary>
    public static string Number(double? value) => value switch
    {
        null => Missing,
        double.PositiveInfinity => "∞",
        double v when double.IsNaN(v) => Missing,
        double v when Math.Abs(v) >= 1000 => v.ToString("N0", CultureInfo.InvariantCulture),
        double v => v.ToString("G3", CultureInfo.InvariantCulture),
    };

    /// <summary>A rate as a whole percentage.</summary>
    public static string Percent(double? value) => value is { } v ? v.ToString("P0", CultureInfo.InvariantCulture).Replace(" ", string.Empty, StringComparison.Ordinal) : Missing;

    /// <summary>A success rate with its Wilson interval: <c>80% [49%, 94%]</c>.</summary>
    public static string SuccessRate(ExperimentSummary summary) =>
        summary.SuccessRate is null ? Missing : $"{Percent(summary.SuccessRate)} [{Percent(summary.SuccessRateCi95Low)}, {Percent(summary.SuccessRateCi95High)}]";

    /// <summary>A mean with its bootstrap interval: <c>1,234 [1,000, 1,500]</c>.</summary>
    public static string MeanInterval(SummaryStatistic statistic) =>
        statistic.Mean is null ? Missing
        : statistic.Ci95Low is null ? Number(statistic.Mean)
        : $"{Number(statistic.Mean)} [{Number(statistic.Ci95Low)}, {Number(statistic.Ci95High)}]";

    /// <summary>A p-value to two significant digits, or <c>&lt;0.001</c>.</summary>
    public static string PValue(double p) => p < 0.001 ? "<0.001" : p.ToString("G2", CultureInfo.InvariantCulture);

    /// <summary>Seconds with two decimals.</summary>
    public static string Seconds(double? value) => value is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) : Missing;
}
