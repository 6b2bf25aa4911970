using System.Globalization;
using System.Text;

namespace Evorec.Reporting;

/// <summary>
/// Builds everything a results folder reports from its run files: <c>summary.json</c>,
/// <c>summary.csv</c>, the plots (<see cref="ReportPlots"/>) and <c>report.md</c>.
/// </summary>
public static class ReportWriter
{
    /// <summary>The Markdown report's file name.</summary>
    public const string MarkdownFileName = "report.md";

    /// <summary>Writes the summary files and the report of <paramref name="folder"/>; returns the summaries.</summary>
    public static IReadOnlyList<ExperimentSummary> Write(string folder)
    {
        IReadOnlyList<ExperimentSummary> summaries = SummaryBuilder.Write(folder);
        var manifest = ManifestSet.Read(folder);
        var plots = ReportPlots.Write(folder, manifest);
        AtomicFile.WriteAllText(Path.Combine(folder, MarkdownFileName), Markdown(manifest, summaries, plots));
        return summaries;
    }

    /// <summary>The Markdown report.</summary>
    public static string Markdown(SuiteManifest manifest, IReadOnlyList<ExperimentSummary> summaries, IReadOnlyList<(string Title, string Path)> plots)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {manifest.Suite}\n\n");
        text.Append(CultureInfo.InvariantCulture, $"Suite seed {manifest.Seed}; Evorec {manifest.EvorecVersion}");
        text.Append(manifest.GitCommit is null ? string.Empty : $" ({manifest.GitCommit[..Math.Min(12, manifest.GitCommit.Length)]})");
        text.Append(CultureInfo.InvariantCulture, $"; {manifest.DotnetVersion}; {manifest.Cpu}; {manifest.Threads} threads; status {manifest.Status}.\n\n");
        foreach (var group in summaries.GroupBy(s => s.Group))
        {
            text.Append(CultureInfo.InvariantCulture, $"## {group.Key}\n\n");
            text.Append("| experiment | task | network | trainer | runs | solved | success | evaluations to solve, mean [95% CI] | median | final error, median | test error, median | seconds per run |\n");
            text.Append("|---|---|---|---|---:|---:|---:|---|---:|---:|---:|---:|\n");
            foreach (ExperimentSummary s in group)
            {
                string failed = s.FailedRuns > 0 ? $" ({s.FailedRuns} failed)" : string.Empty;
                text.Append(CultureInfo.InvariantCulture, $"| {s.Name} | {s.Task} | {s.Network} | {s.Trainer} | {s.FinishedRuns}/{s.Runs}{failed} | {s.SolvedRuns} | {Percent(s.SuccessRate)} | {Interval(s.EvaluationsToSolve, "N0")} | {Number(s.EvaluationsToSolve.Median, "N0")} | {Number(s.FinalError.Median, "G3")} | {Number(s.TestError.Median, "G3")} | {Number(s.WallSeconds.Mean, "F2")} |\n");
            }

            text.Append('\n');
            foreach (var (title, path) in plots.Where(p => p.Title.StartsWith(group.Key + ":", StringComparison.Ordinal)))
            {
                text.Append(CultureInfo.InvariantCulture, $"![{title}]({path})\n\n");
            }
        }

        text.Append("Curves: median best-so-far error over runs, shaded between the 25th and 75th percentiles; each SVG has its data beside it as CSV.\n");
        return text.ToString();
    }

    private static string Interval(SummaryStatistic statistic, string format) =>
        statistic.Mean is null ? "—"
        : statistic.Ci95Low is null ? Number(statistic.Mean, format)
        : $"{Number(statistic.Mean, format)} [{Number(statistic.Ci95Low, format)}, {Number(statistic.Ci95High, format)}]";

    private static string Percent(double? value) => value is { } v ? v.ToString("P0", CultureInfo.InvariantCulture) : "—";

    private static string Number(double? value, string format) => value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "—";
}
