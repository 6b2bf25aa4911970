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

    [Fact]
    public void OtherNetworkKindsAreRefused()
    {
        var elman = new ElmanSpec(1, 1, new ElmanOptions());
        var exception = Assert.Throws<ArgumentException>(() => new NeatTrainer(new NeatOptions(), elman, new OutputTask(1.0), SequentialExecutor.Instance, default));
        Assert.Contains("neat-graph", exception.Message);
    }
}
