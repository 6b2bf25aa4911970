using System.Text;
using System.Text.Json.Nodes;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Reporting;
using Evorec.Tasks;

namespace Evorec.Experiments;

/// <summary>
/// Rebuilds the best network saved in a run file from the configuration recorded in its
/// results folder's manifest, and re-evaluates it on the same task instance with the same
/// evaluation key: a faithful record gives the same error and fitness to the last bit.
/// </summary>
public static class RunReplay
{
    /// <summary>Replays the run file at <paramref name="runPath"/>.</summary>
    /// <exception cref="ConfigException">The file, its manifest or its configuration cannot be used.</exception>
    public static ReplayOutcome Replay(string runPath, Registry registry)
    {
        if (!File.Exists(runPath))
        {
            throw new ConfigException(runPath, "file not found");
        }

        RunResult run;
        try
        {
            run = ResultsJson.Read<RunResult>(runPath);
        }
        catch (InvalidDataException exception)
        {
            throw new ConfigException(runPath, exception.Message);
        }

        if (run.Status != RunResult.FinishedStatus || run.BestParameters.Length == 0)
        {
            throw new ConfigException(runPath, $"run {run.Run} of '{run.Experiment}' did not finish, so it has no best network to replay");
        }

        string manifestPath = FindResultsFolder(runPath);
        SuiteManifest manifest;
        try
        {
            manifest = ManifestSet.Read(manifestPath);
        }
        catch (InvalidDataException exception)
        {
            throw new ConfigException(manifestPath, exception.Message);
        }

        ManifestExperiment experiment = manifest.Experiments.FirstOrDefault(e => e.Name == run.Experiment)
            ?? throw new ConfigException(manifestPath, $"the manifest has no experiment '{run.Experiment}'");
        ExperimentPlan plan = Rebuild(experiment, manifest.Seed, manifestPath, registry);
        var planned = new PlannedRun(plan, run.Run, new StreamKey(run.Seed), Seeds.Task(manifest.Seed, plan, run.Run));
        if (planned.TaskKey.Value != run.TaskSeed)
        {
            throw new ConfigException(runPath, "the task configuration recorded in the manifest does not give this run's task seed; the folder was edited or written by another version");
        }

        ITask task = RunFactory.CreateTask(planned);
        NetworkSpec spec = RunFactory.CreateNetwork(planned, manifest.Seed, task);
        if (!spec.Accepts(run.BestParameters))
        {
            throw new ConfigException(runPath, spec.HasFixedLayout
                ? $"best_parameters has {run.BestParameters.Length} values, the network has {spec.Layout.Count}"
                : $"best_parameters is not a valid {spec.Kind} parameter vector");
        }

        IRecurrentNetwork network = spec.Create();
        try
        {
            spec.Load(run.BestParameters, network);
        }
        catch (ArgumentException exception)
        {
            throw new ConfigException(runPath, $"best_parameters does not fit the network: {exception.Message}");
        }

        ITaskEvaluator evaluator = task.CreateEvaluator();
        Evaluation training = evaluator.Evaluate(network, new StreamKey(run.BestEvaluationKey ?? 0));
        Evaluation test = evaluator.Test(network);
        return new ReplayOutcome(run, training, test);
    }

    private static ExperimentPlan Rebuild(ManifestExperiment experiment, long seed, string manifestPath, Registry registry)
    {
        JsonNode config = experiment.Config;
        var suite = new JsonObject
        {
            ["suite"] = "replay",
            ["seed"] = seed,
            ["runs"] = 1,
            ["experiments"] = new JsonArray(new JsonObject
            {
                ["name"] = "replay",
                ["task"] = config["task"]?.DeepClone(),
                ["network"] = config["network"]?.DeepClone(),
                ["trainer"] = config["trainer"]?.DeepClone(),
                ["budget"] = WithoutNulls(config["budget"]),
            }),
        };
        try
        {
            SuitePlan plan = SuiteLoader.LoadJson(Encoding.UTF8.GetBytes(suite.ToJsonString()), manifestPath, [], registry);
            return plan.Experiments.Single();
        }
        catch (ConfigException exception)
        {
            throw new ConfigException(manifestPath, $"the configuration of '{experiment.Name}' can no longer be built: {exception.Message}");
        }
    }

    private static JsonNode WithoutNulls(JsonNode? node)
    {
        var result = new JsonObject();
        foreach (var (key, value) in node?.AsObject() ?? [])
        {
            if (value is not null)
            {
                result[key] = value.DeepClone();
            }
        }

        return result;
    }

    /// <summary>The nearest folder at or above the run file that holds a manifest (of an unsharded run or of shards).</summary>
    private static string FindResultsFolder(string runPath)
    {
        for (var folder = new FileInfo(runPath).Directory; folder is not null; folder = folder.Parent)
        {
            if (ManifestSet.Exists(folder.FullName))
            {
                return folder.FullName;
            }
        }

        throw new ConfigException(runPath, $"no {SuiteManifest.FileName} in its folder or any folder above it");
    }
}

/// <summary>A replayed run: its record and the re-evaluations.</summary>
/// <param name="Recorded">The run file.</param>
/// <param name="Training">The best network re-evaluated on the training protocol with its recorded evaluation key.</param>
/// <param name="Test">The best network re-evaluated on the test protocol.</param>
public sealed record ReplayOutcome(RunResult Recorded, Evaluation Training, Evaluation Test)
{
    /// <summary>Whether the re-evaluations equal the record to the last bit (non-finite values are recorded as null).</summary>
    public bool Matches =>
        Same(Recorded.FinalError, Training.Error) && Same(Recorded.BestFitness, Training.Fitness) && Same(Recorded.TestError, Test.Error);

    private static bool Same(double? recorded, double value) =>
        recorded is { } r ? r.Equals(value) : !double.IsFinite(value);
}
