using System.Text.Json.Nodes;
using System.Security.Cryptography;
using System.Text;
using Evorec.Networks;
using Evorec.Reporting;
using Evorec.Tasks;
using Evorec.Training;

namespace Evorec.Experiments;

/// <summary>
/// Runs a suite into a results folder: every (experiment, run) pair as a job on a
/// <see cref="WorkerPool"/>, each run's log, result and (where the task can replay its best network,
/// <see cref="ITraceable"/>) trace written atomically as soon as it ends,
/// then the summary, report and plots. Runs already finished in the folder (same experiment hash) are skipped, so
/// an interrupted suite resumes where it stopped; an experiment whose configuration changed is
/// refused unless forced.
/// </summary>
public sealed class SuiteRunner(SuitePlan plan, RunnerOptions options, IRunProgress progress)
{
    /// <summary>Runs the suite. Cancelling stops between generations; finished runs stay.</summary>
    /// <exception cref="ConfigException">The folder holds results of a changed experiment and <see cref="RunnerOptions.Force"/> is off.</exception>
    /// <exception cref="ResultsWriteException">The folder cannot be written.</exception>
    public SuiteOutcome Run(CancellationToken cancellation)
    {
        string folder = options.OutputFolder;
        SuiteManifest? previous = ReadPreviousManifest(folder);
        CheckUnchanged(previous);
        AtomicFile.RemoveAbandonedTemporaries(folder);
        string startedAt = DateTime.UtcNow.ToString("O");
        WriteManifest(folder, previous, startedAt, null, "running");

        var pending = new List<PlannedRun>();
        int skipped = 0;
        int position = -1;
        foreach (PlannedRun run in plan.Runs())
        {
            position++;
            if (options.Shard is { } shard && !shard.Contains(position))
            {
                continue;
            }

            if (!options.Force || previous?.Experiments.FirstOrDefault(e => e.Name == run.Experiment.Name)?.Hash == run.Experiment.Hash)
            {
                if (IsFinished(folder, run))
                {
                    skipped++;
                    continue;
                }
            }

            pending.Add(run);
        }

        progress.SuiteStarted(plan, pending);
        int failed = 0;
        int executed = 0;
        ResultsWriteException? writeFailure = null;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        var pool = new WorkerPool(Math.Max(1, options.Threads));
        pool.Run(pending.Select<PlannedRun, Action<IParallelExecutor>>(run => executor =>
        {
            if (stop.IsCancellationRequested)
            {
                return;
            }

            RunResult? result;
            try
            {
                result = Execute(run, executor, stop.Token);
            }
            catch (ResultsWriteException exception)
            {
                // A folder that cannot be written fails every run alike: stop the suite and report the path.
                Interlocked.CompareExchange(ref writeFailure, exception, null);
                stop.Cancel();
                return;
            }

            if (result is null)
            {
                return;
            }

            Interlocked.Increment(ref executed);
            if (result.Status == RunResult.FailedStatus)
            {
                Interlocked.Increment(ref failed);
            }

            progress.RunEnded(run, result);
        }));

        if (writeFailure is not null)
        {
            throw writeFailure;
        }

        bool interrupted = cancellation.IsCancellationRequested;

        // The manifest is final before the report is written, so the report shows the suite's final status.
        string status = interrupted ? "interrupted" : failed > 0 ? "failed" : "finished";
        WriteManifest(folder, previous, startedAt, DateTime.UtcNow.ToString("O"), status);

        // A shard writes no summary: `evorec report` merges the shards' manifests and builds it once all are done.
        IReadOnlyList<ExperimentSummary> summaries = options.Shard is null ? ReportWriter.Write(folder) : SummaryBuilder.Build(folder);
        return new SuiteOutcome(summaries, executed, skipped, failed, interrupted);
    }

    /// <summary>Runs one planned run and writes its files; null when it was cancelled (nothing written).</summary>
    private RunResult? Execute(PlannedRun run, IParallelExecutor executor, CancellationToken cancellation)
    {
        string folder = options.OutputFolder;
        var records = new List<GenerationRecord>();
        RunResult result;
        TaskTrace? trace = null;
        try
        {
            ITask task = RunFactory.CreateTask(run);
            NetworkSpec network = RunFactory.CreateNetwork(run, plan.Seed, task);
            ITrainer trainer = RunFactory.CreateTrainer(run, network, task, executor);
            TrainingOutcome outcome = TrainingLoop.Run(trainer, run.Experiment.Budget, record =>
            {
                records.Add(record);
                progress.Generation(run, record);
            }, cancellation);
            result = Describe(run, task, trainer, outcome);
            trace = task.CreateEvaluator() is ITraceable traceable ? traceable.Trace(trainer.CreateBestNetwork()) : null;
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception exception) when (exception is not ResultsWriteException)
        {
            result = new RunResult
            {
                Experiment = run.Experiment.Name,
                Run = run.Index,
                Seed = run.TrainerKey.Value,
                TaskSeed = run.TaskKey.Value,
                Status = RunResult.FailedStatus,
                Error = $"{exception.GetType().Name}: {exception.Message}",
                Generations = records.Count,
                Evaluations = records.Count > 0 ? records[^1].Evaluations : 0,
            };
        }

        RunLogWriter.ToTable(records).Write(ResultsLayout.RunLogPath(folder, run.Experiment.Name, run.Index));
        if (trace is not null)
        {
            TraceWriter.ToTable(trace).Write(ResultsLayout.TracePath(folder, run.Experiment.Name, run.Index));
        }

        ResultsJson.Write(ResultsLayout.RunResultPath(folder, run.Experiment.Name, run.Index), result);
        return result;
    }

