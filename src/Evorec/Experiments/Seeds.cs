using Evorec.Numerics;

namespace Evorec.Experiments;

/// <summary>
/// How a suite's random streams are derived. Task data and network draws depend on
/// (suite seed, component configuration, run index) and never on the trainer — common random
/// numbers, so every trainer compared in run k faces the same task instance. The trainer's own
/// stream depends on (suite seed, experiment name, run index).
/// </summary>
public static class Seeds
{
    /// <summary>The trainer stream of run <paramref name="run"/> of <paramref name="experiment"/>.</summary>
    public static StreamKey Trainer(long seed, ExperimentPlan experiment, int run) =>
        StreamKey.FromSeed(seed).Then("trainer").Then(experiment.Name).Then(run);

    /// <summary>The task-instance stream of run <paramref name="run"/>.</summary>
    public static StreamKey Task(long seed, ExperimentPlan experiment, int run) =>
        StreamKey.FromSeed(seed).Then("task").Then(experiment.Task.CanonicalJson).Then(run);

    /// <summary>The network stream of run <paramref name="run"/> (for kinds that draw fixed structure, such as reservoirs).</summary>
    public static StreamKey Network(long seed, ExperimentPlan experiment, int run) =>
        StreamKey.FromSeed(seed).Then("network").Then(experiment.Network.CanonicalJson).Then(run);
}
