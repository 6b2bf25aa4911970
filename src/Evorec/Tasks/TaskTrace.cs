namespace Evorec.Tasks;

/// <summary>
/// A recorded replay: named columns, one row per time step, the step number first. Column names follow the results
/// layout (results/README.md, <c>trace-&lt;k&gt;.csv</c>): <c>input_i</c>, <c>target_j</c>, <c>output_j</c> and
/// <c>washout</c> (1 for steps that carry no error) for supervised tasks; state variables and <c>force</c> for control.
/// </summary>
public sealed class TaskTrace
{
    /// <summary>The name of the step column, always first.</summary>
    public const string StepColumn = "step";

    private readonly List<double[]> _rows = [];

    /// <summary>Creates an empty trace with <see cref="StepColumn"/> followed by <paramref name="columns"/>.</summary>
    public TaskTrace(IReadOnlyList<string> columns) => Columns = [StepColumn, .. columns];

    /// <summary>The column names, <see cref="StepColumn"/> first.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The rows, each starting with its step number (0, 1, …).</summary>
    public IReadOnlyList<double[]> Rows => _rows;

    /// <summary>Appends the next step's values (every column but the step).</summary>
    public void Add(ReadOnlySpan<double> values)
    {
        if (values.Length != Columns.Count - 1)
        {
            throw new ArgumentException($"A trace row needs {Columns.Count - 1} values, not {values.Length}.", nameof(values));
        }

        var row = new double[Columns.Count];
        row[0] = _rows.Count;
        values.CopyTo(row.AsSpan(1));
        _rows.Add(row);
    }

    /// <summary>The columns of a supervised task: <c>input_0…</c>, <c>target_0…</c>, <c>output_0…</c>, <c>washout</c>.</summary>
    public static IReadOnlyList<string> SupervisedColumns(int inputs, int outputs) =>
    [
        .. Enumerable.Range(0, inputs).Select(i => $"input_{i}"),
        .. Enumerable.Range(0, outputs).Select(j => $"target_{j}"),
        .. Enumerable.Range(0, outputs).Select(j => $"output_{j}"),
        "washout",
    ];
}