    private static RunResult Describe(PlannedRun run, ITask task, ITrainer trainer, TrainingOutcome outcome)
    {
        BestCandidate best = trainer.Best!;
        IRecurrentNetwork network = trainer.CreateBestNetwork();
        ITaskEvaluator evaluator = task.CreateEvaluator();
        Evaluation test = evaluator.Test(network);
        var metrics = new SortedDictionary<string, double?>(StringComparer.Ordinal);
        foreach (var (name, value) in task.Baselines)
        {
            metrics[name] = ResultsJson.Finite(value);
        }

        foreach (var (name, value) in evaluator.TestMetrics(network))
        {
            metrics[name] = ResultsJson.Finite(value);
        }

        if (trainer is ITrainerMetrics trainerMetrics)
        {
            foreach (var (name, value) in trainerMetrics.RunMetrics)
            {
                metrics[name] = ResultsJson.Finite(value);
            }
        }

        metrics["test_fitness"] = ResultsJson.Finite(test.Fitness);
        if (trainer.Solved is { } solved)
        {
            metrics[SummaryBuilder.SolvingEvaluationMetric] = solved.SolvingEvaluation;
            metrics["solving_generation"] = solved.Generation;
            foreach (var (name, value) in solved.Metrics)
            {
                metrics[name] = ResultsJson.Finite(value);
            }
        }

        GenerationRecord last = outcome.Records[^1];
        return new RunResult
        {
            Experiment = run.Experiment.Name,
            Run = run.Index,
            Seed = run.TrainerKey.Value,
            TaskSeed = run.TaskKey.Value,
            Status = RunResult.FinishedStatus,
            StopReason = outcome.StopReason,
            Solved = trainer.Solved is not null,
            EvaluationsToSolve = trainer.Solved?.Evaluations,
            FinalError = ResultsJson.Finite(best.Error),
            BestFitness = ResultsJson.Finite(best.Fitness),
            TestError = ResultsJson.Finite(test.Error),
            WallSeconds = outcome.WallSeconds,
            NetworkSteps = last.NetworkSteps,
            Generations = outcome.Records.Count,
            Evaluations = last.Evaluations,
            BestEvaluationKey = best.EvaluationKey.Value,
            BestParameters = best.Parameters,
            Metrics = metrics,
        };
    }

    private static bool IsFinished(string folder, PlannedRun run)
    {
        string path = ResultsLayout.RunResultPath(folder, run.Experiment.Name, run.Index);
        if (!File.Exists(path) || !File.Exists(ResultsLayout.RunLogPath(folder, run.Experiment.Name, run.Index)))
        {
            return false;
        }

        try
        {
            return ResultsJson.Read<RunResult>(path).Status == RunResult.FinishedStatus;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    private static SuiteManifest? ReadPreviousManifest(string folder)
    {
        if (!ManifestSet.Exists(folder))
        {
            return null;
        }

        try
        {
            return ManifestSet.Read(folder);
        }
        catch (InvalidDataException exception)
        {
            throw new ConfigException(folder, $"the results folder's manifests cannot be read ({exception.Message}); choose another --out folder");
        }
    }

    private void CheckUnchanged(SuiteManifest? previous)
    {
        if (previous is null || options.Force)
        {
            return;
        }

        var errors = new List<ConfigError>();
        foreach (ExperimentPlan experiment in plan.Experiments)
        {
            ManifestExperiment? old = previous.Experiments.FirstOrDefault(e => e.Name == experiment.Name);
            if (old is not null && old.Hash != experiment.Hash)
            {
                errors.Add(new ConfigError(experiment.Path, $"experiment '{experiment.Name}' changed since its results in {options.OutputFolder} were written; use --force to recompute it, or another --out folder"));
            }
        }

        if (errors.Count > 0)
        {
            throw new ConfigException(errors);
        }
    }

    /// <summary>Writes the manifest: this plan's experiments, then any earlier ones of the folder that this plan does not name (so --only keeps them).</summary>
    private void WriteManifest(string folder, SuiteManifest? previous, string startedAt, string? finishedAt, string status)
    {
        var experiments = plan.Experiments.Select(ToManifest).ToList();
        experiments.AddRange(previous?.Experiments.Where(old => experiments.All(e => e.Name != old.Name)) ?? []);
        var manifest = new SuiteManifest
        {
            Suite = plan.Suite,
            Seed = plan.Seed,
            ConfigPath = plan.SourcePath,
            Overrides = options.Overrides,
            Experiments = experiments,
            EvorecVersion = EnvironmentInfo.Version,
            GitCommit = EnvironmentInfo.GitCommit,
            GitDirty = EnvironmentInfo.GitDirty,
            DotnetVersion = EnvironmentInfo.Dotnet,
            Os = EnvironmentInfo.Os,
            Cpu = EnvironmentInfo.Cpu,
            ProcessorCount = Environment.ProcessorCount,
            Threads = options.Threads,
            StartedAt = startedAt,
            FinishedAt = finishedAt,
            Status = status,
        };
        string name = options.Shard is { } shard ? ManifestSet.ShardFileName(shard.Index, shard.Count) : SuiteManifest.FileName;
        ResultsJson.Write(Path.Combine(folder, name), manifest);
    }

    private static ManifestExperiment ToManifest(ExperimentPlan experiment) => new()
    {
        Name = experiment.Name,
        Group = experiment.Group,
        Task = experiment.Task.Label,
        Network = experiment.Network.Label,
        Trainer = experiment.Trainer.Label,
        Runs = experiment.Runs,
        Hash = experiment.Hash,
        TaskHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(experiment.Task.CanonicalJson))),
        Config = JsonNode.Parse(experiment.CanonicalJson)!,
    };
}
