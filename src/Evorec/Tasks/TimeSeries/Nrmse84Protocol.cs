using Evorec.Networks;

namespace Evorec.Tasks.TimeSeries;

/// <summary>
/// The free-running prediction error of Jaeger (GMD Report 148, 2001, §6.3, eq. 25) and Jaeger &amp; Haas
/// (Science 304, 2004): <c>trials</c> consecutive, non-overlapping blocks of the series, each of
/// <c>teacherForcedSteps + horizon</c> samples. In each trial the network is reset, reads the block's
/// first <c>teacherForcedSteps</c> samples teacher-forced, then runs free; its <c>horizon</c>-step-ahead
/// prediction d̂_i is compared with the true sample d_i, both in the original coordinates:
/// NRMSE = sqrt( Σ_i (d_i − d̂_i)² / (trials · σ²) ), σ² the variance of the original series over all the
/// blocks' samples. When the network works on the squashed series tanh(x − 1), its prediction is
/// retransformed by atanh(y) + 1 first (Jaeger 2001, §6.3); a prediction outside (−1, 1) has no preimage
/// and makes the error infinite. Jaeger 2001 used 50 trials with 1000 teacher-forced steps and horizon 84;
/// Jaeger &amp; Haas 2004 used 100 trials.
/// </summary>
public sealed class Nrmse84Protocol
{
    private readonly double[] _series;
    private readonly double[] _original;

    /// <summary>
    /// Creates the protocol on <paramref name="series"/> (network coordinates) and <paramref name="original"/>
    /// (the same samples in the original coordinates), with the first block starting at <paramref name="firstSample"/>.
    /// </summary>
    public Nrmse84Protocol(double[] series, double[] original, int firstSample, int trials, int teacherForcedSteps, int horizon, bool squashed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(firstSample);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trials);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(teacherForcedSteps);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(horizon);
        BlockLength = teacherForcedSteps + horizon;
        if (series.Length != original.Length || series.Length < firstSample + (trials * BlockLength))
        {
            throw new ArgumentException("The series must hold every trial's block.", nameof(series));
        }

        _series = series;
        _original = original;
        FirstSample = firstSample;
        Trials = trials;
        TeacherForcedSteps = teacherForcedSteps;
        Horizon = horizon;
        Squashed = squashed;
        double sum = 0.0;
        double squares = 0.0;
        int count = trials * BlockLength;
        for (int i = firstSample; i < firstSample + count; i++)
        {
            sum += original[i];
            squares += original[i] * original[i];
        }

        double mean = sum / count;
        Variance = (squares / count) - (mean * mean);
    }

    /// <summary>The sample where the first block starts.</summary>
    public int FirstSample { get; }

    /// <summary>Number of trials (blocks).</summary>
    public int Trials { get; }

    /// <summary>Samples read teacher-forced at the start of each trial.</summary>
    public int TeacherForcedSteps { get; }

    /// <summary>How many steps after the last teacher-forced sample the scored prediction lies (84).</summary>
    public int Horizon { get; }

    /// <summary>Samples per block: teacher-forced steps plus horizon.</summary>
    public int BlockLength { get; }

    /// <summary>Whether the network works on tanh(x − 1) and its predictions are retransformed.</summary>
    public bool Squashed { get; }

    /// <summary>σ²: the variance of the original series over all blocks' samples.</summary>
    public double Variance { get; }

    /// <summary>Network steps one evaluation runs.</summary>
    public long NetworkSteps => (long)Trials * (BlockLength - 1);

    /// <summary>The sample trial <paramref name="trial"/> must predict, in the original coordinates.</summary>
    public double TargetOf(int trial) => _original[FirstSample + (trial * BlockLength) + TeacherForcedSteps - 1 + Horizon];

    /// <summary>
    /// The NRMSE of <paramref name="network"/>'s horizon-step predictions over all trials; +∞ when a
    /// prediction is not finite (or, squashed, outside (−1, 1)). Buffers are caller-owned; allocates nothing.
    /// </summary>
    public double Evaluate(IRecurrentNetwork network, Span<double> input, Span<double> output)
    {
        double squaredError = 0.0;
        for (int trial = 0; trial < Trials; trial++)
        {
            ReadOnlySpan<double> block = _series.AsSpan(FirstSample + (trial * BlockLength), BlockLength);
            double prediction = ClosedLoop.PredictAhead(network, block, TeacherForcedSteps, Horizon, input, output);
            if (Squashed)
            {
                prediction = Squashing.Inverse(prediction);
            }

            if (!double.IsFinite(prediction))
            {
                return double.PositiveInfinity;
            }

            double difference = TargetOf(trial) - prediction;
            squaredError += difference * difference;
        }

        return Math.Sqrt(squaredError / (Trials * Variance));
    }
}
