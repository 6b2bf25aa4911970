namespace Evorec.Genomes;

/// <summary>
/// Solves a linear readout in closed form from accumulated normal equations: the caller adds one
/// feature row x (length F) with its target row y (length O) per time step, building XᵀX and XᵀY;
/// <see cref="Solve"/> then writes W (O × F, row-major) with Wᵀ minimising ‖XWᵀ − Y‖² (+ λ‖W‖²).
/// </summary>
/// <remarks>
/// Ridge (λ &gt; 0) factors XᵀX + λI by Cholesky (positive definite for every λ &gt; 0) and
/// back-substitutes. The pseudo-inverse uses X⁺ = (XᵀX)⁺Xᵀ: the symmetric eigendecomposition of
/// XᵀX (<see cref="Numerics.SymmetricEigensolver"/>, the squared singular values of X) inverts
/// only eigenvalues above F·ε·λ_max, which is the SVD pseudo-inverse of X up to forming XᵀX
/// (that squares the condition number: components of X below √(F·ε)·σ_max are treated as zero).
/// Both solves are written here rather than called in MathNet, because MathNet's providers allocate
/// work arrays per call and may run multithreaded, and this class must give bit-identical results
/// without allocating; the tests check it against MathNet's SVD pseudo-inverse.
/// </remarks>
public sealed class ReadoutSolver
{
    private readonly double[] _gram;
    private readonly double[] _cross;
    private readonly double[] _factor;
    private readonly double[] _eigenvalues;
    private readonly double[] _projected;
    private readonly Numerics.SymmetricEigensolver? _eigensolver;

    /// <summary>Creates a solver for <paramref name="featureCount"/> features and <paramref name="outputCount"/> outputs.</summary>
    public ReadoutSolver(int featureCount, int outputCount, ReadoutMethod method, double ridgeLambda)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(featureCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputCount);
        if (method == ReadoutMethod.Evolved)
        {
            throw new ArgumentException("A readout solver needs the ridge or pseudo-inverse method.", nameof(method));
        }

        if (method == ReadoutMethod.Ridge && !(ridgeLambda > 0 && double.IsFinite(ridgeLambda)))
        {
            throw new ArgumentOutOfRangeException(nameof(ridgeLambda), "ridgeLambda must be positive and finite for the ridge readout.");
        }

