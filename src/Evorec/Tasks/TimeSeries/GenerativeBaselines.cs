namespace Evorec.Tasks.TimeSeries;

/// <summary>
/// The naive predictors every generative time-series task reports beside its error, run through the task's
/// own protocol (same segments, same teacher-forced or free-running scoring and free-run windows, same NRMSE84 trials):
/// persistence (<see cref="PersistencePredictor"/>) and a linear autoregressive model fitted by least squares
/// on the training data (washout and training samples; <see cref="AutoregressivePredictor"/>).
/// Keys: <c>persistence_nrmse</c>, <c>persistence_validation_nrmse</c>, <c>persistence_test_nrmse</c>
/// (<c>persistence_test_nrmse84</c> under NRMSE84), the same with <c>autoregressive_</c>, and
/// <c>autoregressive_lags</c>.
/// </summary>
public static class GenerativeBaselines
{
    /// <summary>Computes the baselines of <paramref name="data"/> under the given protocol.</summary>
    public static IReadOnlyDictionary<string, double> Compute(GenerativeSeries data, ScoringMode scoring, ScoringMode testScoring, Nrmse84Protocol? nrmse84, int lags, int freeRunHorizon = 0)
    {
        var evaluator = new GenerativeSeriesEvaluator(data, scoring, testScoring, 0.0, nrmse84, freeRunHorizon);
        var baselines = new Dictionary<string, double>();
        Add(baselines, "persistence", new PersistencePredictor(), data, evaluator, testScoring, nrmse84);
        var autoregressive = AutoregressivePredictor.Fit(data.Series, data.Train.To, lags);
        Add(baselines, "autoregressive", autoregressive, data, evaluator, testScoring, nrmse84);
        baselines["autoregressive_lags"] = lags;
        return baselines;
    }

    private static void Add(
        Dictionary<string, double> baselines,
        string name,
        Networks.IRecurrentNetwork predictor,
        GenerativeSeries data,
        GenerativeSeriesEvaluator evaluator,
        ScoringMode testScoring,
        Nrmse84Protocol? nrmse84)
    {
        baselines[$"{name}_nrmse"] = evaluator.ScoredNrmse(predictor, data.Train, out _);
        if (data.HasValidation)
        {
            baselines[$"{name}_validation_nrmse"] = evaluator.ScoredNrmse(predictor, data.Validation, out _);
        }

        if (nrmse84 is not null)
        {
            baselines[$"{name}_test_nrmse84"] = evaluator.Test(predictor).Error;
        }
        else
        {
            baselines[$"{name}_test_nrmse"] = evaluator.Nrmse(predictor, data.Test, testScoring, out _);
        }
    }
}
