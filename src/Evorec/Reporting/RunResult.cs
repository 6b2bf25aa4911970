namespace Evorec.Reporting;

/// <summary>
/// The content of <c>&lt;experiment&gt;/run-&lt;k&gt;.json</c>: how one run ended. Errors and
/// fitness values that were not finite are written as null.
/// </summary>
public sealed record RunResult
{
    /// <summary>Status of a run that ran to the end of its budget or solved its task.</summary>
    public const string FinishedStatus = "finished";

    /// <summary>Status of a run that threw.</summary>
    public const string FailedStatus = "failed";

    /// <summary>The experiment's name.</summary>
    public required string Experiment { get; init; }

    /// <summary>The run index k.</summary>
    public required int Run { get; init; }

    /// <summary>The trainer's stream key (derived from suite seed, experiment name and run index).</summary>
    public required ulong Seed { get; init; }

    /// <summary>The task instance's stream key (shared by every trainer in run k).</summary>
    public required ulong TaskSeed { get; init; }

    /// <summary><see cref="FinishedStatus"/> or <see cref="FailedStatus"/>.</summary>
    public required string Status { get; init; }

    /// <summary>The error of a failed run.</summary>
    public string? Error { get; init; }

    /// <summary>Why training stopped.</summary>
    public string? StopReason { get; init; }

    /// <summary>Whether the task was solved.</summary>
    public bool Solved { get; init; }

    /// <summary>Evaluations up to the end of the solving generation, or null if unsolved.</summary>
    public long? EvaluationsToSolve { get; init; }

    /// <summary>The best-so-far error at the end of the run.</summary>
    public double? FinalError { get; init; }

    /// <summary>The best fitness found.</summary>
    public double? BestFitness { get; init; }

    /// <summary>The best network's error on the task's test protocol.</summary>
    public double? TestError { get; init; }

    /// <summary>Wall-clock seconds of the run.</summary>
    public double WallSeconds { get; init; }

    /// <summary>Network time steps spent.</summary>
    public long NetworkSteps { get; init; }

    /// <summary>Generations run.</summary>
    public int Generations { get; init; }

    /// <summary>Fitness evaluations spent.</summary>
    public long Evaluations { get; init; }

    /// <summary>The stream key of the evaluation that measured the best network (what <c>evorec replay</c> re-evaluates it with).</summary>
    public ulong? BestEvaluationKey { get; init; }

    /// <summary>The best network's parameter vector, in its spec's layout order.</summary>
    public double[] BestParameters { get; init; } = [];

    /// <summary>Task- and trainer-specific figures (baselines, solving evaluation, solution-test results …).</summary>
    public SortedDictionary<string, double?> Metrics { get; init; } = new(StringComparer.Ordinal);
}
