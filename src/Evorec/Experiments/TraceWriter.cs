using System.Globalization;
using Evorec.Reporting;
using Evorec.Tasks;

namespace Evorec.Experiments;

/// <summary>Turns a task's <see cref="TaskTrace"/> into its <c>trace-&lt;k&gt;.csv</c> table (read back by <see cref="RunTrace"/>).</summary>
public static class TraceWriter
{
    /// <summary>The table of <paramref name="trace"/>: the step as an integer, every other value in round-trip form.</summary>
    public static CsvTable ToTable(TaskTrace trace)
    {
        var table = new CsvTable(trace.Columns);
        foreach (double[] row in trace.Rows)
        {
            table.Add([((long)row[0]).ToString(CultureInfo.InvariantCulture), .. row.Skip(1).Select(v => CsvTable.Format(v))]);
        }

        return table;
    }
}
