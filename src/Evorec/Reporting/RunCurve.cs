namespace Evorec.Reporting;

/// <summary>
/// One run's best-so-far error (or fitness) as a step function of its cost, read from its run log: the value at x is
/// the value after the last generation that ended at or before x.
/// </summary>
public sealed class RunCurve
{
    private readonly double[] _x;
    private readonly double[] _values;

    /// <summary>Creates the curve from matching arrays sorted by x.</summary>
    public RunCurve(double[] x, double[] values)
    {
        if (x.Length != values.Length)
        {
            throw new ArgumentException("The x values and the values must have the same length.", nameof(values));
        }

        _x = x;
        _values = values;
    }

    /// <summary>The x value at the run's first generation (NaN for an empty log).</summary>
    public double FirstX => _x.Length == 0 ? double.NaN : _x[0];

    /// <summary>The x value at the run's last generation (0 for an empty log).</summary>
    public double LastX => _x.Length == 0 ? 0 : _x[^1];

    /// <summary>Reads the <c>evaluations</c> and <c>best_so_far_error</c> columns of a run log.</summary>
    public static RunCurve Read(string runLogPath) => From(CsvTable.Read(runLogPath), CurveAxis.Evaluations, CurveQuantity.Error);

    /// <summary>The curve of <paramref name="quantity"/> against <paramref name="axis"/> in a run log.</summary>
    public static RunCurve From(CsvTable runLog, CurveAxis axis, CurveQuantity quantity)
    {
        string column = axis switch
        {
            CurveAxis.NetworkSteps => RunLogColumns.NetworkSteps,
            CurveAxis.WallSeconds => RunLogColumns.WallSeconds,
            _ => RunLogColumns.Evaluations,
        };
        double[] x = runLog.Column(column).Select(v => v ?? double.NaN).ToArray();
        double[] values;
        if (quantity == CurveQuantity.Fitness)
        {
            values = runLog.Column(RunLogColumns.BestFitness).Select(v => v ?? double.NaN).ToArray();
            double best = double.NaN;
            for (int i = 0; i < values.Length; i++)
            {
                if (!double.IsNaN(values[i]) && (double.IsNaN(best) || values[i] > best))
                {
                    best = values[i];
                }

                values[i] = best;
            }
        }
        else
        {
            values = runLog.Column(RunLogColumns.BestSoFarError).Select(v => v ?? double.NaN).ToArray();
        }

        return new RunCurve(x, values);
    }

    /// <summary>The curve of a trainer-specific <paramref name="column"/> (such as NEAT's species count) against evaluations, or null when the log has no such column.</summary>
    public static RunCurve? Column(CsvTable runLog, string column) =>
        runLog.Header.Contains(column)
            ? new RunCurve(
                runLog.Column(RunLogColumns.Evaluations).Select(v => v ?? double.NaN).ToArray(),
                runLog.Column(column).Select(v => v ?? double.NaN).ToArray())
            : null;

    /// <summary>
    /// The value after <paramref name="x"/>: NaN before the first generation ended; after the run's end, its final value
    /// (a run that stopped early, solved, keeps its best).
    /// </summary>
    public double At(double x)
    {
        int index = Array.BinarySearch(_x, x);
        if (index < 0)
        {
            index = ~index - 1;
        }
        else
        {
            // Several generations can end at the same x (wall seconds are rounded): take the last.
            while (index + 1 < _x.Length && _x[index + 1] == x)
            {
                index++;
            }
        }

        return index < 0 ? double.NaN : _values[index];
    }
}
