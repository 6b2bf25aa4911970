using Evorec.Tasks;
using Evorec.Tasks.TimeSeries;

namespace Evorec.Tests.Tasks.TimeSeries;

public sealed class Nrmse84ProtocolTests
{
    private const int Trials = 4;
    private const int Forced = 10;
    private const int Horizon = 5;

    /// <summary>A series with distinct, known values: x(i) = 1 + 0.5 sin(0.3 i).</summary>
    private static readonly double[] Original = Enumerable.Range(0, 3 + (Trials * (Forced + Horizon))).Select(i => 1.0 + (0.5 * Math.Sin(0.3 * i))).ToArray();

    private static double VarianceOfBlocks()
    {
        double[] samples = Original[3..];
        double mean = samples.Average();
        return samples.Average(x => (x - mean) * (x - mean));
    }

    [Fact]
    public void A_constant_prediction_gives_the_hand_computed_error()
    {
        var protocol = new Nrmse84Protocol(Original, Original, 3, Trials, Forced, Horizon, squashed: false);
        double squared = 0;
        for (int trial = 0; trial < Trials; trial++)
        {
            double target = Original[3 + (trial * 15) + 9 + 5];
            squared += (target - 0.7) * (target - 0.7);
        }

        double expected = Math.Sqrt(squared / (Trials * VarianceOfBlocks()));
        Assert.Equal(VarianceOfBlocks(), protocol.Variance, 12);
        Assert.Equal(expected, protocol.Evaluate(ScriptedNetwork.Constant(0.7), new double[1], new double[1]), 12);
    }

    [Fact]
    public void Persistence_holds_the_last_teacher_forced_sample_and_is_judged_on_the_horizon_step()
    {
        var protocol = new Nrmse84Protocol(Original, Original, 3, Trials, Forced, Horizon, squashed: false);
        var echo = ScriptedNetwork.Echo();
        double squared = 0;
        for (int trial = 0; trial < Trials; trial++)
        {
            int lastTrue = 3 + (trial * 15) + Forced - 1;
            squared += Math.Pow(Original[lastTrue + Horizon] - Original[lastTrue], 2);
        }

        Assert.Equal(Math.Sqrt(squared / (Trials * VarianceOfBlocks())), protocol.Evaluate(echo, new double[1], new double[1]), 12);
        Assert.Equal(Trials, echo.Resets);
        Assert.Equal(Trials * (Forced + Horizon - 1), echo.Inputs.Count);
        Assert.Equal(Trials * (Forced - 1), echo.Forced.Count);
    }

    [Fact]
    public void Squashed_predictions_are_retransformed_before_the_error()
    {
        double[] squashed = Array.ConvertAll(Original, Squashing.Forward);
        var plain = new Nrmse84Protocol(Original, Original, 3, Trials, Forced, Horizon, squashed: false);
        var squashedProtocol = new Nrmse84Protocol(squashed, Original, 3, Trials, Forced, Horizon, squashed: true);
        double inOriginal = plain.Evaluate(ScriptedNetwork.Echo(), new double[1], new double[1]);
        Assert.Equal(inOriginal, squashedProtocol.Evaluate(ScriptedNetwork.Echo(), new double[1], new double[1]), 10);
        Assert.Equal(double.PositiveInfinity, squashedProtocol.Evaluate(ScriptedNetwork.Constant(1.5), new double[1], new double[1]));
    }

    [Fact]
    public void The_mackey_glass_test_is_nrmse84_when_asked()
    {
        var options = new MackeyGlassOptions { Nrmse84 = true, Trials = 3, TeacherForcedSteps = 60, Squash = true, TrainLength = 100, TestLength = 50, BaselineLags = 5 };
        var task = new MackeyGlassTask(options, new TaskContext(global::Evorec.Numerics.StreamKey.FromSeed(3)));
        var echo = ScriptedNetwork.Echo();
        double expected = task.Nrmse84!.Evaluate(echo, new double[1], new double[1]);
        Assert.Equal(expected, task.CreateEvaluator().Test(ScriptedNetwork.Echo()).Error, 12);
        Assert.Equal(expected, task.Baselines["persistence_test_nrmse84"], 12);
        Assert.Equal(Math.Log10(expected), task.CreateEvaluator().TestMetrics(ScriptedNetwork.Echo())["test_log10_nrmse84"], 12);
        Assert.Equal(task.Original.Length, task.Nrmse84.FirstSample + (3 * (60 + 84)));
        Assert.Equal(Squashing.Forward(task.Original[7]), task.Series[7], 15);
    }
}
