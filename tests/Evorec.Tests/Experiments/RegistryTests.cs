using Evorec.Experiments;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Training;

namespace Evorec.Tests.Experiments;

public sealed class RegistryTests
{
    public static TheoryData<string> Tasks => new(BuiltInComponents.CreateRegistry().Names(ComponentKind.Task));

    public static TheoryData<string> Networks => new(BuiltInComponents.CreateRegistry().Names(ComponentKind.Network));

    public static TheoryData<string> Trainers => new(BuiltInComponents.CreateRegistry().Names(ComponentKind.Trainer));

    [Fact]
    public void EveryEntryIsKebabCaseDescribedAndDocumentsEachOption()
    {
        foreach (ComponentRegistration entry in BuiltInComponents.CreateRegistry().Entries)
        {
            Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", entry.Name);
            Assert.False(string.IsNullOrWhiteSpace(entry.Description), entry.Name);
            Assert.NotNull(Activator.CreateInstance(entry.OptionsType));
            foreach (var property in OptionsBinder.SettableProperties(entry.OptionsType))
            {
                Assert.False(string.IsNullOrWhiteSpace(OptionsBinder.DescriptionOf(property)), $"{entry.Name}.{property.Name} has no description");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Tasks))]
    public void EveryTaskBuildsWithItsDefaultsAndEvaluatesEveryNetworkKind(string taskName)
    {
        var registry = BuiltInComponents.CreateRegistry();
        ITask task = Build<TaskRegistration>(registry, ComponentKind.Task, taskName).Create(Defaults(registry, ComponentKind.Task, taskName), new TaskContext(StreamKey.FromSeed(1)));
        foreach (string networkName in registry.Names(ComponentKind.Network))
        {
            NetworkSpec spec = Build<NetworkRegistration>(registry, ComponentKind.Network, networkName)
                .Create(Defaults(registry, ComponentKind.Network, networkName), new NetworkContext(task.InputCount, task.OutputCount, StreamKey.FromSeed(2)));
            IRecurrentNetwork network = spec.Create();
            if (spec.HasFixedLayout)
            {
                spec.Load(new double[spec.Layout.Count], network);
            }

            Evaluation evaluation = task.CreateEvaluator().Evaluate(network, StreamKey.FromSeed(3));
            Assert.False(double.IsNaN(evaluation.Fitness), $"{taskName} on {networkName}");
        }
    }

    [Theory]
    [MemberData(nameof(Trainers))]
    public void EveryTrainerRunsAGenerationWithItsDefaults(string trainerName)
    {
        var registry = BuiltInComponents.CreateRegistry();
        var task = new SineGenerationTask(new SineGenerationOptions { Length = 10, TestLength = 10 }, new TaskContext(StreamKey.FromSeed(1)));
        // A trainer that evolves its own structure needs its own network kind (neat: neat-graph); rtrl trains fully-recurrent networks only.
        NetworkSpec spec = trainerName switch
        {
            "neat" => new NeatGraphSpec(1, 1, new NeatGraphOptions()),
            "rtrl" => new FullyRecurrentSpec(1, 1, new FullyRecurrentOptions { Neurons = 3 }),
            _ => new ElmanSpec(1, 1, new ElmanOptions { Hidden = 3 }),
        };
        ITrainer trainer = Build<TrainerRegistration>(registry, ComponentKind.Trainer, trainerName)
            .Create(Defaults(registry, ComponentKind.Trainer, trainerName), new TrainerContext(spec, task, SequentialExecutor.Instance, StreamKey.FromSeed(4)));
        GenerationRecord record = trainer.Step();
        Assert.True(record.Evaluations > 0);
        Assert.NotNull(trainer.Best);
        Assert.True(spec.Accepts(trainer.Best!.Parameters));
        spec.Load(trainer.Best.Parameters, spec.Create());
    }

    private static T Build<T>(Registry registry, ComponentKind kind, string name)
        where T : ComponentRegistration => (T)registry.Find(kind, name)!;

    private static object Defaults(Registry registry, ComponentKind kind, string name) =>
        Activator.CreateInstance(registry.Find(kind, name)!.OptionsType)!;
}
