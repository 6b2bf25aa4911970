namespace Evorec.Numerics;

/// <summary>
/// A least-squares problem min ‖Xw − B‖ accumulated one row at a time into the triangular factor of
/// its QR decomposition, X = QR, without ever forming XᵀX: each new row is annihilated against the
/// upper-triangular R (n × n) by a sequence of Givens rotations, which are applied to the row's
/// right-hand sides as well, so the class holds R and QᵀB (n × m). This is the row-updating QR of
/// Golub &amp; Van Loan (Matrix Computations, 4th ed., 2013, §5.1.8 Givens rotations, §6.5.3 adding a
/// row). It is backward stable: the accuracy of the solution depends on cond(X), not on cond(X)²
/// as with the normal equations, which matters for echo-state readouts whose state matrices have
/// condition numbers near 10¹² (Jaeger's readouts reach their published precision only so).
/// </summary>
/// <remarks>Allocates nothing after construction; deterministic (no threads, fixed order).</remarks>
public sealed class IncrementalQr
{
    private readonly double[] _factor;
    private readonly double[] _projected;
    private readonly double[] _row;
    private readonly double[] _rightHandSide;

    /// <summary>Creates an empty problem with <paramref name="columns"/> unknowns and <paramref name="rightHandSides"/> right-hand sides.</summary>
    public IncrementalQr(int columns, int rightHandSides)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(columns);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rightHandSides);
        Columns = columns;
        RightHandSides = rightHandSides;
        _factor = new double[columns * columns];
        _projected = new double[columns * rightHandSides];
        _row = new double[columns];
        _rightHandSide = new double[rightHandSides];
    }

    /// <summary>Unknowns n.</summary>
    public int Columns { get; }

    /// <summary>Right-hand sides m.</summary>
    public int RightHandSides { get; }

    /// <summary>Rows added since the last <see cref="Clear"/>.</summary>
    public long RowCount { get; private set; }

    /// <summary>Whether every row added so far was finite.</summary>
    public bool IsFinite { get; private set; } = true;

    /// <summary>R, n × n row-major, upper triangular with a non-negative diagonal.</summary>
    public ReadOnlySpan<double> Factor => _factor;

    /// <summary>The first n rows of QᵀB, n × m row-major.</summary>
    public ReadOnlySpan<double> Projected => _projected;

    /// <summary>Forgets every row.</summary>
    public void Clear()
    {
        Array.Clear(_factor);
        Array.Clear(_projected);
        RowCount = 0;
        IsFinite = true;
    }

    /// <summary>Makes this problem a copy of <paramref name="source"/> (same shape).</summary>
    public void CopyFrom(IncrementalQr source)
    {
        if (source.Columns != Columns || source.RightHandSides != RightHandSides)
        {
            throw new ArgumentException("The problems differ in shape.", nameof(source));
        }

        source._factor.CopyTo(_factor, 0);
        source._projected.CopyTo(_projected, 0);
        RowCount = source.RowCount;
        IsFinite = source.IsFinite;
    }

    /// <summary>Adds the row <paramref name="row"/> of X with its right-hand sides <paramref name="rightHandSide"/>.</summary>
    public void Add(ReadOnlySpan<double> row, ReadOnlySpan<double> rightHandSide)
    {
        if (row.Length != Columns || rightHandSide.Length != RightHandSides)
        {
            throw new ArgumentException($"Expected {Columns} columns and {RightHandSides} right-hand sides.");
        }

        RowCount++;
        if (!AllFinite(row) || !AllFinite(rightHandSide))
        {
            IsFinite = false;
            return;
        }

        row.CopyTo(_row);
        rightHandSide.CopyTo(_rightHandSide);
        Annihilate(0);
    }

    /// <summary>
    /// Adds the row value·eᵢ with zero right-hand sides: with value = √λ for every i this turns the
    /// problem into ridge regression, min ‖Xw − B‖² + λ‖w‖², still without the normal equations.
    /// </summary>
    public void AddUnitRow(int column, double value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(column);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(column, Columns);
        RowCount++;
        Array.Clear(_row);
        Array.Clear(_rightHandSide);
        _row[column] = value;
        Annihilate(column);
    }

    private void Annihilate(int first)
    {
        int n = Columns;
        int m = RightHandSides;
        for (int i = first; i < n; i++)
        {
            double entry = _row[i];
            if (entry == 0)
            {
                continue;
            }

            double diagonal = _factor[(i * n) + i];
            double radius = double.Hypot(diagonal, entry);
            double cosine = diagonal / radius;
            double sine = entry / radius;
            _factor[(i * n) + i] = radius;
            _row[i] = 0;
            Span<double> factorRow = _factor.AsSpan((i * n) + i + 1, n - i - 1);
            Span<double> rest = _row.AsSpan(i + 1);
            for (int j = 0; j < factorRow.Length; j++)
            {
                double upper = factorRow[j];
                double lower = rest[j];
                factorRow[j] = (cosine * upper) + (sine * lower);
                rest[j] = (cosine * lower) - (sine * upper);
            }

            Span<double> projected = _projected.AsSpan(i * m, m);
            for (int k = 0; k < m; k++)
            {
                double upper = projected[k];
                double lower = _rightHandSide[k];
                projected[k] = (cosine * upper) + (sine * lower);
                _rightHandSide[k] = (cosine * lower) - (sine * upper);
            }
        }
    }

    private static bool AllFinite(ReadOnlySpan<double> values)
    {
        foreach (double value in values)
        {
            if (!double.IsFinite(value))
            {
                return false;
            }
        }

        return true;
    }
}
