namespace Evorec.Tasks;

/// <summary>
/// Accumulates squared errors and the targets' moments to give the normalised root mean
/// square error, NRMSE = sqrt(mean((y − d)²) / var(d)), the error measure of the time-series
/// literature (for example Jaeger &amp; Haas, Science 2004). A non-finite output makes the whole
/// error +∞. A mutable struct: keep it in a local and pass it by reference.
/// </summary>
public struct ErrorAccumulator
{
    private double _squaredError;
    private double _targetSum;
    private double _targetSquares;
    private long _count;
    private bool _broken;

    /// <summary>Adds one output/target pair.</summary>
    public void Add(double output, double target)
    {
        if (!double.IsFinite(output))
        {
            _broken = true;
            return;
        }

        double difference = output - target;
        _squaredError += difference * difference;
        _targetSum += target;
        _targetSquares += target * target;
        _count++;
    }

    /// <summary>Whether a non-finite output was seen.</summary>
    public readonly bool IsBroken => _broken;

    /// <summary>The mean squared error, or +∞ when broken.</summary>
    public readonly double MeanSquaredError => _broken ? double.PositiveInfinity : _squaredError / Math.Max(1, _count);

    /// <summary>The NRMSE normalised by the variance of the targets seen; +∞ when broken.</summary>
    public readonly double Nrmse
    {
        get
        {
            if (_broken)
            {
                return double.PositiveInfinity;
            }

            double mean = _targetSum / Math.Max(1, _count);
            double variance = (_targetSquares / Math.Max(1, _count)) - (mean * mean);
            return NormalisedBy(variance);
        }
    }

    /// <summary>The NRMSE normalised by a given <paramref name="variance"/>; +∞ when broken.</summary>
    public readonly double NormalisedBy(double variance) =>
        _broken ? double.PositiveInfinity : Math.Sqrt(MeanSquaredError / Math.Max(variance, double.Epsilon));
}
