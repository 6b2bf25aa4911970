using System.Globalization;
using System.Text;

namespace Evorec.Reporting;

/// <summary>
/// A small CSV table of numbers and text (RFC 4180 quoting, invariant culture, numbers in
/// shortest round-trip form, non-finite numbers as <c>inf</c>, <c>-inf</c> and <c>nan</c>, missing values as empty cells).
/// </summary>
public sealed class CsvTable
{
    private readonly List<string[]> _rows = [];

    /// <summary>Creates a table with the given header.</summary>
    public CsvTable(IReadOnlyList<string> header) => Header = header.ToArray();

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>The rows, as cell texts.</summary>
    public IReadOnlyList<string[]> Rows => _rows;

    /// <summary>Formats a number as a cell.</summary>
    public static string Format(double? value) => value switch
    {
        null => string.Empty,
        double v when double.IsNaN(v) => "nan",
        double.PositiveInfinity => "inf",
        double.NegativeInfinity => "-inf",
        double v => v.ToString("R", CultureInfo.InvariantCulture),
    };

    /// <summary>Parses a cell written by <see cref="Format"/>; null for an empty cell.</summary>
    public static double? Parse(string cell) => cell switch
    {
        "" => null,
        "nan" => double.NaN,
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        _ => double.Parse(cell, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    /// <summary>Appends a row of cells (already formatted).</summary>
    public void Add(params string[] cells)
    {
        if (cells.Length != Header.Count)
        {
            throw new ArgumentException($"A row needs {Header.Count} cells, not {cells.Length}.", nameof(cells));
        }

        _rows.Add(cells);
    }

    /// <summary>The index of column <paramref name="name"/>, or −1.</summary>
    public int ColumnIndex(string name) => Array.IndexOf((string[])Header, name);

    /// <summary>The numbers of column <paramref name="name"/>.</summary>
    public double?[] Column(string name)
    {
        int index = ColumnIndex(name);
        if (index < 0)
        {
            throw new InvalidDataException($"The table has no column '{name}'.");
        }

        return _rows.Select(r => Parse(r[index])).ToArray();
    }

    /// <summary>The table as CSV text with a trailing newline.</summary>
    public override string ToString()
    {
        var builder = new StringBuilder();
        builder.AppendJoin(',', Header.Select(Quote)).Append('\n');
        foreach (string[] row in _rows)
        {
            builder.AppendJoin(',', row.Select(Quote)).Append('\n');
        }

        return builder.ToString();
    }

    /// <summary>Writes the table atomically to <paramref name="path"/>.</summary>
    public void Write(string path) => AtomicFile.WriteAllText(path, ToString());

    /// <summary>Reads a table written by <see cref="Write"/> (or any simple RFC 4180 CSV with a header).</summary>
    public static CsvTable Read(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8);
        List<string[]> records = ParseRecords(reader.ReadToEnd());
        if (records.Count == 0)
        {
            throw new InvalidDataException($"'{path}' has no header.");
        }

        var table = new CsvTable(records[0]);
        foreach (string[] record in records.Skip(1))
        {
            if (record.Length != table.Header.Count)
            {
                throw new InvalidDataException($"'{path}' has a row of {record.Length} cells under a header of {table.Header.Count}.");
            }

            table._rows.Add(record);
        }

        return table;
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;

    private static List<string[]> ParseRecords(string text)
    {
        var records = new List<string[]>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\n')
            {
                cells.Add(cell.ToString());
                cell.Clear();
                records.Add(cells.ToArray());
                cells.Clear();
            }
            else if (c != '\r')
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || cells.Count > 0)
        {
            cells.Add(cell.ToString());
            records.Add(cells.ToArray());
        }

        return records;
    }
}
