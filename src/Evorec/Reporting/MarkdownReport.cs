using System.Globalization;
using System.Text;

namespace Evorec.Reporting;

/// <summary>
/// <c>report.md</c>: for each task family a summary table (best values in bold, † where significantly worse than the
/// best), the pairwise comparison matrices and the plots, as GitHub renders Markdown.
/// </summary>
public static class MarkdownReport
{
    /// <summary>The Markdown report's file name.</summary>
    public const string FileName = "report.md";

    /// <summary>The report's text.</summary>
    public static string Render(ReportContent content)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {Escape(ReportHeader.Title(content.Results))}\n\n");
        foreach (string line in ReportHeader.Provenance(content.Results))
        {
            text.Append(Escape(line)).Append("\n\n");
        }

        text.Append(Escape(ReportHeader.HowToRead)).Append("\n\n");
        foreach (TaskFamily family in content.Results.Families)
        {
            text.Append(CultureInfo.InvariantCulture, $"## {Escape(family.Title)}\n\n");
            Table(text, content, family);
            Matrices(text, content, family);
            foreach (ReportFigure figure in content.FiguresOf(family))
            {
                text.Append(CultureInfo.InvariantCulture, $"![{Escape(figure.Title)}]({figure.Path})\n\n");
                text.Append(CultureInfo.InvariantCulture, $"*{Escape(figure.Caption)}* [data]({Path.ChangeExtension(figure.Path, ".csv")})\n\n");
            }
        }

        return text.ToString();
    }

    private static void Table(StringBuilder text, ReportContent content, TaskFamily family)
    {
        text.Append("| experiment | runs | success [95% CI] | ERT | evaluations to solve, mean [95% CI] | median | final error, median | test error, median | seconds per run |\n");
        text.Append("|---|---:|---|---:|---|---:|---:|---:|---:|\n");
        foreach (SummaryTableRow row in SummaryTable.Of(content, family))
        {
            ExperimentSummary s = row.Summary;
            string failed = s.FailedRuns > 0 ? $" ({s.FailedRuns} failed)" : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $"| {Escape(row.Experiment.Name)} | {s.FinishedRuns}/{s.Runs}{failed} ");
            text.Append(CultureInfo.InvariantCulture, $"| {Mark(row, SummaryColumn.SuccessRate, ReportFormat.SuccessRate(s))} ");
            text.Append(CultureInfo.InvariantCulture, $"| {Mark(row, SummaryColumn.ExpectedRunningTime, ReportFormat.Number(SummaryBuilder.ErtCell(s)))} ");
            text.Append(CultureInfo.InvariantCulture, $"| {ReportFormat.MeanInterval(s.EvaluationsToSolve)} ");
            text.Append(CultureInfo.InvariantCulture, $"| {Mark(row, SummaryColumn.EvaluationsToSolve, ReportFormat.Number(s.EvaluationsToSolve.Median))} ");
            text.Append(CultureInfo.InvariantCulture, $"| {Mark(row, SummaryColumn.FinalError, ReportFormat.Number(s.FinalError.Median))} ");
            text.Append(CultureInfo.InvariantCulture, $"| {Mark(row, SummaryColumn.TestError, ReportFormat.Number(s.TestError.Median))} ");
            text.Append(CultureInfo.InvariantCulture, $"| {ReportFormat.Seconds(s.WallSeconds.Mean)} |\n");
        }

        text.Append('\n');
    }

    private static void Matrices(StringBuilder text, ReportContent content, TaskFamily family)
    {
        var members = family.Members.Where(m => family.Members.Any(o => o != m && content.Between(m, o) is not null)).ToArray();
        if (members.Length < 2)
        {
            return;
        }

        foreach (var (quantity, heading) in ComparisonMatrix.Quantities)
        {
            text.Append(CultureInfo.InvariantCulture, $"**{Escape(heading)}** (bold: significant at α = {ComparisonBuilder.Alpha})\n\n");
            text.Append("| A \\ B | ").AppendJoin(" | ", members.Select(m => Escape(m.ShortName))).Append(" |\n");
            text.Append("|---|").AppendJoin("|", members.Select(_ => "---:")).Append("|\n");
            foreach (ExperimentResults row in members)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {Escape(row.ShortName)} |");
                foreach (ExperimentResults column in members)
                {
                    MatrixCell? cell = ComparisonMatrix.Cell(content, row, column, quantity);
                    string value = cell is null ? string.Empty
                        : cell.A12 is { } a12 ? $"{a12.ToString("F2", CultureInfo.InvariantCulture)}, p {ReportFormat.PValue(cell.AdjustedPValue)}"
                        : $"p {ReportFormat.PValue(cell.AdjustedPValue)}";
                    text.Append(' ').Append(cell is { Significant: true } ? $"**{value}**" : value).Append(" |");
                }

                text.Append('\n');
            }

            text.Append('\n');
        }
    }

    private static string Mark(SummaryTableRow row, SummaryColumn column, string value) =>
        row.Best.Contains(column) ? $"**{value}**" : row.SignificantlyWorse.Contains(column) ? $"{value} †" : value;

    /// <summary>Escapes the characters that would break a table cell or start Markdown emphasis.</summary>
    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal);
}
