using Evorec.Genomes;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Training;
using Evorec.Training.Evolution;

namespace Evorec.Tests.Training.Evolution;

public sealed class NeatTrainerTests
{
    /// <summary>Every evaluation is marked solved with fitness = the output for input 1; the tests pass outputs below <paramref name="limit"/>.</summary>
    private sealed class OutputTask(double limit) : ITask
    {
        public string Kind => "output";

        public int InputCount => 1;

        public int OutputCount => 1;

        public SequenceDataset? Dataset => null;

        public IReadOnlyDictionary<string, double> Baselines { get; } = new Dictionary<string, double>();

        public ITaskEvaluator CreateEvaluator() => new Evaluator(limit);

        private sealed class Evaluator(double limit) : ITaskEvaluator
        {
            private readonly double[] _output = new double[1];

            public bool HasVerification => true;

            public Evaluation Evaluate(IRecurrentNetwork network, StreamKey key)
            {
                double output = Output(network);
                return new Evaluation(output, 1 - output, true, 1);
            }

            public Evaluation Test(IRecurrentNetwork network) => Evaluate(network, default);

            public Verification Verify(IRecurrentNetwork network) =>
                new(Output(network) < limit, new Dictionary<string, double> { ["output"] = Output(network) });

            private double Output(IRecurrentNetwork network)
            {
                network.Reset();
                network.Step([1.0], _output);
                return _output[0];
            }
        }
    }

    [Fact]
    public void TheChampionSolvesOnlyWhenItPassesTheSolutionTestsAndThenIsTheBest()
    {
        var spec = new NeatGraphSpec(1, 1, new NeatGraphOptions());
        var failing = new NeatTrainer(new NeatOptions { Population = 20 }, spec, new OutputTask(0.0), SequentialExecutor.Instance, StreamKey.FromSeed(1));
        failing.Step();
        Assert.Null(failing.Solved);

        var passing = new NeatTrainer(new NeatOptions { Population = 20 }, spec, new OutputTask(2.0), SequentialExecutor.Instance, StreamKey.FromSeed(1));
        GenerationRecord record = passing.Step();
        SolveRecord solved = Assert.IsType<SolveRecord>(passing.Solved);
        Assert.Equal(0, solved.Generation);
        Assert.Equal(20, solved.Evaluations);
        Assert.Equal(record.BestFitness, passing.Best!.Fitness);
        Assert.Equal(record.BestFitness, solved.Metrics["output"]);
        var output = new double[1];
        passing.CreateBestNetwork().Step([1.0], output);
        Assert.Equal(record.BestFitness, output[0]);
        Assert.Equal(NeatGenomeEncoding.Encode(passing.BestGenome!), passing.Best.Parameters);
    }

    [Fact]
    public void GenerationRecordsCarrySpeciesAndTopologyFiguresAndCountEveryGenomeAsAnEvaluation()
    {
        var spec = new NeatGraphSpec(2, 1, new NeatGraphOptions { Bias = true });
        var task = new XorTask(new XorOptions { Bias = false }, new TaskContext(default));
        var trainer = new NeatTrainer(new NeatOptions { Population = 30 }, spec, task, SequentialExecutor.Instance, StreamKey.FromSeed(2));
        GenerationRecord first = trainer.Step();
        GenerationRecord second = trainer.Step();

        Assert.Equal(30, first.Evaluations);
        Assert.Equal(60, second.Evaluations);
        Assert.Equal(30 * 4 * 3, first.NetworkSteps);
        Assert.Equal(1.0, first.Extra!["species"]);
        Assert.Equal(3.0, first.Extra["champion_connections"]);
        Assert.Equal(0.0, first.Extra["champion_hidden_nodes"]);
        Assert.Equal(["best_connection_genes", "best_connections", "best_hidden_nodes", "compatibility_threshold", "species"], trainer.RunMetrics.Keys.Order());
    }

    /// <summary>Like <see cref="OutputTask"/>, but its solution tests always fail and record the output of the network they were given.</summary>
    private sealed class RecordingTask(bool solved = true) : ITask
    {
        public List<double> Verified { get; } = [];

        public int Evaluations { get; set; }

        public bool Solved { get; } = solved;

        public string Kind => "recording";

        public int InputCount => 1;

        public int OutputCount => 1;

        public SequenceDataset? Dataset => null;

