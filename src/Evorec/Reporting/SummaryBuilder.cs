using System.Globalization;

namespace Evorec.Reporting;

/// <summary>
/// Builds <c>summary.json</c> and <c>summary.csv</c> of a results folder from its manifest and
/// run files alone (it never re-runs anything), so a summary can be rebuilt at any time.
/// </summary>
public static class SummaryBuilder
{
    /// <summary>The summary's JSON file name.</summary>
    public const string JsonFileName = "summary.json";

    /// <summary>The summary's CSV file name.</summary>
    public const string CsvFileName = "summary.csv";

    /// <summary>Reads the manifest and every run file of <paramref name="folder"/> and summarises each experiment.</summary>
    public static IReadOnlyList<ExperimentSummary> Build(string folder) => Build(ResultsSet.Read([folder]));

    /// <summary>Summarises every experiment of <paramref name="results"/>, named as the report names them.</summary>
    public static IReadOnlyList<ExperimentSummary> Build(ResultsSet results) =>
        results.Experiments.Select(e => Summarise(e.Experiment, e.Runs) with { Name = e.Name, Suite = e.Suite }).ToArray();

    /// <summary>Builds the summary of <paramref name="folder"/> and writes both summary files into it.</summary>
    public static IReadOnlyList<ExperimentSummary> Write(string folder)
    {
        IReadOnlyList<ExperimentSummary> summaries = Build(folder);
        Write(summaries, folder);
        return summaries;
    }

    /// <summary>Writes <c>summary.json</c> and <c>summary.csv</c> of <paramref name="summaries"/> into <paramref name="folder"/>.</summary>
    public static void Write(IReadOnlyList<ExperimentSummary> summaries, string folder)
    {
        ResultsJson.Write(Path.Combine(folder, JsonFileName), summaries);
        ToCsv(summaries).Write(Path.Combine(folder, CsvFileName));
    }

    /// <summary>The run results recorded for <paramref name="experiment"/> (absent runs are skipped).</summary>
    public static IReadOnlyList<RunResult> ReadRuns(string folder, ManifestExperiment experiment)
    {
        var runs = new List<RunResult>();
        for (int k = 0; k < experiment.Runs; k++)
        {
            string path = ResultsLayout.RunResultPath(folder, experiment.Name, k);
            if (File.Exists(path))
            {
                runs.Add(ResultsJson.Read<RunResult>(path));
            }
        }

        return runs;
    }

    /// <summary>The summary of one experiment's runs.</summary>
    public static ExperimentSummary Summarise(ManifestExperiment experiment, IReadOnlyList<RunResult> runs)
    {
        var finished = runs.Where(r => r.Status == RunResult.FinishedStatus).ToArray();
        var solved = finished.Where(ExperimentResults.IsSolved).ToArray();
        ulong seed = Numerics.StableHash.Of(experiment.Name);
        var successInterval = Inference.WilsonInterval.Of(solved.Length, finished.Length);
        double? ert = Inference.ExpectedRunningTime.Of(finished.Select(r => ExperimentResults.IsSolved(r)
            ? (true, (double)r.EvaluationsToSolve!.Value)
            : (false, (double)r.Evaluations)));
        return new ExperimentSummary
        {
            Name = experiment.Name,
            Group = experiment.Group,
            Task = experiment.Task,
            Network = experiment.Network,
            Trainer = experiment.Trainer,
            Runs = experiment.Runs,
            FinishedRuns = finished.Length,
            FailedRuns = runs.Count(r => r.Status == RunResult.FailedStatus),
            SolvedRuns = solved.Length,
            SuccessRate = finished.Length == 0 ? null : (double)solved.Length / finished.Length,
            SuccessRateCi95Low = successInterval?.Low,
            SuccessRateCi95High = successInterval?.High,
            ExpectedRunningTime = ert is { } value && double.IsFinite(value) ? value : null,
            EvaluationsToSolve = SummaryStatistic.Of(solved.Select(r => (double)r.EvaluationsToSolve!.Value).ToArray(), seed ^ 1),
            FinalError = SummaryStatistic.Of(finished.Where(r => r.FinalError.HasValue).Select(r => r.FinalError!.Value).ToArray(), seed ^ 2),
            TestError = SummaryStatistic.Of(finished.Where(r => r.TestError.HasValue).Select(r => r.TestError!.Value).ToArray(), seed ^ 3),
            WallSeconds = SummaryStatistic.Of(finished.Select(r => r.WallSeconds).ToArray(), seed ^ 4),
            SolvingEvaluation = SummaryStatistic.Of(SolvingEvaluations(solved), seed ^ 5),
        };
    }

