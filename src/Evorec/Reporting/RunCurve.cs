namespace Evorec.Reporting;

/// <summary>
/// One run's best-so-far error as a step function of evaluations, read from its run log: the
/// value at x is the error after the last generation that ended at or before x evaluations.
/// </summary>
public sealed class RunCurve
{
    private readonly double[] _evaluations;
    private readonly double[] _errors;

    /// <summary>Creates the curve from matching arrays sorted by evaluations.</summary>
    public RunCurve(double[] evaluations, double[] errors)
    {
        if (evaluations.Length != errors.Length)
        {
            throw new ArgumentException("Evaluations and errors must have the same length.", nameof(errors));
        }

        _evaluations = evaluations;
        _errors = errors;
    }

    /// <summary>The evaluations at the run's last generation.</summary>
    public double LastEvaluations => _evaluations.Length == 0 ? 0 : _evaluations[^1];

    /// <summary>Reads the <c>evaluations</c> and <c>best_so_far_error</c> columns of a run log.</summary>
    public static RunCurve Read(string runLogPath) => Read(runLogPath, RunLogColumns.BestSoFarError)!;

    /// <summary>Reads the <c>evaluations</c> column and <paramref name="column"/> of a run log, or null when it has no such column.</summary>
    public static RunCurve? Read(string runLogPath, string column)
    {
        CsvTable table = CsvTable.Read(runLogPath);
        if (!table.Header.Contains(column))
        {
            return null;
        }

        double[] evaluations = table.Column(RunLogColumns.Evaluations).Select(v => v ?? double.NaN).ToArray();
        double[] values = table.Column(column).Select(v => v ?? double.NaN).ToArray();
        return new RunCurve(evaluations, values);
    }

    /// <summary>
    /// The best-so-far error after <paramref name="evaluations"/> evaluations: NaN before the first
    /// generation ended; after the run's end, its final value (a run that stopped early, solved,
    /// keeps its best).
    /// </summary>
    public double At(double evaluations)
    {
        int index = Array.BinarySearch(_evaluations, evaluations);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return index < 0 ? double.NaN : _errors[index];
    }
}
