namespace Evorec.Reporting;

/// <summary>
/// The content of <c>&lt;experiment&gt;/trace-&lt;k&gt;.csv</c>: the best network of run k replayed on the task's test,
/// one row per time step. Column <c>step</c> (from 0) comes first. A supervised task writes <c>input_i</c>,
/// <c>target_j</c> and <c>output_j</c> (0-based indices) and <c>washout</c> (1 for the leading steps that carry no
/// error, during which a closed-loop task feeds the target back, else 0); a control task writes its state variables
/// (for cart-pole <c>cart_position</c>, <c>cart_velocity</c>, <c>pole_angle_1</c>, …) and the <c>force</c> it applied.
/// Any other column is a state variable.
/// </summary>
public sealed class RunTrace
{
    /// <summary>The time-step column.</summary>
    public const string StepColumn = "step";

    /// <summary>The prefix of target columns.</summary>
    public const string TargetPrefix = "target_";

    /// <summary>The prefix of output columns.</summary>
    public const string OutputPrefix = "output_";

    /// <summary>The prefix of input columns.</summary>
    public const string InputPrefix = "input_";

    /// <summary>The washout marker column.</summary>
    public const string WashoutColumn = "washout";

    /// <summary>A control task's action column.</summary>
    public const string ForceColumn = "force";

    private readonly CsvTable _table;

    private RunTrace(CsvTable table) => _table = table;

    /// <summary>The time steps.</summary>
    public double[] Steps => Column(StepColumn);

    /// <summary>The indices j that have both <c>target_j</c> and <c>output_j</c>, ascending.</summary>
    public IReadOnlyList<int> PredictedOutputs =>
        _table.Header.Where(h => h.StartsWith(TargetPrefix, StringComparison.Ordinal))
            .Select(h => int.TryParse(h[TargetPrefix.Length..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int j) ? j : -1)
            .Where(j => j >= 0 && _table.ColumnIndex(OutputPrefix + j.ToString(System.Globalization.CultureInfo.InvariantCulture)) >= 0)
            .Order()
            .ToArray();

    /// <summary>The state columns: every column that is not the step, an input, target or output, the washout marker or the force.</summary>
    public IReadOnlyList<string> StateColumns =>
        _table.Header.Where(h => h != StepColumn && h != WashoutColumn && h != ForceColumn
            && !h.StartsWith(InputPrefix, StringComparison.Ordinal)
            && !h.StartsWith(TargetPrefix, StringComparison.Ordinal)
            && !h.StartsWith(OutputPrefix, StringComparison.Ordinal)).ToArray();

    /// <summary>Whether the trace has column <paramref name="name"/>.</summary>
    public bool Has(string name) => _table.ColumnIndex(name) >= 0;

    /// <summary>Reads a trace file.</summary>
    /// <exception cref="InvalidDataException">It has no <c>step</c> column or a cell is not a number.</exception>
    public static RunTrace Read(string path)
    {
        CsvTable table = CsvTable.Read(path);
        if (table.ColumnIndex(StepColumn) != 0)
        {
            throw new InvalidDataException($"'{path}' is not a trace: its first column is not '{StepColumn}'.");
        }

        try
        {
            foreach (string column in table.Header)
            {
                _ = table.Column(column);
            }
        }
        catch (FormatException exception)
        {
            throw new InvalidDataException($"'{path}' has a cell that is not a number: {exception.Message}", exception);
        }

        return new RunTrace(table);
    }

    /// <summary>The values of a column (NaN for empty cells).</summary>
    public double[] Column(string name) => _table.Column(name).Select(v => v ?? double.NaN).ToArray();
}
