using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Tasks.TimeSeries;

namespace Evorec.Tests.Tasks.TimeSeries;

public sealed class WindowedFreeRunTests
{
    private static readonly double[] Series = Enumerable.Range(0, 40).Select(i => (double)(i * i)).ToArray();

    private static GenerativeSeries Data() => new((double[])Series.Clone(), washout: 5, trainLength: 10, validationLength: 0, testLength: 4);

    [Fact]
    public void Each_window_restarts_from_a_teacher_forced_warmup_and_scores_k_step_predictions()
    {
        // output = input + 1 free-running from true sample s gives s + k as the k-step prediction of sample s + k.
        var counter = new ScriptedNetwork(1, 1, (input, output) => output[0] = input[0] + 1.0);
        var evaluator = new GenerativeSeriesEvaluator(Data(), ScoringMode.FreeRunning, ScoringMode.FreeRunning, 0.0, null, freeRunHorizon: 4);
        double nrmse = evaluator.ScoredNrmse(counter, new SeriesSegment(5, 15), out long steps);

        var expected = default(ErrorAccumulator);
        foreach ((int start, int length) in new[] { (5, 4), (9, 4), (13, 2) })
        {
            for (int k = 1; k <= length; k++)
            {
                expected.Add(Series[start] + k, Series[start + k]);
            }
        }

        Assert.Equal(expected.Nrmse, nrmse, 12);

        // Windows at 5, 9 and 13, each with a warm-up of 5 samples (fewer at the start of the series).
        Assert.Equal((5 + 4) + (5 + 4) + (5 + 2), steps);
    }

    [Fact]
    public void A_one_step_horizon_is_teacher_forced_scoring_for_a_network_without_state()
    {
        var square = new ScriptedNetwork(1, 1, (input, output) => output[0] = (0.5 * input[0]) + 3.0);
        var windowed = new GenerativeSeriesEvaluator(Data(), ScoringMode.FreeRunning, ScoringMode.FreeRunning, 0.0, null, freeRunHorizon: 1);
        var forced = new GenerativeSeriesEvaluator(Data(), ScoringMode.TeacherForced, ScoringMode.FreeRunning, 0.0, null);
        Assert.Equal(forced.ScoredNrmse(square, new SeriesSegment(5, 15), out _), windowed.ScoredNrmse(square, new SeriesSegment(5, 15), out _), 12);
    }

    [Fact]
    public void A_horizon_covering_the_segment_is_the_whole_free_run()
    {
        var network = new ScriptedNetwork(1, 1, (input, output) => output[0] = (0.9 * input[0]) + 2.0);
        var windowed = new GenerativeSeriesEvaluator(Data(), ScoringMode.FreeRunning, ScoringMode.FreeRunning, 0.0, null, freeRunHorizon: 10);
        var whole = new GenerativeSeriesEvaluator(Data(), ScoringMode.FreeRunning, ScoringMode.FreeRunning, 0.0, null);
        Assert.Equal(whole.ScoredNrmse(network, new SeriesSegment(5, 15), out _), windowed.ScoredNrmse(network, new SeriesSegment(5, 15), out _), 12);
    }

    [Fact]
    public void Mackey_glass_refuses_a_horizon_without_free_running_scoring()
    {
        var options = new MackeyGlassOptions { FreeRunHorizon = 84 };
        var error = Assert.Throws<ArgumentException>(() => new MackeyGlassTask(options, new TaskContext(StreamKey.FromSeed(1))));
        Assert.Contains("freeRunHorizon", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Mackey_glass_fitness_uses_the_windows()
    {
        var options = new MackeyGlassOptions { Scoring = ScoringMode.FreeRunning, TestScoring = ScoringMode.FreeRunning, FreeRunHorizon = 84 };
        var task = new MackeyGlassTask(options, new TaskContext(StreamKey.FromSeed(1)));
        var persistence = new PersistencePredictor();
        var evaluator = (GenerativeSeriesEvaluator)task.CreateEvaluator();
        double fitnessError = evaluator.Evaluate(persistence, StreamKey.FromSeed(2)).Error;
        Assert.Equal(evaluator.WindowedNrmse(persistence, task.Data.Train, 84, options.Washout, out _), fitnessError, 12);
        Assert.NotEqual(evaluator.Nrmse(persistence, task.Data.Train, ScoringMode.FreeRunning, out _), fitnessError, 6);
        Assert.Equal(fitnessError, task.Baselines["persistence_nrmse"], 12);
    }
}
