using System.Numerics;
using System.Runtime.InteropServices;

namespace Evorec.Numerics;

/// <summary>
/// The singular value decomposition A = UΣVᵀ of a square matrix by one-sided Jacobi rotations
/// (Hestenes, J. SIAM 6, 1958; Demmel &amp; Veselić, SIAM J. Matrix Anal. Appl. 13(4), 1992, §4,
/// Algorithm 4.1, with its norm updates α ← α − tγ, β ← β + tγ): pairs of columns of A are rotated until all are mutually orthogonal, so that
/// AV = UΣ. It computes small singular values to high relative accuracy, which a decomposition of
/// AᵀA cannot. Allocates nothing; the order of the rotations is fixed (cyclic by rows), so results
/// are deterministic; rotations are element-wise, so the vector width does not change them.
/// </summary>
public sealed class OneSidedJacobi
{
    /// <summary>Sweeps after which <see cref="Decompose"/> gives up (convergence is quadratic; a few suffice).</summary>
    public const int MaximumSweeps = 60;

    private readonly double[] _squaredNorms;

    /// <summary>Creates a solver for <paramref name="order"/> × <paramref name="order"/> matrices.</summary>
    public OneSidedJacobi(int order)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(order);
        Order = order;
        _squaredNorms = new double[order];
    }

    /// <summary>The matrix order n.</summary>
    public int Order { get; }

    /// <summary>
    /// Decomposes A given by its columns: row p of <paramref name="columns"/> (n × n, row-major) is
    /// column p of A. On return row p of <paramref name="columns"/> is σ_p u_pᵀ and
    /// <paramref name="singularValues"/>[p] = σ_p (unsorted). V is not formed: each rotation is
    /// applied instead to entries (p, q) of every row of <paramref name="transformed"/> (r × n,
    /// row-major, r ≥ 0), which therefore ends as its rows times V. Returns false when the rotations
    /// do not converge (non-finite input).
    /// </summary>
    public bool Decompose(Span<double> columns, Span<double> transformed, Span<double> singularValues)
    {
        int n = Order;
        if (columns.Length < n * n || transformed.Length % n != 0 || singularValues.Length < n)
        {
            throw new ArgumentException($"Expected an {n} × {n} matrix, rows of {n} to transform and {n} singular values.");
        }

        int transformedRows = transformed.Length / n;
        for (int p = 0; p < n; p++)
        {
            _squaredNorms[p] = Kernels.Dot(columns.Slice(p * n, n), columns.Slice(p * n, n));
        }

        // Columns count as orthogonal when |cos| ≤ n·ε (Demmel & Veselić's stopping rule).
        double tolerance = n * Math.Pow(2, -53);
        bool converged = false;
        for (int sweep = 0; sweep < MaximumSweeps && !converged; sweep++)
        {
            converged = true;
            for (int p = 0; p < n - 1; p++)
            {
                for (int q = p + 1; q < n; q++)
                {
                    double alpha = _squaredNorms[p];
                    double beta = _squaredNorms[q];
                    if (alpha == 0 || beta == 0)
                    {
                        continue;
                    }

                    Span<double> first = columns.Slice(p * n, n);
                    Span<double> second = columns.Slice(q * n, n);
                    double gamma = Kernels.Dot(first, second);
                    if (!double.IsFinite(gamma))
                    {
                        return false;
                    }

                    if (Math.Abs(gamma) <= tolerance * Math.Sqrt(alpha * beta))
                    {
                        continue;
                    }

                    converged = false;
                    double zeta = (beta - alpha) / (2.0 * gamma);
                    double tangent = Math.Sign(zeta == 0 ? 1.0 : zeta) / (Math.Abs(zeta) + Math.Sqrt(1.0 + (zeta * zeta)));
                    double cosine = 1.0 / Math.Sqrt(1.0 + (tangent * tangent));
                    double sine = cosine * tangent;
                    Rotate(first, second, cosine, sine);
                    _squaredNorms[p] = alpha - (tangent * gamma);
                    _squaredNorms[q] = beta + (tangent * gamma);
                    for (int r = 0; r < transformedRows; r++)
                    {
                        Span<double> row = transformed.Slice(r * n, n);
                        double x = row[p];
                        double y = row[q];
                        row[p] = (cosine * x) - (sine * y);
                        row[q] = (sine * x) + (cosine * y);
                    }
                }
            }
        }

        for (int p = 0; p < n; p++)
        {
            singularValues[p] = Math.Sqrt(Kernels.Dot(columns.Slice(p * n, n), columns.Slice(p * n, n)));
        }

        return converged;
    }

    /// <summary>(a, b) ← (c·a − s·b, s·a + c·b), element-wise.</summary>
    private static void Rotate(Span<double> a, Span<double> b, double cosine, double sine)
    {
        int i = 0;
        if (Vector.IsHardwareAccelerated && a.Length >= Vector<double>.Count)
        {
            Span<Vector<double>> va = MemoryMarshal.Cast<double, Vector<double>>(a);
            Span<Vector<double>> vb = MemoryMarshal.Cast<double, Vector<double>>(b);
            var c = new Vector<double>(cosine);
            var s = new Vector<double>(sine);
            for (int v = 0; v < va.Length; v++)
            {
                Vector<double> x = va[v];
                Vector<double> y = vb[v];
                va[v] = (c * x) - (s * y);
                vb[v] = (s * x) + (c * y);
            }

            i = va.Length * Vector<double>.Count;
        }

        for (; i < a.Length; i++)
        {
            double x = a[i];
            double y = b[i];
            a[i] = (cosine * x) - (sine * y);
            b[i] = (sine * x) + (cosine * y);
        }
    }
}
