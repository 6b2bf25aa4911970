namespace Evorec.Numerics;

/// <summary>
/// The eigendecomposition A = V diag(λ) Vᵀ of a real symmetric matrix, in place and without
/// allocating: Householder reduction to tridiagonal form followed by the implicit QL algorithm
/// (EISPACK's <c>tred2</c> and <c>tql2</c>: Bowdler, Martin, Reinsch &amp; Wilkinson, Numerische
/// Mathematik 11, 1968; in the form of the public-domain JAMA library, which is also what
/// MathNet.Numerics' managed provider and Hansen's reference CMA-ES code use).
/// </summary>
/// <remarks>
/// The working matrix is indexed column-major (element (i, j) of V at j·n + i), so the column
/// sweeps of tred2 and the rotations of tql2 run over contiguous memory.
/// MathNet's provider allocates two work vectors per call, so the allocation-free hot paths of
/// the evolution strategies use this class instead; the tests check it against MathNet.
/// </remarks>
public sealed class SymmetricEigensolver
{
    private readonly double[] _offDiagonal;

    /// <summary>Creates a solver for <paramref name="order"/> × <paramref name="order"/> matrices.</summary>
    public SymmetricEigensolver(int order)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(order);
        Order = order;
        _offDiagonal = new double[order];
    }

    /// <summary>The matrix order n.</summary>
    public int Order { get; }

    /// <summary>
    /// Decomposes the symmetric matrix held in <paramref name="matrix"/> (n × n, row-major; it must
    /// be exactly symmetric). On return eigenvector i occupies elements [i·n, (i+1)·n) of
    /// <paramref name="matrix"/> (the eigenvector matrix V is stored transposed, which keeps every
    /// inner loop contiguous) and <paramref name="eigenvalues"/>[i] is its eigenvalue, ascending.
    /// Returns false, leaving the outputs unspecified, when the QL iteration does not converge
    /// (only for non-finite input).
    /// </summary>
    public bool Decompose(Span<double> matrix, Span<double> eigenvalues)
    {
        int n = Order;
        if (matrix.Length != n * n || eigenvalues.Length != n)
        {
            throw new ArgumentException($"Expected an {n} × {n} matrix and {n} eigenvalues.");
        }

        Tridiagonalize(matrix, eigenvalues, _offDiagonal);
        return Diagonalize(matrix, eigenvalues, _offDiagonal);
    }

    /// <summary>EISPACK tred2: Householder reduction to tridiagonal form, accumulating the transformations in V.</summary>
    private void Tridiagonalize(Span<double> v, Span<double> d, Span<double> e)
    {
        int n = Order;
        for (int j = 0; j < n; j++)
        {
            d[j] = v[(j * n) + n - 1];
        }

        for (int i = n - 1; i > 0; i--)
        {
            double scale = 0.0;
            double h = 0.0;
            for (int k = 0; k < i; k++)
            {
                scale += Math.Abs(d[k]);
            }

            if (scale == 0.0)
            {
                e[i] = d[i - 1];
                for (int j = 0; j < i; j++)
                {
                    d[j] = v[(j * n) + i - 1];
                    v[(j * n) + i] = 0.0;
                    v[(i * n) + j] = 0.0;
                }
            }
            else
            {
                for (int k = 0; k < i; k++)
                {
                    d[k] /= scale;
                    h += d[k] * d[k];
                }

                double f = d[i - 1];
                double g = Math.Sqrt(h);
                if (f > 0)
                {
                    g = -g;
                }

                e[i] = scale * g;
                h -= f * g;
                d[i - 1] = f - g;
                for (int j = 0; j < i; j++)
                {
                    e[j] = 0.0;
                }

                for (int j = 0; j < i; j++)
                {
                    f = d[j];
                    v[(i * n) + j] = f;
                    g = e[j] + (v[(j * n) + j] * f);
                    for (int k = j + 1; k <= i - 1; k++)
                    {
                        g += v[(j * n) + k] * d[k];
                        e[k] += v[(j * n) + k] * f;
                    }

                    e[j] = g;
                }

                f = 0.0;
                for (int j = 0; j < i; j++)
                {
                    e[j] /= h;
                    f += e[j] * d[j];
                }

                double hh = f / (h + h);
                for (int j = 0; j < i; j++)
                {
                    e[j] -= hh * d[j];
                }

                for (int j = 0; j < i; j++)
                {
                    f = d[j];
                    g = e[j];
                    for (int k = j; k <= i - 1; k++)
                    {
                        v[(j * n) + k] -= (f * e[k]) + (g * d[k]);
                    }

                    d[j] = v[(j * n) + i - 1];
                    v[(j * n) + i] = 0.0;
                }
            }

            d[i] = h;
        }

        for (int i = 0; i < n - 1; i++)
        {
            v[(i * n) + n - 1] = v[(i * n) + i];
            v[(i * n) + i] = 1.0;
            double h = d[i + 1];
            if (h != 0.0)
            {
                for (int k = 0; k <= i; k++)
                {
                    d[k] = v[((i + 1) * n) + k] / h;
                }

                for (int j = 0; j <= i; j++)
                {
                    double g = 0.0;
                    for (int k = 0; k <= i; k++)
                    {
                        g += v[((i + 1) * n) + k] * v[(j * n) + k];
                    }

                    for (int k = 0; k <= i; k++)
                    {
                        v[(j * n) + k] -= g * d[k];
                    }
                }
            }

            for (int k = 0; k <= i; k++)
            {
                v[((i + 1) * n) + k] = 0.0;
            }
        }

        for (int j = 0; j < n; j++)
        {
            d[j] = v[(j * n) + n - 1];
            v[(j * n) + n - 1] = 0.0;
        }

        v[((n - 1) * n) + n - 1] = 1.0;
        e[0] = 0.0;
    }

    /// <summary>EISPACK tql2: the implicit QL algorithm on the tridiagonal matrix, rotating V along; then an ascending sort.</summary>
    private bool Diagonalize(Span<double> v, Span<double> d, Span<double> e)
    {
        int n = Order;
        for (int i = 1; i < n; i++)
        {
            e[i - 1] = e[i];
        }

        e[n - 1] = 0.0;
        double f = 0.0;
        double tst1 = 0.0;
        const double Epsilon = 2.220446049250313e-16;
        int iterationLimit = 30 * n;
        for (int l = 0; l < n; l++)
        {
            tst1 = Math.Max(tst1, Math.Abs(d[l]) + Math.Abs(e[l]));
            int m = l;
            while (m < n - 1 && !(Math.Abs(e[m]) <= Epsilon * tst1))
            {
                m++;
            }

            if (m > l)
            {
                int iterations = 0;
                do
                {
                    if (++iterations > iterationLimit || !double.IsFinite(tst1))
                    {
                        return false;
                    }

                    double g = d[l];
                    double p = (d[l + 1] - g) / (2.0 * e[l]);
                    double r = Hypotenuse(p, 1.0);
                    if (p < 0)
                    {
                        r = -r;
                    }

                    d[l] = e[l] / (p + r);
                    d[l + 1] = e[l] * (p + r);
                    double dl1 = d[l + 1];
                    double h = g - d[l];
                    for (int i = l + 2; i < n; i++)
                    {
                        d[i] -= h;
                    }

                    f += h;
                    p = d[m];
                    double c = 1.0;
                    double c2 = c;
                    double c3 = c;
                    double el1 = e[l + 1];
                    double s = 0.0;
                    double s2 = 0.0;
                    for (int i = m - 1; i >= l; i--)
                    {
                        c3 = c2;
                        c2 = c;
                        s2 = s;
                        g = c * e[i];
                        h = c * p;
                        r = Hypotenuse(p, e[i]);
                        e[i + 1] = s * r;
                        s = e[i] / r;
                        c = p / r;
                        p = (c * d[i]) - (s * g);
                        d[i + 1] = h + (s * ((c * g) + (s * d[i])));
                        for (int k = 0; k < n; k++)
                        {
                            h = v[((i + 1) * n) + k];
                            v[((i + 1) * n) + k] = (s * v[(i * n) + k]) + (c * h);
                            v[(i * n) + k] = (c * v[(i * n) + k]) - (s * h);
                        }
                    }

                    p = -s * s2 * c3 * el1 * e[l] / dl1;
                    e[l] = s * p;
                    d[l] = c * p;
                }
                while (!(Math.Abs(e[l]) <= Epsilon * tst1));
            }

            d[l] += f;
            e[l] = 0.0;
        }

        for (int i = 0; i < n - 1; i++)
        {
            int k = i;
            double p = d[i];
            for (int j = i + 1; j < n; j++)
            {
                if (d[j] < p)
                {
                    k = j;
                    p = d[j];
                }
            }

            if (k != i)
            {
                d[k] = d[i];
                d[i] = p;
                for (int j = 0; j < n; j++)
                {
                    (v[(i * n) + j], v[(k * n) + j]) = (v[(k * n) + j], v[(i * n) + j]);
                }
            }
        }

        for (int i = 0; i < n; i++)
        {
            if (!double.IsFinite(d[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static double Hypotenuse(double a, double b)
    {
        double x = Math.Abs(a);
        double y = Math.Abs(b);
        if (x > y)
        {
            double ratio = y / x;
            return x * Math.Sqrt(1.0 + (ratio * ratio));
        }

        if (y == 0.0)
        {
            return 0.0;
        }

        double q = x / y;
        return y * Math.Sqrt(1.0 + (q * q));
    }
}
