namespace Evorec.Experiments;

/// <summary>How <see cref="SuiteRunner"/> runs a suite.</summary>
public sealed record RunnerOptions
{
    /// <summary>The results folder.</summary>
    public required string OutputFolder { get; init; }

    /// <summary>Worker threads; results do not depend on it.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>Recompute experiments whose configuration changed since the folder was written, instead of refusing.</summary>
    public bool Force { get; init; }

    /// <summary>Run only this shard of the plan's (experiment, run) pairs; null runs them all.</summary>
    public Shard? Shard { get; init; }

    /// <summary>The command-line overrides, recorded in the manifest.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];
}
