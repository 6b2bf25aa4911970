using Evorec.Genomes;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Training;

namespace Evorec.Tests.Training;

public sealed class EvolutionTrainerVerificationTests
{
    /// <summary>Every evaluation is marked solved with fitness = the network's output; the tests pass only outputs below 0.5.</summary>
    private sealed class OutputTask : ITask
    {
        public string Kind => "output";

        public int InputCount => 1;

        public int OutputCount => 1;

        public SequenceDataset? Dataset => null;

        public IReadOnlyDictionary<string, double> Baselines { get; } = new Dictionary<string, double>();

        public ITaskEvaluator CreateEvaluator() => new Evaluator();

        private sealed class Evaluator : ITaskEvaluator
        {
            private readonly double[] _input = new double[1];
            private readonly double[] _output = new double[1];

            public bool HasVerification => true;

            public Evaluation Evaluate(IRecurrentNetwork network, StreamKey key)
            {
                double output = Output(network);
                return new Evaluation(output, 1 - output, true, 1);
            }

            public Evaluation Test(IRecurrentNetwork network) => Evaluate(network, default);

            public Verification Verify(IRecurrentNetwork network)
            {
                double output = Output(network);
                return new Verification(output < 0.5, new Dictionary<string, double> { ["output"] = output });
            }

            private double Output(IRecurrentNetwork network)
            {
                network.Reset();
                network.Step(_input, _output);
                return _output[0];
            }
        }
    }

    /// <summary>Asks for scripted generations; each candidate sets only the output bias (so the output is that bias).</summary>
    private sealed class ScriptedOptimizer(ElmanSpec spec, double[][] generations) : IOptimizer
    {
        private int _generation;

        public int GenomeLength => spec.Layout.Count;

        public CandidateBatch Ask()
        {
            double[] biases = generations[_generation];
            var batch = new CandidateBatch(biases.Length, GenomeLength);
            for (int i = 0; i < biases.Length; i++)
            {
                batch[i][spec.OutputBias.IndexOf(0, 0)] = biases[i];
            }

            return batch;
        }

        public void Tell(ReadOnlySpan<double> fitness) => _generation++;
    }

    [Fact]
    public void AVerifiedSolutionBecomesTheBestEvenWhenAnEarlierCandidateWasFitter()
    {
        var spec = new ElmanSpec(1, 1, new ElmanOptions { Hidden = 1 });
        var optimizer = new ScriptedOptimizer(spec, [[0.9, 0.1], [0.2, 0.3]]);
        var trainer = new EvolutionTrainer(optimizer, new DirectEncoding(spec), new OutputTask(), SequentialExecutor.Instance, StreamKey.FromSeed(1));

        trainer.Step();
        Assert.Null(trainer.Solved);
        Assert.Equal(0.9, trainer.Best!.Fitness);

        trainer.Step();
        SolveRecord solved = Assert.IsType<SolveRecord>(trainer.Solved);
        Assert.Equal(1, solved.Generation);
        Assert.Equal(4, solved.Evaluations);
        Assert.Equal(4, solved.SolvingEvaluation);
        Assert.Equal(0.3, solved.Metrics["output"]);
        Assert.Equal(0.3, trainer.Best!.Fitness);
        Assert.Equal(1, trainer.Best.Generation);
        var output = new double[1];
        trainer.CreateBestNetwork().Step([0.0], output);
        Assert.Equal(0.3, output[0]);
    }
}
