using System.Globalization;

namespace Evorec.Reporting;

/// <summary>The title, provenance lines and reading guide every report document starts with.</summary>
public static class ReportHeader
{
    /// <summary>How to read the tables, in one paragraph.</summary>
    public const string HowToRead =
        "Success: solved runs over finished runs, with the 95% Wilson score interval. ERT: expected running time, the "
        + "evaluations of all runs (up to solving, or all of an unsolved run's) over the number of solved runs (COCO's aRT; ∞ when none solved). "
        + "Means come with 95% percentile-bootstrap intervals (10,000 seeded resamples). Bold: the best value of its task; "
        + "†: significantly worse than the best (two-sided, Holm-adjusted p < 0.05; Fisher's exact test for success, "
        + "Mann-Whitney U on evaluations to solve with unsolved runs ranked worst for ERT, Mann-Whitney U for final error). "
        + "All pairwise tests are in comparisons.csv.";

    /// <summary>The report's title: the suite, or the suites merged.</summary>
    public static string Title(ResultsSet results)
    {
        var suites = results.Sources.Select(s => s.Manifest.Suite).Distinct(StringComparer.Ordinal).ToArray();
        return suites.Length == 1 ? suites[0] : "Comparison of " + string.Join(", ", suites);
    }

    /// <summary>One line per results folder: suite, seed, version, runtime, machine, threads, status.</summary>
    public static IEnumerable<string> Provenance(ResultsSet results) =>
        results.Sources.Select(source =>
        {
            SuiteManifest m = source.Manifest;
            string changes = m.GitDirty == true ? " with uncommitted changes" : string.Empty;
            string commit = m.GitCommit is null ? string.Empty : $" ({m.GitCommit[..Math.Min(12, m.GitCommit.Length)]}{changes})";
            string prefix = results.Sources.Count > 1 ? $"{m.Suite} ({source.Folder}): s" : "S";
            return string.Create(
                CultureInfo.InvariantCulture,
                $"{prefix}uite seed {m.Seed}; Evorec {m.EvorecVersion}{commit}; {m.DotnetVersion}; {m.Os}; {m.Cpu}; {m.Threads} threads; status {m.Status}.");
        });
}
