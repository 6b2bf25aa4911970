namespace Evorec.Tasks.TimeSeries;

/// <summary>
/// The naive predictors every generative time-series task reports beside its error, run through the task's
/// own protocol (same segments, same teacher-forced or free-running scoring, same NRMSE84 trials):
/// persistence (<see cref="PersistencePredictor"/>) and a linear autoregressive model fitted by least squares
/// on the training data (washout and training samples; <see cref="AutoregressivePredictor"/>).
/// Keys: <c>persistence_nrmse</c>, <c>persistence_validation_nrmse</c>, <c>persistence_test_nrmse</c>
/// (<c>persistence_test_nrmse84</c> under NRMSE84), the same with <c>autoregressive_</c>, and
/// <c>autoregressive_lags</c>.
/// </summary>
public static class GenerativeBaselines
{
    /// <summary>Computes the baselines of <paramref name="data"/> under the given protocol.</summary>
    public static IReadOnlyDictionary<string, double> Compute(GenerativeSeries data, ScoringMode scoring, ScoringMode testScoring, Nrmse84Protocol? nrmse84, int lags)
    {
        var evaluator = new GenerativeSeriesEvaluator(data, scoring, testScoring, 0.0, nrmse84);
        var baselines = new Dictionary<string, double>();
        Add(baselines, "persistence", new PersistencePredictor(), data, evaluator, scoring, testScoring, nrmse84);
        var autoregressive = AutoregressivePredictor.Fit(data.Series, data.Train.To, lags);
        Add(baselines, "autoregressive", autoregressive, data, evaluator, scoring, testScoring, nrmse84);
        baselines["autoregressive_lags"] = lags;
        return baselines;
    }

    private static void Add(
        Dictionary<string, double> baselines,
        string name,
        Networks.IRecurrentNetwork predictor,
        GenerativeSeries data,
        GenerativeSeriesEvaluator evaluator,
        ScoringMode scoring,
        ScoringMode testScoring,
        Nrmse84Protocol? nrmse84)
    {
        baselines[$"{name}_nrmse"] = evaluator.Nrmse(predictor, data.Train, scoring, out _);
        if (data.HasValidation)
        {
            baselines[$"{name}_validation_nrmse"] = evaluator.Nrmse(predictor, data.Validation, scoring, out _);
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
