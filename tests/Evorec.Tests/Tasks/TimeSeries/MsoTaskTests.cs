using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Tasks.TimeSeries;

namespace Evorec.Tests.Tasks.TimeSeries;

public sealed class MsoTaskTests
{
    private static readonly TaskContext Context = new(StreamKey.FromSeed(1));

    [Fact]
    public void The_frequencies_are_the_published_ones_in_order()
    {
        Assert.Equal([0.2, 0.311, 0.42, 0.51, 0.63, 0.74, 0.85, 0.97], MultipleSuperimposedOscillators.Frequencies.ToArray());
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(8)]
    public void The_signal_is_the_sum_of_the_first_k_sines(int sines)
    {
        double[] alphas = [0.2, 0.311, 0.42, 0.51, 0.63, 0.74, 0.85, 0.97];
        var task = new MsoTask(new MsoOptions { Sines = sines }, Context);
        for (int n = 0; n < task.Data.Series.Length; n += 37)
        {
            double expected = alphas.Take(sines).Sum(alpha => Math.Sin(alpha * n));
            Assert.Equal(expected, task.Data.Series[n], 12);
        }
    }

    [Fact]
    public void The_split_is_washout_100_train_300_then_test_300()
    {
        var task = new MsoTask(new MsoOptions(), Context);
        Assert.Equal(new SeriesSegment(100, 400), task.Data.Train);
        Assert.Equal(new SeriesSegment(400, 700), task.Data.Test);
        Assert.False(task.Data.HasValidation);
        Sequence test = task.Dataset.Test[0];
        Assert.Equal(400, test.Washout);
        Assert.Equal(700, test.Length);
        Assert.Equal(task.Data.Series[700], test.Targets[^1]);
    }

    [Fact]
    public void The_linear_autoregressive_baseline_solves_mso_and_persistence_does_not()
    {
        var task = new MsoTask(new MsoOptions { Sines = 3 }, Context);
        Assert.Equal(6, task.Baselines["autoregressive_lags"]);
        Assert.True(task.Baselines["autoregressive_test_nrmse"] < 1e-6, $"AR {task.Baselines["autoregressive_test_nrmse"]}");
        Assert.True(task.Baselines["persistence_test_nrmse"] > 0.5, $"persistence {task.Baselines["persistence_test_nrmse"]}");
    }

    [Fact]
    public void A_perfect_generator_is_solved_and_scores_zero_error()
    {
        var task = new MsoTask(new MsoOptions { Sines = 2, ValidationLength = 50 }, Context);
        int step = 0;
        var oracle = new ScriptedNetwork(1, 1, (_, output) => output[0] = MultipleSuperimposedOscillators.At(2, ++step));
        Evaluation evaluation = task.CreateEvaluator().Evaluate(new ResettingOracle(() => step = 0, oracle), default);
        Assert.True(evaluation.Solved);
        Assert.Equal(0.0, evaluation.Error, 12);
        Assert.Equal(1.0, evaluation.Fitness, 12);
    }

    /// <summary>Wraps a network so its Reset also restarts the oracle's clock.</summary>
    private sealed class ResettingOracle(Action reset, Evorec.Networks.IRecurrentNetwork inner) : Evorec.Networks.IRecurrentNetwork
    {
        public int InputCount => 1;

        public int OutputCount => 1;

        public void Reset()
        {
            reset();
            inner.Reset();
        }

        public void Step(ReadOnlySpan<double> input, Span<double> output) => inner.Step(input, output);
    }
}
