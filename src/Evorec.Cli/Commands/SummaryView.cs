using System.Globalization;
using Evorec.Reporting;
using Spectre.Console;

namespace Evorec.Cli.Commands;

/// <summary>The summary table printed at the end of <c>run</c> and <c>report</c>.</summary>
internal static class SummaryView
{
    public static void Print(IReadOnlyList<ExperimentSummary> summaries, string folder)
    {
        var table = new Table().AddColumns("experiment", "runs", "solved", "evals to solve (mean)", "final error (median)", "test error (median)", "s/run");
        foreach (ExperimentSummary s in summaries)
        {
            table.AddRow(
                Markup.Escape(s.Name),
                s.FailedRuns > 0 ? $"{s.FinishedRuns}/{s.Runs} ([red]{s.FailedRuns} failed[/])" : $"{s.FinishedRuns}/{s.Runs}",
                $"{s.SolvedRuns}",
                Number(s.EvaluationsToSolve.Mean, "N0"),
                Number(s.FinalError.Median, "G3"),
                Number(s.TestError.Median, "G3"),
                Number(s.WallSeconds.Mean, "F2"));
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine($"results: {Markup.Escape(Path.GetFullPath(folder))} (summary.json, summary.csv, comparisons.csv, summary.tex, report.md, report.html, plots/)");
    }

    private static string Number(double? value, string format) =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "—";
}
