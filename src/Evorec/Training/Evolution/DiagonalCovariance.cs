namespace Evorec.Training.Evolution;

/// <summary>
/// The diagonal covariance matrix of sep-CMA-ES (Ros &amp; Hansen 2008): O(n) memory and time,
/// with the update of tutorial eq. (47) restricted to the diagonal.
/// </summary>
internal sealed class DiagonalCovariance : ICovarianceModel
{
    private readonly double[] _variance;
    private readonly double[] _deviation;

    public DiagonalCovariance(int dimension)
    {
        _variance = new double[dimension];
        _deviation = new double[dimension];
        Reset();
    }

    public double ConditionNumber { get; private set; } = 1.0;

    public double LargestEigenvalue { get; private set; } = 1.0;

    public void Reset()
    {
        Array.Fill(_variance, 1.0);
        Array.Fill(_deviation, 1.0);
        ConditionNumber = 1.0;
        LargestEigenvalue = 1.0;
    }

    public bool Decompose()
    {
        double largest = 0;
        double smallest = double.PositiveInfinity;
        for (int i = 0; i < _variance.Length; i++)
        {
            double v = _variance[i];
            if (!(v > 0) || !double.IsFinite(v))
            {
                return false;
            }

            _deviation[i] = Math.Sqrt(v);
            largest = Math.Max(largest, v);
            smallest = Math.Min(smallest, v);
        }

        LargestEigenvalue = largest;
        ConditionNumber = largest / smallest;
        return true;
    }

    public void Sample(ReadOnlySpan<double> z, Span<double> y)
    {
        for (int i = 0; i < _deviation.Length; i++)
        {
            y[i] = _deviation[i] * z[i];
        }
    }

    public void Whiten(ReadOnlySpan<double> y, Span<double> output)
    {
        for (int i = 0; i < _deviation.Length; i++)
        {
            output[i] = y[i] / _deviation[i];
        }
    }

    public void Update(double decay, double rankOneRate, ReadOnlySpan<double> path, double rankMuRate, ReadOnlySpan<double> weights, ReadOnlySpan<int> order, ReadOnlySpan<double> steps)
    {
        int n = _variance.Length;
        for (int i = 0; i < n; i++)
        {
            _variance[i] = (decay * _variance[i]) + (rankOneRate * path[i] * path[i]);
        }

        for (int r = 0; r < weights.Length; r++)
        {
            double w = weights[r];
            if (w == 0)
            {
                continue;
            }

            ReadOnlySpan<double> y = steps.Slice(order[r] * n, n);
            double scale = rankMuRate * w;
            for (int i = 0; i < n; i++)
            {
                _variance[i] += scale * y[i] * y[i];
            }
        }
    }

    public double Variance(int index) => _variance[index];

    public bool AxisHasNoEffect(ReadOnlySpan<double> mean, double sigma, int axis) =>
        mean[axis] + (0.1 * sigma * _deviation[axis]) == mean[axis];
}
