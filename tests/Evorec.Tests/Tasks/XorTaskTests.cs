using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Tests.Support;

namespace Evorec.Tests.Tasks;

public sealed class XorTaskTests
{
    /// <summary>A hand-wired XOR: h1 = σ(20a + 20b − 10) (OR), h2 = σ(20a + 20b − 30) (AND), y = σ(20h1 − 20h2 − 10). Reads (bias, a, b).</summary>
    private sealed class HandWiredXor : IRecurrentNetwork
    {
        public int InputCount => 3;

        public int OutputCount => 1;

        public int Resets { get; private set; }

        public int Steps { get; private set; }

        public void Reset() => Resets++;

        public void Step(ReadOnlySpan<double> input, Span<double> output)
        {
            Assert.Equal(1.0, input[0]);
            Steps++;
            double or = Logistic((20 * input[1]) + (20 * input[2]) - 10);
            double and = Logistic((20 * input[1]) + (20 * input[2]) - 30);
            output[0] = Logistic((20 * or) - (20 * and) - 10);
        }

        private static double Logistic(double x) => 1.0 / (1.0 + Math.Exp(-x));
    }

    private sealed class ConstantNetwork(double value) : IRecurrentNetwork
    {
        public int InputCount => 3;

        public int OutputCount => 1;

        public int Steps { get; private set; }

        public void Reset()
        {
        }

        public void Step(ReadOnlySpan<double> input, Span<double> output)
        {
            Steps++;
            output[0] = value;
        }
    }

    [Theory]
    [InlineData(0.0, 1.0, 1.0, 0.0, 0.0, 16.0, true)]
    [InlineData(0.5, 0.5, 0.5, 0.5, 2.0, 4.0, false)]
    [InlineData(0.4, 0.5, 0.5, 0.4, 1.8, 4.84, true)]
    [InlineData(0.6, 0.9, 0.9, 0.1, 0.9, 9.61, false)]
    [InlineData(3.0, -2.0, 1.0, 0.0, 6.0, 0.0, false)]
    public void ScoreIsNeatsFourMinusErrorSquaredWithThresholdOneHalf(double o0, double o1, double o2, double o3, double error, double fitness, bool solved)
    {
        double[] outputs = [o0, o1, o2, o3];
        Assert.Equal(error, XorScore.Error(outputs), 12);
        Assert.Equal(fitness, XorScore.Fitness(XorScore.Error(outputs)), 12);
        Assert.Equal(solved, XorScore.Solves(outputs));
    }

    [Fact]
    public void AHandWiredXorSolvesItWithTheBiasInputFirst()
    {
        var task = new XorTask(new XorOptions(), new TaskContext(default));
        Assert.Equal(3, task.InputCount);
        var network = new HandWiredXor();
        Evaluation evaluation = task.CreateEvaluator().Evaluate(network, default);
        Assert.True(evaluation.Solved);
        Assert.True(evaluation.Fitness > 15.99, $"fitness {evaluation.Fitness}");
        Assert.True(evaluation.Error < 0.002);
        Assert.Equal(4, network.Resets);
        Assert.Equal(12, network.Steps);
        Assert.Equal(12, evaluation.NetworkSteps);
    }

    [Fact]
    public void ASettledNetworkStopsEarlyAndAConstantOneHalfIsNotASolution()
    {
        var task = new XorTask(new XorOptions { Ticks = 10, SettleTolerance = 1e-9 }, new TaskContext(default));
        var network = new ConstantNetwork(0.5);
        Evaluation evaluation = task.CreateEvaluator().Evaluate(network, default);
        Assert.Equal(8, network.Steps);
        Assert.Equal(4.0, evaluation.Fitness);
        Assert.Equal(2.0, evaluation.Error);
        Assert.False(evaluation.Solved);
    }

    [Fact]
    public void NonFiniteOutputsGiveTheBrokenEvaluation()
    {
        var task = new XorTask(new XorOptions(), new TaskContext(default));
        Assert.Equal(Evaluation.Broken(1), task.CreateEvaluator().Evaluate(new ConstantNetwork(double.NaN), default));
    }

    [Fact]
    public void WithoutTheBiasThereAreTwoInputsAndBadOptionsAreRefused()
    {
        Assert.Equal(2, new XorTask(new XorOptions { Bias = false }, new TaskContext(default)).InputCount);
        Assert.Throws<ArgumentException>(() => new XorTask(new XorOptions { Ticks = 0 }, new TaskContext(default)));
        Assert.Throws<ArgumentException>(() => new XorTask(new XorOptions { SettleTolerance = -1 }, new TaskContext(default)));
    }

    [Fact]
    public void EvaluatingAllocatesNothing()
    {
        var task = new XorTask(new XorOptions(), new TaskContext(default));
        var spec = new FullyRecurrentSpec(3, 1, new FullyRecurrentOptions { Neurons = 4, OutputActivation = Activation.Logistic });
        IRecurrentNetwork network = spec.Create();
        var random = new RandomStream(StreamKey.FromSeed(5));
        spec.Load(Enumerable.Range(0, spec.Layout.Count).Select(_ => random.NextDouble(-2, 2)).ToArray(), network);
        ITaskEvaluator evaluator = task.CreateEvaluator();
        Evaluation first = evaluator.Evaluate(network, default);
        Assert.Equal(0, SteadyAllocation.Bytes(() =>
        {
            for (int i = 0; i < 100; i++)
            {
                evaluator.Evaluate(network, default);
            }
        }));
        Assert.Equal(first, evaluator.Evaluate(network, default));
    }
}
