using System.Globalization;
using System.Text.Json.Nodes;
using Evorec.Reporting;

namespace Evorec.Tests.Reporting;

/// <summary>One run of a hand-made results folder: whether and when it solved, what it spent, its errors.</summary>
internal sealed record FakeRun(bool Solved, long EvaluationsToSolve, long Evaluations, double? FinalError, double? TestError, string Status = "finished", long? SolvingEvaluation = null);

/// <summary>One experiment of a hand-made results folder.</summary>
internal sealed record FakeExperiment(string Name, string Group, string Network, string Trainer, FakeRun[] Runs, string Task = "task", string TaskHash = "hash-1");

/// <summary>Writes results folders by hand (manifest, run files and run logs), so report tests control every number.</summary>
internal static class FakeResults
{
    public static void Write(string folder, string suite, params FakeExperiment[] experiments) =>
        Write(folder, suite, gitCommit: null, gitDirty: null, experiments);

    public static void Write(string folder, string suite, string? gitCommit, bool? gitDirty, params FakeExperiment[] experiments)
    {
        var manifest = new SuiteManifest
        {
            Suite = suite,
            GitCommit = gitCommit,
            GitDirty = gitDirty,
            Seed = 1,
            ConfigPath = "suite.json",
            Experiments = experiments.Select(e => new ManifestExperiment
            {
                Name = e.Name,
                Group = e.Group,
                Task = e.Task,
                Network = e.Network,
                Trainer = e.Trainer,
                Runs = e.Runs.Length,
                Hash = "h-" + e.Name,
                TaskHash = e.TaskHash,
                Config = JsonNode.Parse("{}")!,
            }).ToArray(),
            EvorecVersion = "test",
            DotnetVersion = "test",
            Os = "test",
            Cpu = "test",
            Threads = 1,
            StartedAt = "2025-01-01T00:00:00Z",
            FinishedAt = "2025-01-01T00:01:00Z",
            Status = "finished",
        };
        ResultsJson.Write(Path.Combine(folder, SuiteManifest.FileName), manifest);
        foreach (FakeExperiment experiment in experiments)
        {
            for (int k = 0; k < experiment.Runs.Length; k++)
            {
                FakeRun run = experiment.Runs[k];
                ResultsJson.Write(ResultsLayout.RunResultPath(folder, experiment.Name, k), new RunResult
                {
                    Experiment = experiment.Name,
                    Run = k,
                    Seed = 1,
                    TaskSeed = 2,
                    Status = run.Status,
                    Solved = run.Solved,
                    EvaluationsToSolve = run.Solved ? run.EvaluationsToSolve : null,
                    FinalError = run.FinalError,
                    TestError = run.TestError,
                    WallSeconds = 0.5 + k,
                    Evaluations = run.Evaluations,
                    Generations = (int)(run.Evaluations / 100),
                    Metrics = run.SolvingEvaluation is { } index
                        ? new SortedDictionary<string, double?>(StringComparer.Ordinal) { [SummaryBuilder.SolvingEvaluationMetric] = index }
                        : new SortedDictionary<string, double?>(StringComparer.Ordinal),
                });
                RunLog(run).Write(ResultsLayout.RunLogPath(folder, experiment.Name, k));
            }
        }
    }

    /// <summary>A log with a generation every 100 evaluations, the best-so-far error halving from 1 down to the final error.</summary>
    private static CsvTable RunLog(FakeRun run)
    {
        var table = new CsvTable(RunLogColumns.Required);
        double error = 1;
        for (long evaluations = 100, generation = 0; evaluations <= run.Evaluations; evaluations += 100, generation++)
        {
            error = Math.Max(run.FinalError ?? 1, error / 2);
            table.Add(
                generation.ToString(CultureInfo.InvariantCulture),
                evaluations.ToString(CultureInfo.InvariantCulture),
                (evaluations * 10).ToString(CultureInfo.InvariantCulture),
                CsvTable.Format(generation * 0.1),
                CsvTable.Format(1 / (1 + error)),
                CsvTable.Format(0.5 / (1 + error)),
                CsvTable.Format(error),
                CsvTable.Format(error));
        }

        return table;
    }

    /// <summary>
    /// Three methods on one task, four runs each (evaluations to solve, unsolved = ∞; final errors):
    /// A: 100, 200, 300, ∞; 0.1, 0.2, 0.3, 0.4. B: ∞ × 4; 0.5, 0.6, 0.7, 0.8. C: 150, ∞ × 3; 0.15, 0.55, 0.65, ∞ (not finite).
    /// Budget 1,000 evaluations.
    /// </summary>
    public static FakeExperiment[] ThreeMethods() =>
    [
        new("t/a", "t", "elman", "ga", [new(true, 100, 100, 0.1, 0.11), new(true, 200, 200, 0.2, 0.21), new(true, 300, 300, 0.3, 0.31), new(false, 0, 1000, 0.4, 0.41)]),
        new("t/b", "t", "elman", "rwg", [new(false, 0, 1000, 0.5, 0.51), new(false, 0, 1000, 0.6, 0.61), new(false, 0, 1000, 0.7, 0.71), new(false, 0, 1000, 0.8, 0.81)]),
        new("t/c", "t", "elman", "cma-es", [new(true, 150, 150, 0.15, 0.16), new(false, 0, 1000, 0.55, 0.56), new(false, 0, 1000, 0.65, 0.66), new(false, 0, 1000, null, null)]),
    ];
}
