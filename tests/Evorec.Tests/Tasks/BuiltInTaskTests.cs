using Evorec.Experiments;
using Evorec.Numerics;
using Evorec.Tasks;

namespace Evorec.Tests.Tasks;

public sealed class BuiltInTaskTests
{
    [Fact]
    public void Every_sequence_task_is_registered_with_defaults_that_build_and_evaluate()
    {
        Registry registry = BuiltInComponents.CreateRegistry();
        string[] expected = ["mackey-glass", "mso", "narma", "anbn", "anbncn", "embedded-reber", "delayed-recall", "adding", "parity"];
        Assert.Subset(registry.Names(ComponentKind.Task).ToHashSet(), expected.ToHashSet());
        foreach (string name in expected)
        {
            var registration = (TaskRegistration)registry.Find(ComponentKind.Task, name)!;
            Assert.False(string.IsNullOrWhiteSpace(registration.Description));
            ITask task = registration.Create(Activator.CreateInstance(registration.OptionsType)!, new TaskContext(StreamKey.FromSeed(1)));
            Assert.Equal(name, task.Kind);
            Assert.NotNull(task.Dataset);
            Assert.NotEmpty(task.Dataset!.Train);
            Assert.All(task.Dataset.Train, s => Assert.Equal(task.InputCount, s.InputSize));
            Assert.All(task.Dataset.Train, s => Assert.Equal(task.OutputCount, s.TargetSize));
            Evaluation evaluation = task.CreateEvaluator().Evaluate(RandomNetworks.Elman(task.InputCount, task.OutputCount), default);
            Assert.InRange(evaluation.Fitness, 0.0, 1.0);
            Assert.True(evaluation.NetworkSteps > 0);
        }
    }

    [Fact]
    public void Time_series_tasks_report_persistence_and_autoregressive_baselines()
    {
        Registry registry = BuiltInComponents.CreateRegistry();
        foreach (string name in new[] { "mackey-glass", "mso", "narma" })
        {
            var registration = (TaskRegistration)registry.Find(ComponentKind.Task, name)!;
            ITask task = registration.Create(Activator.CreateInstance(registration.OptionsType)!, new TaskContext(StreamKey.FromSeed(1)));
            Assert.Contains("persistence_nrmse", task.Baselines.Keys);
            Assert.Contains("persistence_test_nrmse", task.Baselines.Keys);
            Assert.Contains("autoregressive_nrmse", task.Baselines.Keys);
            Assert.Contains("autoregressive_test_nrmse", task.Baselines.Keys);
            Assert.All(task.Baselines.Values, value => Assert.True(double.IsFinite(value)));
        }
    }
}
