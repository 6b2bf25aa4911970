using System.Text.Json.Nodes;

namespace Evorec.Reporting;

/// <summary>
/// The content of <c>manifest.json</c>: the resolved configuration of every experiment with its
/// SHA-256, and the environment the suite ran in.
/// </summary>
public sealed record SuiteManifest
{
    /// <summary>The manifest's file name in a results folder.</summary>
    public const string FileName = "manifest.json";

    /// <summary>The suite's name.</summary>
    public required string Suite { get; init; }

    /// <summary>The suite seed.</summary>
    public required long Seed { get; init; }

    /// <summary>The configuration file the suite was read from.</summary>
    public required string ConfigPath { get; init; }

    /// <summary>The command-line overrides applied (<c>--set</c>, <c>--runs</c>, <c>--only</c>).</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>The experiments, in configuration order.</summary>
    public required IReadOnlyList<ManifestExperiment> Experiments { get; init; }

    /// <summary>The Evorec version.</summary>
    public required string EvorecVersion { get; init; }

    /// <summary>The git commit Evorec was built from, where known.</summary>
    public string? GitCommit { get; init; }

    /// <summary>Whether the build's working tree had uncommitted changes (then the results are not the commit's alone); null where unknown.</summary>
    public bool? GitDirty { get; init; }

    /// <summary>The .NET runtime.</summary>
    public required string DotnetVersion { get; init; }

    /// <summary>The operating system.</summary>
    public required string Os { get; init; }

    /// <summary>The processor's model name.</summary>
    public required string Cpu { get; init; }

    /// <summary>Logical processors of the machine.</summary>
    public int ProcessorCount { get; init; }

    /// <summary>Worker threads the suite ran with (results do not depend on it).</summary>
    public int Threads { get; init; }

    /// <summary>When the suite started (UTC, ISO 8601).</summary>
    public required string StartedAt { get; init; }

    /// <summary>When the suite ended, or null while it runs.</summary>
    public string? FinishedAt { get; init; }

    /// <summary><c>running</c>, <c>finished</c>, <c>failed</c> (some run failed) or <c>interrupted</c>.</summary>
    public required string Status { get; init; }
}

/// <summary>One experiment as the manifest records it.</summary>
public sealed record ManifestExperiment
{
    /// <summary>The experiment's unique name (and folder).</summary>
    public required string Name { get; init; }

    /// <summary>The experiment entry it was expanded from.</summary>
    public required string Group { get; init; }

    /// <summary>The task's label.</summary>
    public required string Task { get; init; }

    /// <summary>The network's label.</summary>
    public required string Network { get; init; }

    /// <summary>The trainer's label.</summary>
    public required string Trainer { get; init; }

    /// <summary>The number of planned runs.</summary>
    public required int Runs { get; init; }

    /// <summary>The SHA-256 of the experiment's canonical configuration.</summary>
    public required string Hash { get; init; }

    /// <summary>The SHA-256 of the task's canonical configuration: experiments with equal task hashes face the same task instances.</summary>
    public required string TaskHash { get; init; }

    /// <summary>The experiment's resolved configuration (every option, defaults included).</summary>
    public required JsonNode Config { get; init; }
}