        FeatureCount = featureCount;
        OutputCount = outputCount;
        Method = method;
        RidgeLambda = ridgeLambda;
        _gram = new double[featureCount * featureCount];
        _cross = new double[featureCount * outputCount];
        _factor = new double[featureCount * featureCount];
        _eigenvalues = new double[featureCount];
        _projected = new double[featureCount];
        if (method == ReadoutMethod.PseudoInverse)
        {
            _eigensolver = new Numerics.SymmetricEigensolver(featureCount);
        }
    }

    /// <summary>Features per row.</summary>
    public int FeatureCount { get; }

    /// <summary>Outputs per row.</summary>
    public int OutputCount { get; }

    /// <summary>The solve method.</summary>
    public ReadoutMethod Method { get; }

    /// <summary>The ridge regularisation λ (unused by the pseudo-inverse).</summary>
    public double RidgeLambda { get; }

    /// <summary>Rows added since the last <see cref="Clear"/>.</summary>
    public long RowCount { get; private set; }

    /// <summary>Forgets every row.</summary>
    public void Clear()
    {
        Array.Clear(_gram);
        Array.Clear(_cross);
        RowCount = 0;
    }

    /// <summary>Adds one feature row and its targets to the normal equations (upper triangle of XᵀX only).</summary>
    public void Add(ReadOnlySpan<double> features, ReadOnlySpan<double> targets)
    {
        int f = FeatureCount;
        int o = OutputCount;
        if (features.Length != f || targets.Length != o)
        {
            throw new ArgumentException($"Expected {f} features and {o} targets.");
        }

        for (int i = 0; i < f; i++)
        {
            double xi = features[i];
            if (xi == 0)
            {
                continue;
            }

            Span<double> row = _gram.AsSpan(i * f, f);
            for (int j = i; j < f; j++)
            {
                row[j] += xi * features[j];
            }

            Span<double> cross = _cross.AsSpan(i * o, o);
            for (int k = 0; k < o; k++)
            {
                cross[k] += xi * targets[k];
            }
        }

        RowCount++;
    }

    /// <summary>
    /// Writes the readout W (O × F, row-major: row k = weights of output k) into <paramref name="weights"/>.
    /// Returns false, writing NaN, when the accumulated sums are not finite or the factorisation fails.
    /// </summary>
    public bool Solve(Span<double> weights)
    {
        int f = FeatureCount;
        int o = OutputCount;
        if (weights.Length != f * o)
        {
            throw new ArgumentException($"Expected {f * o} readout weights.", nameof(weights));
        }

        bool finite = true;
        for (int i = 0; i < f && finite; i++)
        {
            for (int j = i; j < f; j++)
            {
                double value = _gram[(i * f) + j];
                if (!double.IsFinite(value))
                {
                    finite = false;
                    break;
                }

                _factor[(i * f) + j] = value;
                _factor[(j * f) + i] = value;
            }
        }

        foreach (double value in _cross)
        {
            finite &= double.IsFinite(value);
        }

        bool solved = finite && (Method == ReadoutMethod.Ridge ? SolveRidge(weights) : SolvePseudoInverse(weights));
        if (!solved)
        {
            weights.Fill(double.NaN);
        }

        return solved;
    }

    private bool SolveRidge(Span<double> weights)
    {
        int f = FeatureCount;
        int o = OutputCount;
        double[] a = _factor;
        for (int i = 0; i < f; i++)
        {
            a[(i * f) + i] += RidgeLambda;
        }

        // Cholesky A = L Lᵀ, L in the lower triangle (row-major).
        for (int j = 0; j < f; j++)
        {
            double diagonal = a[(j * f) + j];
            for (int k = 0; k < j; k++)
            {
                diagonal -= a[(j * f) + k] * a[(j * f) + k];
            }

            if (!(diagonal > 0))
            {
                return false;
            }

            double pivot = Math.Sqrt(diagonal);
            a[(j * f) + j] = pivot;
            for (int i = j + 1; i < f; i++)
            {
                double sum = a[(i * f) + j];
                for (int k = 0; k < j; k++)
                {
                    sum -= a[(i * f) + k] * a[(j * f) + k];
                }

                a[(i * f) + j] = sum / pivot;
            }
        }

        Span<double> z = _projected;
        for (int output = 0; output < o; output++)
        {
            for (int i = 0; i < f; i++)
            {
                double sum = _cross[(i * o) + output];
                for (int k = 0; k < i; k++)
                {
                    sum -= a[(i * f) + k] * z[k];
                }

                z[i] = sum / a[(i * f) + i];
            }

            Span<double> w = weights.Slice(output * f, f);
            for (int i = f - 1; i >= 0; i--)
            {
                double sum = z[i];
                for (int k = i + 1; k < f; k++)
                {
                    sum -= a[(k * f) + i] * w[k];
                }

                w[i] = sum / a[(i * f) + i];
            }
        }

        return true;
    }

    private bool SolvePseudoInverse(Span<double> weights)
    {
        int f = FeatureCount;
        int o = OutputCount;
        if (!_eigensolver!.Decompose(_factor, _eigenvalues))
        {
            return false;
        }

        double largest = 0;
        foreach (double value in _eigenvalues)
        {
            largest = Math.Max(largest, Math.Abs(value));
        }

        double tolerance = f * Math.Pow(2, -52) * largest;
        for (int output = 0; output < o; output++)
        {
            Span<double> w = weights.Slice(output * f, f);
            w.Clear();
            for (int e = 0; e < f; e++)
            {
                double lambda = _eigenvalues[e];
                if (!(lambda > tolerance))
                {
                    continue;
                }

                ReadOnlySpan<double> vector = _factor.AsSpan(e * f, f);
                double projection = 0;
                for (int i = 0; i < f; i++)
                {
                    projection += vector[i] * _cross[(i * o) + output];
                }

                double scale = projection / lambda;
                for (int i = 0; i < f; i++)
                {
                    w[i] += scale * vector[i];
                }
            }
        }

        return true;
    }
}
