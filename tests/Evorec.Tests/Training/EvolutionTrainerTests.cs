using Evorec.Genomes;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Training;
using Evorec.Training.Evolution;

namespace Evorec.Tests.Training;

public sealed class EvolutionTrainerTests
{
    /// <summary>A task on an Elman 1-1-1 network whose fitness is its output bias; verification passes above a threshold.</summary>
    private sealed class BiasTask(double verifyAbove, double fitnessNaNBelow = double.NegativeInfinity) : ITask
    {
        public double VerifyAbove => verifyAbove;

        public double FitnessNaNBelow => fitnessNaNBelow;

        public int Verifications { get; set; }

        public string Kind => "bias";

        public int InputCount => 1;

        public int OutputCount => 1;

        public SequenceDataset? Dataset => null;

        public IReadOnlyDictionary<string, double> Baselines { get; } = new Dictionary<string, double>();

        public ITaskEvaluator CreateEvaluator() => new Evaluator(this);

        private sealed class Evaluator(BiasTask task) : ITaskEvaluator
        {
            private readonly double[] _input = [0];
            private readonly double[] _output = [0];

            public bool HasVerification => true;

            public Evaluation Evaluate(IRecurrentNetwork network, StreamKey key)
            {
                network.Reset();
                network.Step(_input, _output);
                double value = _output[0];
                if (value < task.FitnessNaNBelow)
                {
                    return new Evaluation(double.NaN, double.PositiveInfinity, false, 1);
                }

                return new Evaluation(value, -value, value > 0, 1);
            }

            public Evaluation Test(IRecurrentNetwork network) => Evaluate(network, default);

            public Verification Verify(IRecurrentNetwork network)
            {
                lock (task)
                {
                    task.Verifications++;
                }

                network.Reset();
                network.Step(_input, _output);
                return new Verification(_output[0] > task.VerifyAbove, new Dictionary<string, double> { ["verified_value"] = _output[0] });
            }
        }
    }

    private static EvolutionTrainer Trainer(ITask task, int population = 20)
    {
        var spec = new ElmanSpec(1, 1, new ElmanOptions { Hidden = 1 });
        var ga = new GeneticAlgorithm(spec.Layout.Count, new GeneticAlgorithmOptions { Population = population }, StreamKey.FromSeed(1));
        return new EvolutionTrainer(ga, new DirectEncoding(spec), task, SequentialExecutor.Instance, StreamKey.FromSeed(2));
    }

    [Fact]
    public void ACandidateMarkedSolvedMustPassVerificationWhichIsNotAnEvaluation()
    {
        var task = new BiasTask(verifyAbove: 3.0);
        var trainer = Trainer(task);
        GenerationRecord record;
        do
        {
            record = trainer.Step();
            Assert.Equal((record.Generation + 1) * 20, record.Evaluations);
            if (trainer.Solved is null)
            {
                Assert.True(trainer.Best!.Fitness <= 3.0 || task.Verifications == 0);
            }
        }
        while (trainer.Solved is null && record.Generation < 500);

        Assert.NotNull(trainer.Solved);
        Assert.True(task.Verifications >= 1);
        Assert.Equal(record.Evaluations, trainer.Solved!.Evaluations);
        Assert.InRange(trainer.Solved.SolvingEvaluation, record.Evaluations - 19, record.Evaluations);
        Assert.True(trainer.Solved.Metrics["verified_value"] > 3.0);
    }

    [Fact]
    public void NaNFitnessCountsAsTheWorstAndNeverBecomesTheBest()
    {
        var trainer = Trainer(new BiasTask(verifyAbove: double.MaxValue, fitnessNaNBelow: 0.0));
        for (int generation = 0; generation < 10; generation++)
        {
            GenerationRecord record = trainer.Step();
            Assert.False(double.IsNaN(record.BestFitness));
            Assert.False(double.IsNaN(trainer.Best!.Fitness));
        }

        Assert.True(trainer.Best!.Fitness >= 0);
    }

    [Fact]
    public void TheBestCandidatesParametersRebuildItsNetwork()
    {
        var trainer = Trainer(new BiasTask(verifyAbove: double.MaxValue));
        for (int generation = 0; generation < 5; generation++)
        {
            trainer.Step();
        }

        var network = trainer.CreateBestNetwork();
        var output = new double[1];
        network.Step([0.0], output);
        Assert.Equal(trainer.Best!.Fitness, output[0]);
    }
}
