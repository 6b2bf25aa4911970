using Evorec.Networks;
using Evorec.Tasks;
using Evorec.Training;

namespace Evorec.Experiments;

/// <summary>Builds the task instance, network spec and trainer of one planned run.</summary>
public static class RunFactory
{
    /// <summary>The task instance of <paramref name="run"/>.</summary>
    public static ITask CreateTask(PlannedRun run) =>
        ((TaskRegistration)run.Experiment.Task.Registration).Create(run.Experiment.Task.Options, new TaskContext(run.TaskKey));

    /// <summary>The network spec of <paramref name="run"/>, sized for <paramref name="task"/>.</summary>
    public static NetworkSpec CreateNetwork(PlannedRun run, long suiteSeed, ITask task) =>
        ((NetworkRegistration)run.Experiment.Network.Registration).Create(
            run.Experiment.Network.Options,
            new NetworkContext(task.InputCount, task.OutputCount, Seeds.Network(suiteSeed, run.Experiment, run.Index)));

    /// <summary>The trainer of <paramref name="run"/>.</summary>
    public static ITrainer CreateTrainer(PlannedRun run, NetworkSpec network, ITask task, IParallelExecutor executor) =>
        ((TrainerRegistration)run.Experiment.Trainer.Registration).Create(
            run.Experiment.Trainer.Options,
            new TrainerContext(network, task, executor, run.TrainerKey));
}
