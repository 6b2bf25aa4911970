using Evorec.Experiments;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Training;
using Evorec.Training.Evolution;

namespace Evorec.Tests.Training.Evolution;

/// <summary>The new trainers, built through the registry and run by the evolution trainer on real networks and tasks.</summary>
public sealed class EvolutionaryTrainersTests
{
    private static readonly Registry Components = BuiltInComponents.CreateRegistry();

    public static TheoryData<string, string> TrainersAndNetworks()
    {
        var data = new TheoryData<string, string>();
        foreach (string trainer in new[] { "cosyne", "esp", "cma-es", "sep-cma-es", "simulated-annealing", "pso" })
        {
            foreach (string network in new[] { "elman", "fully-recurrent" })
            {
                data.Add(trainer, network);
            }
        }

        return data;
    }

    [Fact]
    public void EveryNewTrainerIsRegistered()
    {
        var names = Components.Names(ComponentKind.Trainer).ToArray();
        Assert.Subset(names.ToHashSet(), new[] { "cosyne", "esp", "cma-es", "sep-cma-es", "simulated-annealing", "pso" }.ToHashSet());
    }

    [Theory]
    [MemberData(nameof(TrainersAndNetworks))]
    public void IsReproducibleFromItsSeedAndIndependentOfTheThreadCount(string trainer, string network)
    {
        Outcome sequential = Train(trainer, network, seed: 1, SequentialExecutor.Instance);
        Outcome again = Train(trainer, network, seed: 1, SequentialExecutor.Instance);
        Outcome parallel = TrainOnPool(trainer, network, seed: 1, workers: 3);
        Outcome otherSeed = Train(trainer, network, seed: 2, SequentialExecutor.Instance);

        Assert.Equal(sequential.Records, again.Records);
        Assert.Equal(sequential.BestParameters, again.BestParameters);
        Assert.Equal(sequential.Records, parallel.Records);
        Assert.Equal(sequential.BestParameters, parallel.BestParameters);
        Assert.NotEqual(sequential.BestParameters, otherSeed.BestParameters);
        Assert.All(sequential.Records, r => Assert.True(double.IsFinite(r.BestFitness)));
    }

    private static Outcome TrainOnPool(string trainer, string network, long seed, int workers)
    {
        Outcome? outcome = null;
        new WorkerPool(workers).Run([executor => outcome = Train(trainer, network, seed, executor)]);
        return outcome!;
    }

    private static Outcome Train(string trainer, string network, long seed, IParallelExecutor executor)
    {
        var task = new SineGenerationTask(new SineGenerationOptions { Washout = 10, Length = 20, TestLength = 20 }, new TaskContext(StreamKey.FromSeed(100)));
        NetworkSpec spec = network == "elman"
            ? new ElmanSpec(task.InputCount, task.OutputCount, new ElmanOptions { Hidden = 3 })
            : new FullyRecurrentSpec(task.InputCount, task.OutputCount, new FullyRecurrentOptions { Neurons = 3 });
        var registration = (TrainerRegistration)Components.Find(ComponentKind.Trainer, trainer)!;
        object options = trainer switch
        {
            "cosyne" => new CooperativeSynapseNeuroevolutionOptions { Population = 12 },
            "esp" => new EnforcedSubpopulationsOptions { SubpopulationSize = 4, Trials = 3 },
            "cma-es" => new CovarianceMatrixAdaptationOptions(),
            "sep-cma-es" => new SeparableCovarianceMatrixAdaptationOptions(),
            "simulated-annealing" => new SimulatedAnnealingOptions { Chains = 5 },
            "pso" => new ParticleSwarmOptions { Particles = 10 },
            _ => throw new ArgumentOutOfRangeException(nameof(trainer)),
        };
        ITrainer instance = registration.Create(options, new TrainerContext(spec, task, executor, StreamKey.FromSeed(seed).Then(trainer)));
        var records = new List<GenerationRecord>();
        for (int g = 0; g < 4; g++)
        {
            records.Add(instance.Step());
        }

        return new Outcome(records, instance.Best!.Parameters);
    }

    private sealed record Outcome(List<GenerationRecord> Records, double[] BestParameters);
}
