using Evorec.Training;

namespace Evorec.Experiments;

/// <summary>One experiment of a suite after expansion: a task, a network and a trainer, run <see cref="Runs"/> times.</summary>
/// <param name="Name">Unique name, such as <c>sine/elman/ga</c>; also its folder under the results.</param>
/// <param name="Group">The name of the experiment entry it was expanded from.</param>
/// <param name="Runs">Number of independent runs.</param>
/// <param name="Budget">When each run stops.</param>
/// <param name="BudgetOptions">The budget as configured (for the manifest).</param>
/// <param name="Task">The task.</param>
/// <param name="Network">The network kind.</param>
/// <param name="Trainer">The trainer.</param>
/// <param name="Path">The configuration path of its experiment entry.</param>
public sealed record ExperimentPlan(
    string Name,
    string Group,
    int Runs,
    Budget Budget,
    BudgetOptions BudgetOptions,
    ComponentConfig Task,
    ComponentConfig Network,
    ComponentConfig Trainer,
    string Path)
{
    /// <summary>The experiment's canonical JSON (every resolved setting, suite seed included); its SHA-256 is the experiment's hash.</summary>
    public string CanonicalJson { get; init; } = string.Empty;

    /// <summary>The SHA-256 of <see cref="CanonicalJson"/>, in hex.</summary>
    public string Hash { get; init; } = string.Empty;
}
