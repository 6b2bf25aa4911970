using Evorec.Numerics;

namespace Evorec.Genomes;

/// <summary>
/// Solves a linear readout in closed form: the caller adds one feature row x (length F) with its
/// target row y (length O) per time step; <see cref="Solve"/> then writes W (O × F, row-major) with Wᵀ
/// minimising ‖XWᵀ − Y‖² (+ λ‖W‖² for ridge).
/// </summary>
/// <remarks>
/// The rows are accumulated into the triangular factor of X = QR by Givens rotations
/// (<see cref="IncrementalQr"/>), never into XᵀX: forming the normal equations squares the condition
/// number, and echo-state feature matrices have condition numbers near 10¹², so the normal
/// equations lose every digit Jaeger &amp; Haas's readouts (Science 304, 2004) depend on. Ridge adds the
/// rows √λ·eᵢ to the factor (ridge as the least-squares problem [X; √λI], Tikhonov's augmented
/// form) and back-substitutes. The pseudo-inverse is X⁺ = R⁺Qᵀ, with R⁺ from the singular value
/// decomposition of Rᵀ = ŨΣṼᵀ by one-sided Jacobi on the rows of R (<see cref="OneSidedJacobi"/>):
/// R⁺c = Ũ Σ⁺ (Ṽᵀc), and Ṽᵀc is formed by applying the rotations to c itself; singular values at or below
/// max(rows, F)·ε·σ_max are treated as zero, MATLAB's <c>pinv</c> default (what Jaeger's code used).
/// Both solves are written here rather than called in MathNet, because MathNet's providers allocate
/// work arrays per call and may run multithreaded, and this class must give bit-identical results
/// without allocating; the tests check it against MathNet's SVD pseudo-inverse.
/// </remarks>
public sealed class ReadoutSolver
{
    private readonly IncrementalQr _problem;
    private readonly IncrementalQr? _ridge;
    private readonly OneSidedJacobi? _jacobi;
    private readonly double[] _columns;
    private readonly double[] _rotated;
    private readonly double[] _singularValues;

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
        _problem = new IncrementalQr(featureCount, outputCount);
        if (method == ReadoutMethod.Ridge)
        {
            _ridge = new IncrementalQr(featureCount, outputCount);
            _columns = [];
            _rotated = [];
            _singularValues = [];
        }
        else
        {
            _jacobi = new OneSidedJacobi(featureCount);
            _columns = new double[featureCount * featureCount];
            _rotated = new double[outputCount * featureCount];
            _singularValues = new double[featureCount];
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
    public long RowCount => _problem.RowCount;

    /// <summary>Forgets every row.</summary>
    public void Clear() => _problem.Clear();

    /// <summary>Adds one feature row and its targets.</summary>
    public void Add(ReadOnlySpan<double> features, ReadOnlySpan<double> targets)
    {
        if (features.Length != FeatureCount || targets.Length != OutputCount)
        {
            throw new ArgumentException($"Expected {FeatureCount} features and {OutputCount} targets.");
        }

        _problem.Add(features, targets);
    }

    /// <summary>
    /// Writes the readout W (O × F, row-major: row k = weights of output k) into <paramref name="weights"/>.
    /// Returns false, writing NaN, when a row was not finite or the decomposition fails.
    /// </summary>
    public bool Solve(Span<double> weights)
    {
        int f = FeatureCount;
        int o = OutputCount;
        if (weights.Length != f * o)
        {
            throw new ArgumentException($"Expected {f * o} readout weights.", nameof(weights));
        }

        bool solved = _problem.IsFinite && (Method == ReadoutMethod.Ridge ? SolveRidge(weights) : SolvePseudoInverse(weights));
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
        IncrementalQr ridge = _ridge!;
        ridge.CopyFrom(_problem);
        double root = Math.Sqrt(RidgeLambda);
        for (int i = 0; i < f; i++)
        {
            ridge.AddUnitRow(i, root);
        }

        ReadOnlySpan<double> r = ridge.Factor;
        ReadOnlySpan<double> projected = ridge.Projected;
        for (int output = 0; output < o; output++)
        {
            Span<double> w = weights.Slice(output * f, f);
            for (int i = f - 1; i >= 0; i--)
            {
                double sum = projected[(i * o) + output];
                for (int k = i + 1; k < f; k++)
                {
                    sum -= r[(i * f) + k] * w[k];
                }

                w[i] = sum / r[(i * f) + i];
            }
        }

        foreach (double value in weights)
        {
            if (!double.IsFinite(value))
            {
                return false;
            }
        }

        return true;
    }

    private bool SolvePseudoInverse(Span<double> weights)
    {
        int f = FeatureCount;
        int o = OutputCount;

        // The rows of R are the columns of Rᵀ; row k of _rotated is column k of c = QᵀY (its first F rows).
        _problem.Factor.CopyTo(_columns);
        ReadOnlySpan<double> projected = _problem.Projected;
        for (int i = 0; i < f; i++)
        {
            for (int output = 0; output < o; output++)
            {
                _rotated[(output * f) + i] = projected[(i * o) + output];
            }
        }

        if (!_jacobi!.Decompose(_columns, _rotated, _singularValues))
        {
            return false;
        }

        double largest = 0;
        foreach (double value in _singularValues)
        {
            largest = Math.Max(largest, value);
        }

        // Row p of _columns is σ_p ũ_pᵀ and _rotated holds (Ṽᵀc)ᵀ, so R⁺c = Σ_p (σ_p ũ_p) (Ṽᵀc)_p / σ_p².
        double tolerance = Math.Max(RowCount, f) * Math.Pow(2, -52) * largest;
        weights.Clear();
        for (int p = 0; p < f; p++)
        {
            double sigma = _singularValues[p];
            if (!(sigma > tolerance))
            {
                continue;
            }

            ReadOnlySpan<double> scaledLeft = _columns.AsSpan(p * f, f);
            for (int output = 0; output < o; output++)
            {
                double scale = _rotated[(output * f) + p] / (sigma * sigma);
                Span<double> w = weights.Slice(output * f, f);
                for (int i = 0; i < f; i++)
                {
                    w[i] += scale * scaledLeft[i];
                }
            }
        }

        return true;
    }
}
