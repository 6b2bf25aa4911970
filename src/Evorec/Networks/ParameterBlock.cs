namespace Evorec.Networks;

/// <summary>
/// A named, contiguous, row-major block of a network's parameter vector, such as
/// <c>W_in</c> (rows = receiving neurons, columns = sending units), <c>W_rec</c>, <c>bias</c> or <c>W_out</c>.
/// </summary>
/// <param name="Name">The block's name, unique within its layout.</param>
/// <param name="Offset">Index of the block's first parameter in the parameter vector.</param>
/// <param name="Rows">Number of rows (a vector is a single column: Rows = length, Columns = 1).</param>
/// <param name="Columns">Number of columns.</param>
/// <param name="IsReadout">Whether the block belongs to the linear readout that closed-form solvers may fit.</param>
public sealed record ParameterBlock(string Name, int Offset, int Rows, int Columns, bool IsReadout)
{
    /// <summary>Number of parameters in the block.</summary>
    public int Length => Rows * Columns;

    /// <summary>The parameter-vector index of element (<paramref name="row"/>, <paramref name="column"/>).</summary>
    public int IndexOf(int row, int column) => Offset + (row * Columns) + column;

    /// <summary>The parameter-vector indices of row <paramref name="row"/>, in column order.</summary>
    public IEnumerable<int> RowIndices(int row) => Enumerable.Range(IndexOf(row, 0), Columns);

    /// <summary>The parameter-vector indices of column <paramref name="column"/>, in row order.</summary>
    public IEnumerable<int> ColumnIndices(int column) => Enumerable.Range(0, Rows).Select(row => IndexOf(row, column));

    /// <summary>This block's slice of <paramref name="parameters"/>.</summary>
    public ReadOnlySpan<double> Slice(ReadOnlySpan<double> parameters) => parameters.Slice(Offset, Length);
}
