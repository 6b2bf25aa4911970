using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Tasks.TimeSeries;

/// <summary>
/// Evaluates networks on a <see cref="GenerativeSeries"/>: fitness from the training segment, the solved
/// criterion from the training and (when there is one) validation segments, the test from the test segment
/// or, when given, an <see cref="Nrmse84Protocol"/>. Error: NRMSE (normalised by the variance of the scored
/// targets). Fitness: 1 / (1 + error). Allocates nothing per evaluation.
/// </summary>
public sealed class GenerativeSeriesEvaluator : ITaskEvaluator
{
    private readonly GenerativeSeries _data;
    private readonly ScoringMode _scoring;
    private readonly ScoringMode _testScoring;
    private readonly double _solvedBelow;
    private readonly Nrmse84Protocol? _nrmse84;
    private readonly double[] _input = new double[1];
    private readonly double[] _output = new double[1];

    /// <summary>Creates the evaluator.</summary>
    public GenerativeSeriesEvaluator(GenerativeSeries data, ScoringMode scoring, ScoringMode testScoring, double solvedBelow, Nrmse84Protocol? nrmse84)
    {
        _data = data;
        _scoring = scoring;
        _testScoring = testScoring;
        _solvedBelow = solvedBelow;
        _nrmse84 = nrmse84;
    }

    /// <inheritdoc/>
    public bool HasVerification => false;

    /// <inheritdoc/>
    public Evaluation Evaluate(IRecurrentNetwork network, StreamKey key)
    {
        double error = Nrmse(network, _data.Train, _scoring, out long steps);
        if (!double.IsFinite(error))
        {
            return Evaluation.Broken(steps);
        }

        bool solved = error <= _solvedBelow;
        if (solved && _data.HasValidation)
        {
            double validation = Nrmse(network, _data.Validation, _scoring, out long validationSteps);
            steps += validationSteps;
            solved = validation <= _solvedBelow;
        }

        return new Evaluation(FitnessFromError.Of(error), error, solved, steps);
    }

    /// <inheritdoc/>
    public Evaluation Test(IRecurrentNetwork network)
    {
        double error;
        long steps;
        if (_nrmse84 is not null)
        {
            error = _nrmse84.Evaluate(network, _input, _output);
            steps = _nrmse84.NetworkSteps;
        }
        else
        {
            error = Nrmse(network, _data.Test, _testScoring, out steps);
        }

        return double.IsFinite(error)
            ? new Evaluation(FitnessFromError.Of(error), error, error <= _solvedBelow, steps)
            : Evaluation.Broken(steps);
    }

    /// <inheritdoc/>
    public Verification Verify(IRecurrentNetwork network) => throw new NotSupportedException("Time-series tasks have no solution tests.");

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, double> TestMetrics(IRecurrentNetwork network)
    {
        var metrics = new Dictionary<string, double>();
        if (_data.HasValidation)
        {
            metrics["validation_nrmse"] = Nrmse(network, _data.Validation, _scoring, out _);
        }

        if (_nrmse84 is not null)
        {
            metrics["test_log10_nrmse84"] = Math.Log10(_nrmse84.Evaluate(network, _input, _output));
        }

        return metrics;
    }

    /// <summary>The NRMSE of <paramref name="network"/> on <paramref name="segment"/>; +∞ for non-finite outputs.</summary>
    public double Nrmse(IRecurrentNetwork network, SeriesSegment segment, ScoringMode mode, out long steps)
    {
        var error = default(ErrorAccumulator);
        steps = ClosedLoop.Run(network, _data.Series, segment, mode, _input, _output, ref error);
        return error.Nrmse;
    }
}
