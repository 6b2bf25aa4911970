using Evorec.Numerics;

namespace Evorec.Experiments;

/// <summary>One run of one experiment, with the keys of its random streams.</summary>
/// <param name="Experiment">The experiment.</param>
/// <param name="Index">The run index k, from 0.</param>
/// <param name="TrainerKey">The trainer's stream: (suite seed, experiment name, k).</param>
/// <param name="TaskKey">The task instance's stream: (suite seed, task configuration, k) — shared by every trainer in run k.</param>
public sealed record PlannedRun(ExperimentPlan Experiment, int Index, StreamKey TrainerKey, StreamKey TaskKey)
{
    /// <summary>A readable identity such as <c>sine/elman/ga run 3</c>.</summary>
    public override string ToString() => $"{Experiment.Name} run {Index}";
}
