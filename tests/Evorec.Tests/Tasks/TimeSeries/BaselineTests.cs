using Evorec.Tasks.TimeSeries;

namespace Evorec.Tests.Tasks.TimeSeries;

public sealed class BaselineTests
{
    [Fact]
    public void Least_squares_recovers_an_exact_linear_recurrence()
    {
        double[] series = Enumerable.Range(0, 12).Select(i => Math.Pow(2, i)).ToArray();
        AutoregressivePredictor doubling = AutoregressivePredictor.Fit(series, 10, 1);
        Assert.Equal(0.0, doubling.Intercept, 9);
        Assert.Equal(2.0, doubling.Coefficients[0], 9);

        double[] line = Enumerable.Range(0, 12).Select(i => 3.0 + (0.5 * i)).ToArray();
        AutoregressivePredictor counting = AutoregressivePredictor.Fit(line, 10, 1);
        Assert.Equal(0.5, counting.Intercept, 9);
        Assert.Equal(1.0, counting.Coefficients[0], 9);
    }

    [Fact]
    public void The_predictor_network_applies_its_lags_in_order()
    {
        var model = new AutoregressivePredictor(1.0, [2.0, -1.0, 0.5]);
        var output = new double[1];
        model.Step([1.0], output);
        Assert.Equal(1.0 + 2.0, output[0]);
        model.Step([3.0], output);
        Assert.Equal(1.0 + 6.0 - 1.0, output[0]);
        model.Step([5.0], output);
        Assert.Equal(1.0 + 10.0 - 3.0 + 0.5, output[0]);
        model.Reset();
        model.Step([5.0], output);
        Assert.Equal(11.0, output[0]);
    }

    /// <summary>
    /// Series 0, 1, 2, …; washout 1, train 3 (targets 2, 3, 4), test 3 (targets 5, 6, 7).
    /// Teacher-forced persistence is off by 1 every step: MSE 1, target variance 2/3, NRMSE √1.5.
    /// Free-running persistence holds 4: errors 1, 2, 3, MSE 14/3, NRMSE √7. The AR(1) model x + 1 is exact.
    /// </summary>
    [Fact]
    public void Baselines_match_a_case_worked_out_by_hand()
    {
        var data = new GenerativeSeries(Enumerable.Range(0, 9).Select(i => (double)i).ToArray(), 1, 3, 0, 3);
        var teacherForced = GenerativeBaselines.Compute(data, ScoringMode.TeacherForced, ScoringMode.TeacherForced, null, 1);
        Assert.Equal(Math.Sqrt(1.5), teacherForced["persistence_nrmse"], 12);
        Assert.Equal(Math.Sqrt(1.5), teacherForced["persistence_test_nrmse"], 12);
        Assert.Equal(0.0, teacherForced["autoregressive_nrmse"], 6);

        var freeRunning = GenerativeBaselines.Compute(data, ScoringMode.FreeRunning, ScoringMode.FreeRunning, null, 1);
        Assert.Equal(Math.Sqrt(7.0), freeRunning["persistence_test_nrmse"], 12);
        Assert.Equal(0.0, freeRunning["autoregressive_test_nrmse"], 6);
        Assert.Equal(1, freeRunning["autoregressive_lags"]);
    }
}
