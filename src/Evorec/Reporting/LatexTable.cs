using System.Globalization;
using System.Text;

namespace Evorec.Reporting;

/// <summary>
/// <c>summary.tex</c>: the summary as a booktabs table (<c>\usepackage{booktabs}</c>) ready for <c>\input</c> — one block
/// of rows per task family: success rate with its 95% Wilson interval, ERT, and the medians of evaluations to solve,
/// final error and test error. The best value of each task is bold; a dagger marks a value significantly worse than the
/// best (two-sided, Holm-adjusted p &lt; 0.05, see <see cref="SummaryTable"/>).
/// </summary>
public static class LatexTable
{
    /// <summary>The LaTeX table's file name.</summary>
    public const string FileName = "summary.tex";

    /// <summary>The table's text.</summary>
    public static string Render(ReportContent content)
    {
        string title = ReportHeader.Title(content.Results);
        var tex = new StringBuilder();
        tex.Append(CultureInfo.InvariantCulture, $"% Written by evorec report from {Escape(title)}; needs \\usepackage{{booktabs}}.\n");
        tex.Append("\\begin{table}[htbp]\n\\centering\n");
        tex.Append(CultureInfo.InvariantCulture, $"\\caption{{{Escape(title)}: success rate with its 95\\% Wilson interval, expected running time (ERT: evaluations of all runs over solved runs), and medians over runs. ");
        tex.Append("Bold: the best value of its task; $^{\\dagger}$: significantly worse than the best (two-sided, Holm-adjusted $p < 0.05$; Fisher's exact test for success, Mann-Whitney U for ERT and final error).}\n");
        tex.Append(CultureInfo.InvariantCulture, $"\\label{{tab:{Label(title)}}}\n");
        tex.Append("\\begin{tabular}{llrrrrr}\n\\toprule\n");
        tex.Append("Task & Method & Success [95\\% CI] & ERT & Evaluations to solve & Final error & Test error \\\\\n");
        var families = content.Results.Families;
        foreach (TaskFamily family in families)
        {
            tex.Append("\\midrule\n");
            bool first = true;
            foreach (SummaryTableRow row in SummaryTable.Of(content, family))
            {
                ExperimentSummary s = row.Summary;
                tex.Append(first ? Escape(family.Title) : string.Empty).Append(" & ").Append(Escape(row.Experiment.ShortName));
                tex.Append(" & ").Append(Mark(row, SummaryColumn.SuccessRate, Success(s)));
                tex.Append(" & ").Append(Mark(row, SummaryColumn.ExpectedRunningTime, Number(SummaryBuilder.ErtCell(s))));
                tex.Append(" & ").Append(Mark(row, SummaryColumn.EvaluationsToSolve, Number(s.EvaluationsToSolve.Median)));
                tex.Append(" & ").Append(Mark(row, SummaryColumn.FinalError, Number(s.FinalError.Median)));
                tex.Append(" & ").Append(Mark(row, SummaryColumn.TestError, Number(s.TestError.Median)));
                tex.Append(" \\\\\n");
                first = false;
            }
        }

        tex.Append("\\bottomrule\n\\end{tabular}\n\\end{table}\n");
        return tex.ToString();
    }

    /// <summary>
    /// A number for a table cell: <c>--</c> when missing, <c>$\infty$</c>, integers from 1,000 with <c>{,}</c> thousands
    /// separators, three significant digits otherwise, and <c>$1.23\times10^{-5}$</c> below 0.001 or from 10⁶.
    /// </summary>
    public static string Number(double? value)
    {
        if (value is not { } v || double.IsNaN(v))
        {
            return "--";
        }

        if (double.IsPositiveInfinity(v))
        {
            return "$\\infty$";
        }

        double magnitude = Math.Abs(v);
        if (v != 0 && (magnitude < 1e-3 || magnitude >= 1e6))
        {
            int exponent = (int)Math.Floor(Math.Log10(magnitude));
            double mantissa = Math.Round(v / Math.Pow(10, exponent), 2);
            if (Math.Abs(mantissa) >= 10)
            {
                mantissa /= 10;
                exponent++;
            }

            return string.Create(CultureInfo.InvariantCulture, $"${mantissa:0.##}\\times10^{{{exponent}}}$");
        }

        return magnitude >= 1000
            ? Math.Round(v).ToString("N0", CultureInfo.InvariantCulture).Replace(",", "{,}", StringComparison.Ordinal)
            : v.ToString("G3", CultureInfo.InvariantCulture);
    }

    /// <summary>Escapes LaTeX's special characters in text.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            escaped.Append(c switch
            {
                '\\' => "\\textbackslash{}",
                '&' or '%' or '$' or '#' or '_' or '{' or '}' => "\\" + c,
                '~' => "\\textasciitilde{}",
                '^' => "\\textasciicircum{}",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static string Success(ExperimentSummary s) =>
        s.SuccessRate is not { } rate ? "--"
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Round(rate * 100):0}\\% [{Math.Round(s.SuccessRateCi95Low!.Value * 100):0}, {Math.Round(s.SuccessRateCi95High!.Value * 100):0}]");

    private static string Mark(SummaryTableRow row, SummaryColumn column, string value) =>
        row.Best.Contains(column) ? $"\\textbf{{\\boldmath {value}}}"
        : row.SignificantlyWorse.Contains(column) ? value + "$^{\\dagger}$"
        : value;

    private static string Label(string title) =>
        "evorec-" + new string(title.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
}
