using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Tests.Support;

namespace Evorec.Tests.Tasks;

public sealed class SineGenerationTaskTests
{
    private static SineGenerationTask Task(SineGenerationOptions? options = null, long seed = 3) =>
        new(options ?? new SineGenerationOptions(), new TaskContext(StreamKey.FromSeed(seed)));

    [Fact]
    public void AnExactGeneratorHasZeroErrorAndSolvesTheTask()
    {
        var task = Task();
        var evaluation = task.CreateEvaluator().Evaluate(new RecurrenceSineNetwork(0.2), default);
        Assert.True(evaluation.Error < 1e-9, $"error {evaluation.Error}");
        Assert.True(evaluation.Solved);
        Assert.Equal(150, evaluation.NetworkSteps);
        Assert.Equal(1.0, evaluation.Fitness, 9);
        Assert.True(task.CreateEvaluator().Test(new RecurrenceSineNetwork(0.2)).Error < 1e-9);
    }

    [Fact]
    public void AGeneratorOfTheWrongFrequencyFailsWhenRunningFree()
    {
        // Teacher forcing keeps it on track during the washout; running free, it drifts.
        var evaluation = Task().CreateEvaluator().Evaluate(new RecurrenceSineNetwork(0.25), default);
        Assert.True(evaluation.Error > 0.5, $"error {evaluation.Error}");
        Assert.False(evaluation.Solved);
    }

    [Fact]
    public void ZeroOutputHasAnNrmseOfAboutOne()
    {
        var evaluation = Task().CreateEvaluator().Evaluate(new ConstantNetwork(0.0), default);
        Assert.InRange(evaluation.Error, 0.95, 1.05);
        Assert.Equal(1.0 / (1.0 + evaluation.Error), evaluation.Fitness, 12);
    }

    [Fact]
    public void TeacherForcingWritesTheTargetsDuringTheWashoutOnly()
    {
        var task = Task(new SineGenerationOptions { Washout = 10, Length = 20 });
        var network = new RecurrenceSineNetwork(0.2);
        task.CreateEvaluator().Evaluate(network, default);
        Assert.Equal(10, network.Forced.Count);
        for (int n = 0; n < 10; n++)
        {
            Assert.Equal(Math.Sin((0.2 * n) + task.Phase), network.Forced[n], 12);
        }
    }

    [Fact]
    public void TheDatasetIsTheTeacherForcedSequence()
    {
        var task = Task(new SineGenerationOptions { Washout = 5, Length = 7 });
        var sequence = task.Dataset.Train.Single();
        Assert.Equal(12, sequence.Length);
        Assert.Equal(5, sequence.Washout);
        for (int n = 0; n < sequence.Length; n++)
        {
            Assert.Equal(Math.Sin((0.2 * (n - 1)) + task.Phase), sequence.Inputs[n], 12);
            Assert.Equal(Math.Sin((0.2 * n) + task.Phase), sequence.Targets[n], 12);
        }
    }

    [Fact]
    public void EachRunIndexDrawsItsOwnPhaseUnlessFixed()
    {
        Assert.NotEqual(Task(seed: 1).Phase, Task(seed: 2).Phase);
        Assert.Equal(0.0, Task(new SineGenerationOptions { RandomPhase = false }).Phase);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void NonFiniteOutputsGiveTheWorstFitnessNotACrash(double value)
    {
        var evaluation = Task().CreateEvaluator().Evaluate(new ConstantNetwork(value), default);
        Assert.Equal(0.0, evaluation.Fitness);
        Assert.Equal(double.PositiveInfinity, evaluation.Error);
        Assert.False(evaluation.Solved);
    }

    [Fact]
    public void EvaluatingAllocatesNothing()
    {
        var evaluator = Task().CreateEvaluator();
        var network = new ConstantNetwork(0.5);
        evaluator.Evaluate(network, default);
        Assert.Equal(0, SteadyAllocation.Bytes(() =>
        {
            for (int i = 0; i < 100; i++)
            {
                evaluator.Evaluate(network, default);
            }
        }));
    }
}