        public IReadOnlyDictionary<string, double> Baselines { get; } = new Dictionary<string, double>();

        public ITaskEvaluator CreateEvaluator() => new Evaluator(this);

        private sealed class Evaluator(RecordingTask task) : ITaskEvaluator
        {
            public bool HasVerification => true;

            public Evaluation Evaluate(IRecurrentNetwork network, StreamKey key)
            {
                task.Evaluations++;
                return new(OutputOf(network), 0, task.Solved, 1);
            }

            public Evaluation Test(IRecurrentNetwork network) => Evaluate(network, default);

            public Verification Verify(IRecurrentNetwork network)
            {
                task.Verified.Add(OutputOf(network));
                return new Verification(false, new Dictionary<string, double>());
            }
        }
    }

    private static double OutputOf(IRecurrentNetwork network)
    {
        var output = new double[1];
        network.Reset();
        network.Step([1.0], output);
        return output[0];
    }

    [Theory]
    [InlineData(NeatChampionTest.Population)]
    [InlineData(NeatChampionTest.ImprovedSpecies)]
    public void TheGenomeGivenTheSolutionTestsIsTheOneTheChampionTestNames(NeatChampionTest championTest)
    {
        var spec = new NeatGraphSpec(1, 1, new NeatGraphOptions());
        var task = new RecordingTask();
        var options = new NeatOptions { Population = 40, CompatibilityThreshold = 1.0, ChampionTest = championTest };
        var trainer = new NeatTrainer(options, spec, task, SequentialExecutor.Instance, StreamKey.FromSeed(3));
        var network = (NeatGraphNetwork)spec.Create();
        var decoder = new NeatGenomeDecoder();
        int differed = 0;
        for (int generation = 0; generation < 20; generation++)
        {
            // The fitness each genome is about to get, and the choice made on copies of the species as they stand.
            double[] fitness = trainer.Population.Genomes.Select(genome =>
            {
                decoder.Decode(genome, network);
                return OutputOf(network);
            }).ToArray();
            NeatSpecies[] copies = [.. trainer.Population.Species.Select(Copy)];
            int champion = Array.IndexOf(fitness, fitness.Max());
            int expected = championTest == NeatChampionTest.ImprovedSpecies ? NeatChampionChoice.ImprovedSpecies(copies, fitness) : champion;

            trainer.Step();

            Assert.Equal(generation + 1, task.Verified.Count);
            Assert.Equal(fitness[expected], task.Verified[^1]);
            differed += fitness[expected] != fitness[champion] ? 1 : 0;
        }

        // Under improved-species the tested genome is often not the fittest; under population it always is.
        Assert.Equal(championTest == NeatChampionTest.ImprovedSpecies, differed > 0);
    }

    [Theory]
    [InlineData(NeatGraphScheme.Synchronous)]
    [InlineData(NeatGraphScheme.Neat121)]
    public void UnderNeat121ActivationTheTestedNetworkReplaysItsEvaluationAndIsTestedEvenWhenNotSolved(NeatGraphScheme scheme)
    {
        var spec = new NeatGraphSpec(1, 1, new NeatGraphOptions { ActivationScheme = scheme });
        var task = new RecordingTask(solved: false);
        var trainer = new NeatTrainer(new NeatOptions { Population = 20 }, spec, task, SequentialExecutor.Instance, StreamKey.FromSeed(4));
        trainer.Step();
        trainer.Step();

        bool neat121 = scheme == NeatGraphScheme.Neat121;
        Assert.Equal(neat121 ? 2 : 0, task.Verified.Count);
        Assert.Equal(neat121 ? 42 : 40, task.Evaluations);
        Assert.Null(trainer.Solved);
    }

    private static NeatSpecies Copy(NeatSpecies species)
    {
        var copy = new NeatSpecies(species.Id, species.Representative, species.LastImprovementGeneration)
        {
            BestFitness = species.BestFitness,
            Tested = species.Tested,
        };
        copy.Members.AddRange(species.Members);
        return copy;
    }

    [Fact]
    public void OtherNetworkKindsAreRefused()
    {
        var elman = new ElmanSpec(1, 1, new ElmanOptions());
        var exception = Assert.Throws<ArgumentException>(() => new NeatTrainer(new NeatOptions(), elman, new OutputTask(1.0), SequentialExecutor.Instance, default));
        Assert.Contains("neat-graph", exception.Message);
    }
}
