using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Tasks.TimeSeries;

namespace Evorec.Tests.Tasks.TimeSeries;

public sealed class NarmaTaskTests
{
    [Fact]
    public void Order_two_matches_a_hand_computation()
    {
        double[] u = [0.1, 0.2, 0.4];
        double[] y = NarmaSystem.Simulate(u, 2);
        Assert.Equal(0.0, y[0]);
        Assert.Equal(0.1, y[1], 15);
        double y2 = (0.3 * 0.1) + (0.05 * 0.1 * (0.1 + 0.0)) + (1.5 * 0.1 * 0.2) + 0.1;
        Assert.Equal(y2, y[2], 15);
        double y3 = (0.3 * y2) + (0.05 * y2 * (y2 + 0.1)) + (1.5 * 0.2 * 0.4) + 0.1;
        Assert.Equal(y3, y[3], 15);
    }

    [Fact]
    public void Order_ten_is_the_published_recurrence()
    {
        var random = new RandomStream(StreamKey.FromSeed(5));
        double[] u = Enumerable.Range(0, 600).Select(_ => random.NextDouble(0, 0.5)).ToArray();
        double[] y = NarmaSystem.Simulate(u, 10);
        for (int t = 9; t < u.Length; t++)
        {
            double sum = 0;
            for (int i = 0; i <= 9; i++)
            {
                sum += y[t - i];
            }

            Assert.Equal((0.3 * y[t]) + (0.05 * y[t] * sum) + (1.5 * u[t - 9] * u[t]) + 0.1, y[t + 1], 14);
        }
    }

    [Fact]
    public void Step_t_reads_u_t_and_targets_y_t_plus_one()
    {
        var options = new NarmaOptions { Washout = 20, TrainLength = 100, TestLength = 50, Discard = 30 };
        var task = new NarmaTask(options, new TaskContext(StreamKey.FromSeed(2)));
        Assert.Equal(170, task.Inputs.Length);
        for (int t = 0; t < task.Inputs.Length; t++)
        {
            Assert.Equal(task.AllInputs[30 + t], task.Inputs[t]);
            Assert.Equal(task.AllOutputs[31 + t], task.Targets[t]);
            Assert.InRange(task.Inputs[t], 0.0, 0.5);
        }

        Sequence train = task.Dataset.Train[0];
        Assert.Equal(20, train.Washout);
        Assert.Equal(120, train.Length);
        Assert.Equal(120, task.Dataset.Test[0].Washout);
    }

    [Fact]
    public void The_data_depend_on_the_data_key_only()
    {
        var options = new NarmaOptions { TrainLength = 100, TestLength = 50 };
        var first = new NarmaTask(options, new TaskContext(StreamKey.FromSeed(9)));
        var again = new NarmaTask(options, new TaskContext(StreamKey.FromSeed(9)));
        var other = new NarmaTask(options, new TaskContext(StreamKey.FromSeed(10)));
        Assert.Equal(first.Targets, again.Targets);
        Assert.NotEqual(first.Targets, other.Targets);
    }

    [Fact]
    public void The_persistence_baseline_is_the_hand_computed_nrmse_and_the_linear_ones_are_fitted()
    {
        var task = new NarmaTask(new NarmaOptions { TrainLength = 1000, TestLength = 500 }, new TaskContext(StreamKey.FromSeed(4)));
        var error = default(ErrorAccumulator);
        for (int t = task.Test.From; t < task.Test.To; t++)
        {
            error.Add(task.AllOutputs[task.Options.Discard + t], task.Targets[t]);
        }

        Assert.Equal(error.Nrmse, task.Baselines["persistence_test_nrmse"], 12);
        Assert.True(task.Baselines["autoregressive_test_nrmse"] < task.Baselines["persistence_test_nrmse"]);
        Assert.True(task.Baselines["autoregressive_test_nrmse"] < task.Baselines["linear_input_test_nrmse"]);
        Assert.True(task.Baselines["linear_input_test_nrmse"] < 1.0);
    }
}
