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
    private readonly int _freeRunHorizon;
    private readonly double[] _input = new double[1];
    private readonly double[] _output = new double[1];

    /// <summary>
    /// Creates the evaluator. With <paramref name="freeRunHorizon"/> h &gt; 0 and free-running
    /// <paramref name="scoring"/>, the training and validation segments are scored in consecutive windows
    /// of h steps, each run from the reset state teacher-forced over the washout's length of samples
    /// before it and then free (see <see cref="WindowedNrmse"/>); 0 runs each segment free as a whole.
    /// The test is never windowed.
    /// </summary>
    public GenerativeSeriesEvaluator(GenerativeSeries data, ScoringMode scoring, ScoringMode testScoring, double solvedBelow, Nrmse84Protocol? nrmse84, int freeRunHorizon = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(freeRunHorizon);
        _freeRunHorizon = freeRunHorizon;
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
        double error = ScoredNrmse(network, _data.Train, out long steps);
        if (!double.IsFinite(error))
        {
            return Evaluation.Broken(steps);
        }

        bool solved = error <= _solvedBelow;
        if (solved && _data.HasValidation)
        {
            double validation = ScoredNrmse(network, _data.Validation, out long validationSteps);
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
            metrics["validation_nrmse"] = ScoredNrmse(network, _data.Validation, out _);
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

    /// <summary>
    /// The windowed free-running NRMSE of <paramref name="network"/> on <paramref name="segment"/>: the
    /// segment is cut into consecutive windows of <paramref name="horizon"/> steps (the last may be
    /// shorter); for each, the network is reset, teacher-forced over the <paramref name="warmup"/> samples
    /// before the window (fewer where the series starts later) and run free through the window, so its
    /// k-th output there is a k-step-ahead prediction, k = 1 … horizon. One NRMSE over all windows' steps,
    /// normalised by the variance of their targets. This scores the closed-loop behaviour on the horizon
    /// the test measures (NRMSE84: 84 steps; Jaeger, GMD Report 148, 2001, §6.3) rather than one long
    /// free run, whose error on a chaotic series is dominated by the unavoidable divergence of trajectories.
    /// +∞ for non-finite outputs. Allocates nothing.
    /// </summary>
    public double WindowedNrmse(IRecurrentNetwork network, SeriesSegment segment, int horizon, int warmup, out long steps)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(horizon);
        ArgumentOutOfRangeException.ThrowIfNegative(warmup);
        var error = default(ErrorAccumulator);
        steps = 0;
        ReadOnlySpan<double> series = _data.Series;
        for (int start = segment.From; start < segment.To; start += horizon)
        {
            int end = Math.Min(start + horizon, segment.To);
            int from = Math.Max(0, start - warmup);
            steps += ClosedLoop.Run(network, series[from..], new SeriesSegment(start - from, end - from), ScoringMode.FreeRunning, _input, _output, ref error);
            if (error.IsBroken)
            {
                break;
            }
        }

        return error.Nrmse;
    }

    /// <summary>The NRMSE of <paramref name="network"/> on a training or validation <paramref name="segment"/> as fitness scores it (windowed when the evaluator has a free-run horizon).</summary>
    public double ScoredNrmse(IRecurrentNetwork network, SeriesSegment segment, out long steps) =>
        _freeRunHorizon > 0 && _scoring == ScoringMode.FreeRunning
            ? WindowedNrmse(network, segment, _freeRunHorizon, _data.Train.From, out steps)
            : Nrmse(network, segment, _scoring, out steps);
}