    /// <summary>The recorded solving-evaluation indices of <paramref name="solved"/>, in run order.</summary>
    private static double[] SolvingEvaluations(IEnumerable<RunResult> solved) =>
        solved.Select(r => r.Metrics.TryGetValue(SolvingEvaluationMetric, out double? index) ? index : null)
            .Where(index => index.HasValue).Select(index => index!.Value).ToArray();

    /// <summary>The run-file metric that holds the 1-based index of the solving evaluation.</summary>
    public const string SolvingEvaluationMetric = "solving_evaluation";

    /// <summary>The summaries as a flat table, one row per experiment.</summary>
    public static CsvTable ToCsv(IReadOnlyList<ExperimentSummary> summaries)
    {
        string[] statistics = ["evaluations_to_solve", "final_error", "test_error", "wall_seconds"];
        var header = new List<string> { "name", "group", "task", "network", "trainer", "runs", "finished_runs", "failed_runs", "solved_runs", "success_rate" };
        foreach (string statistic in statistics)
        {
            header.AddRange([$"{statistic}_mean", $"{statistic}_median", $"{statistic}_ci95_low", $"{statistic}_ci95_high"]);
        }

        header.AddRange(["success_rate_ci95_low", "success_rate_ci95_high", "expected_running_time", "suite"]);
        header.AddRange(["solving_evaluation_mean", "solving_evaluation_median", "solving_evaluation_ci95_low", "solving_evaluation_ci95_high"]);

        var table = new CsvTable(header);
        foreach (ExperimentSummary s in summaries)
        {
            var cells = new List<string>
            {
                s.Name, s.Group, s.Task, s.Network, s.Trainer,
                s.Runs.ToString(CultureInfo.InvariantCulture),
                s.FinishedRuns.ToString(CultureInfo.InvariantCulture),
                s.FailedRuns.ToString(CultureInfo.InvariantCulture),
                s.SolvedRuns.ToString(CultureInfo.InvariantCulture),
                CsvTable.Format(s.SuccessRate),
            };
            foreach (SummaryStatistic statistic in new[] { s.EvaluationsToSolve, s.FinalError, s.TestError, s.WallSeconds })
            {
                cells.AddRange([CsvTable.Format(statistic.Mean), CsvTable.Format(statistic.Median), CsvTable.Format(statistic.Ci95Low), CsvTable.Format(statistic.Ci95High)]);
            }

            cells.AddRange([CsvTable.Format(s.SuccessRateCi95Low), CsvTable.Format(s.SuccessRateCi95High), CsvTable.Format(ErtCell(s)), s.Suite ?? string.Empty]);
            SummaryStatistic index = s.SolvingEvaluation;
            cells.AddRange([CsvTable.Format(index.Mean), CsvTable.Format(index.Median), CsvTable.Format(index.Ci95Low), CsvTable.Format(index.Ci95High)]);

            table.Add([.. cells]);
        }

        return table;
    }

    /// <summary>The ERT as a number: infinite when runs finished but none solved (JSON has no infinity, so the JSON holds null).</summary>
    public static double? ErtCell(ExperimentSummary summary) =>
        summary.ExpectedRunningTime ?? (summary.FinishedRuns > 0 ? double.PositiveInfinity : null);
}
