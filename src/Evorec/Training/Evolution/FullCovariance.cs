using Evorec.Numerics;

namespace Evorec.Training.Evolution;

/// <summary>
/// The full covariance matrix of CMA-ES, with its eigendecomposition C = B D² Bᵀ (tutorial
/// eqs. 38–39), refreshed lazily by the strategy. Memory: two n × n matrices; the eigenvectors
/// bᵢ are stored one after another (row i of the basis array is bᵢ).
/// </summary>
internal sealed class FullCovariance : ICovarianceModel
{
    private readonly int _n;
    private readonly double[] _covariance;
    private readonly double[] _basis;
    private readonly double[] _eigenvalues;
    private readonly double[] _deviation;
    private readonly SymmetricEigensolver _solver;

    public FullCovariance(int dimension)
    {
        _n = dimension;
        _covariance = new double[dimension * dimension];
        _basis = new double[dimension * dimension];
        _eigenvalues = new double[dimension];
        _deviation = new double[dimension];
        _solver = new SymmetricEigensolver(dimension);
        Reset();
    }

    public double ConditionNumber { get; private set; } = 1.0;

    public double LargestEigenvalue { get; private set; } = 1.0;

    public void Reset()
    {
        Array.Clear(_covariance);
        Array.Clear(_basis);
        for (int i = 0; i < _n; i++)
        {
            _covariance[(i * _n) + i] = 1.0;
            _basis[(i * _n) + i] = 1.0;
        }

        Array.Fill(_eigenvalues, 1.0);
        Array.Fill(_deviation, 1.0);
        ConditionNumber = 1.0;
        LargestEigenvalue = 1.0;
    }

    public bool Decompose()
    {
        _covariance.AsSpan().CopyTo(_basis);
        if (!_solver.Decompose(_basis, _eigenvalues))
        {
            return false;
        }

        double smallest = _eigenvalues[0];
        double largest = _eigenvalues[_n - 1];
        if (!(smallest > 0) || !double.IsFinite(largest))
        {
            return false;
        }

        for (int i = 0; i < _n; i++)
        {
            _deviation[i] = Math.Sqrt(_eigenvalues[i]);
        }

        LargestEigenvalue = largest;
        ConditionNumber = largest / smallest;
        return true;
    }

    public void Sample(ReadOnlySpan<double> z, Span<double> y)
    {
        // y = Σ_j b_j D_j z_j, with eigenvector b_j stored contiguously.
        y.Clear();
        for (int j = 0; j < _n; j++)
        {
            double scale = _deviation[j] * z[j];
            ReadOnlySpan<double> axis = _basis.AsSpan(j * _n, _n);
            for (int i = 0; i < _n; i++)
            {
                y[i] += scale * axis[i];
            }
        }
    }

    public void Whiten(ReadOnlySpan<double> y, Span<double> output)
    {
        // output = Σ_j b_j (b_jᵀ y) / D_j.
        output.Clear();
        for (int j = 0; j < _n; j++)
        {
            ReadOnlySpan<double> axis = _basis.AsSpan(j * _n, _n);
            double scale = Kernels.Dot(axis, y) / _deviation[j];
            for (int i = 0; i < _n; i++)
            {
                output[i] += scale * axis[i];
            }
        }
    }

    public void Update(double decay, double rankOneRate, ReadOnlySpan<double> path, double rankMuRate, ReadOnlySpan<double> weights, ReadOnlySpan<int> order, ReadOnlySpan<double> steps)
    {
        int n = _n;
        for (int i = 0; i < n; i++)
        {
            Span<double> row = _covariance.AsSpan(i * n, n);
            double rankOne = rankOneRate * path[i];
            for (int j = i; j < n; j++)
            {
                row[j] = (decay * row[j]) + (rankOne * path[j]);
            }
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
                Span<double> row = _covariance.AsSpan(i * n, n);
                double a = scale * y[i];
                for (int j = i; j < n; j++)
                {
                    row[j] += a * y[j];
                }
            }
        }

        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                _covariance[(j * n) + i] = _covariance[(i * n) + j];
            }
        }
    }

    public double Variance(int index) => _covariance[(index * _n) + index];

    public bool AxisHasNoEffect(ReadOnlySpan<double> mean, double sigma, int axis)
    {
        double scale = 0.1 * sigma * _deviation[axis];
        for (int i = 0; i < _n; i++)
        {
            if (mean[i] + (scale * _basis[(axis * _n) + i]) != mean[i])
            {
                return false;
            }
        }

        return true;
    }
}
