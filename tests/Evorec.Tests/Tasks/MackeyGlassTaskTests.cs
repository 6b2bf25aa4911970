using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Tests.Support;

namespace Evorec.Tests.Tasks;

public sealed class MackeyGlassTaskTests
{
    private static MackeyGlassTask Task(long seed = 5) => new(new MackeyGlassOptions(), new TaskContext(StreamKey.FromSeed(seed)));

    [Fact]
    public void TheSeriesStaysOnTheKnownAttractor()
    {
        double[] series = MackeyGlassSeries.Generate(5000);
        double[] settled = series[1000..];
        Assert.InRange(settled.Min(), 0.2, 0.5);
        Assert.InRange(settled.Max(), 1.2, 1.4);
        Assert.InRange(settled.Average(), 0.85, 0.95);
    }

    [Fact]
    public void TheIntegratorFollowsTheDelayEquationAtTheFineStep()
    {
        // Over one fine step the change must match the equation's right-hand side to O(h^2).
        double[] fine = MackeyGlassSeries.Generate(3001, step: 0.1, sampleInterval: 0.1);
        for (int n = 500; n < 3000; n += 97)
        {
            double slope = (fine[n + 1] - fine[n - 1]) / 0.2;
            double expected = MackeyGlassSeries.Derivative(fine[n], fine[n - 170]);
            Assert.Equal(expected, slope, 3);
        }
    }

    [Fact]
    public void OneStepPredictionPairsEachSampleWithTheNext()
    {
        var task = Task();
        Assert.Equal(600, task.Train.Length);
        for (int t = 0; t < task.Train.Length; t++)
        {
            Assert.Equal(task.Series[t], task.Train.Inputs[t]);
            Assert.Equal(task.Series[t + 1], task.Train.Targets[t]);
        }

        // The test is teacher-forced through the washout and training data, then scored on the next 500 steps.
        Assert.Equal(600, task.Test.Washout);
        Assert.Equal(1100, task.Test.Length);
        for (int t = 0; t < task.Test.Length; t++)
        {
            Assert.Equal(task.Series[t], task.Test.Inputs[t]);
            Assert.Equal(task.Series[t + 1], task.Test.Targets[t]);
        }
    }

    [Fact]
    public void ThePersistenceBaselineIsTheNrmseOfPredictingTheCurrentValue()
    {
        var task = Task();
        var error = default(ErrorAccumulator);
        double sum = 0;
        double squares = 0;
        for (int t = 100; t < 600; t++)
        {
            double target = task.Series[t + 1];
            error.Add(task.Series[t], target);
            sum += target;
            squares += target * target;
        }

        double mean = sum / 500;
        double variance = (squares / 500) - (mean * mean);
        double byHand = Math.Sqrt(Enumerable.Range(100, 500).Select(t => Math.Pow(task.Series[t] - task.Series[t + 1], 2)).Average() / variance);
        Assert.Equal(byHand, task.Baselines["persistence_nrmse"], 12);
        Assert.Equal(byHand, error.Nrmse, 12);

        Assert.InRange(task.Baselines["persistence_nrmse"], 0.05, 0.3);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void NonFiniteOutputsGiveTheWorstFitnessNotACrash(double value)
    {
        var evaluation = Task().CreateEvaluator().Evaluate(new ConstantNetwork(value), default);
        Assert.Equal(0.0, evaluation.Fitness);
        Assert.Equal(double.PositiveInfinity, evaluation.Error);
    }

    [Fact]
    public void EvaluatingAllocatesNothing()
    {
        var evaluator = Task().CreateEvaluator();
        var network = new ConstantNetwork(0.9);
        evaluator.Evaluate(network, default);
        Assert.Equal(0, SteadyAllocation.Bytes(() =>
        {
            for (int i = 0; i < 20; i++)
            {
                evaluator.Evaluate(network, default);
            }
        }));
    }
}
