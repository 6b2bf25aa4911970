using Evorec.Tasks;
using Evorec.Tasks.TimeSeries;

namespace Evorec.Tests.Tasks.TimeSeries;

public sealed class ClosedLoopTests
{
    private static readonly double[] Series = Enumerable.Range(0, 20).Select(i => (double)(i * i)).ToArray();

    [Fact]
    public void Teacher_forced_scoring_reads_true_samples_and_scores_the_next_ones()
    {
        var network = ScriptedNetwork.Echo();
        var error = default(ErrorAccumulator);
        long steps = ClosedLoop.Run(network, Series, new SeriesSegment(5, 8), ScoringMode.TeacherForced, new double[1], new double[1], ref error);
        Assert.Equal(8, steps);
        Assert.Equal(Series[..8], network.Inputs);
        Assert.Equal(Series[1..8], network.Forced);
        double expected = new[] { 5, 6, 7 }.Average(t => Math.Pow(Series[t + 1] - Series[t], 2));
        Assert.Equal(expected, error.MeanSquaredError, 12);
    }

    [Fact]
    public void Free_running_feeds_back_outputs_and_never_forces_a_value_still_to_be_predicted()
    {
        var network = new ScriptedNetwork(1, 1, (input, output) => output[0] = input[0] + 1.0);
        var error = default(ErrorAccumulator);
        ClosedLoop.Run(network, Series, new SeriesSegment(5, 9), ScoringMode.FreeRunning, new double[1], new double[1], ref error);
        Assert.Equal([0, 1, 4, 9, 16, 25, 26, 27, 28], network.Inputs);
        Assert.Equal(Series[1..6], network.Forced);
        double expected = new[] { 26 - 36, 27 - 49, 28 - 64, 29 - 81 }.Average(d => (double)d * d);
        Assert.Equal(expected, error.MeanSquaredError, 12);
    }

    [Fact]
    public void Predict_ahead_returns_the_horizon_step_prediction_from_the_last_true_sample()
    {
        var persistence = ScriptedNetwork.Echo();
        double prediction = ClosedLoop.PredictAhead(persistence, Series, 6, 4, new double[1], new double[1]);
        Assert.Equal(Series[5], prediction);
        Assert.Equal(9, persistence.Inputs.Count);
        Assert.Equal(Series[1..6], persistence.Forced);

        var counter = new ScriptedNetwork(1, 1, (input, output) => output[0] = input[0] + 1.0);
        Assert.Equal(Series[5] + 4, ClosedLoop.PredictAhead(counter, Series, 6, 4, new double[1], new double[1]));
    }

    [Fact]
    public void A_non_finite_scored_output_breaks_the_error()
    {
        var network = ScriptedNetwork.Constant(double.NaN);
        var error = default(ErrorAccumulator);
        long steps = ClosedLoop.Run(network, Series, new SeriesSegment(2, 10), ScoringMode.FreeRunning, new double[1], new double[1], ref error);
        Assert.True(error.IsBroken);
        Assert.Equal(3, steps);
    }
}
