using Evorec.Reporting;
using Evorec.Tests.Support;

namespace Evorec.Tests.Reporting;

public sealed class CsvTableTests
{
    [Fact]
    public void NumbersTextAndSpecialValuesRoundTrip()
    {
        using var folder = new TemporaryFolder();
        var table = new CsvTable(["name", "value"]);
        double[] values = [0.1 + 0.2, double.PositiveInfinity, double.NegativeInfinity, double.NaN, 1e-300, -0.0];
        foreach (double value in values)
        {
            table.Add("a, \"quoted\"\nname", CsvTable.Format(value));
        }

        table.Add("missing", CsvTable.Format(null));
        string path = folder.Combine("t.csv");
        table.Write(path);
        var read = CsvTable.Read(path);
        Assert.Equal(table.Header, read.Header);
        double?[] column = read.Column("value");
        for (int i = 0; i < values.Length; i++)
        {
            Assert.Equal(values[i], column[i]!.Value);
        }

        Assert.Null(column[^1]);
        Assert.Equal("a, \"quoted\"\nname", read.Rows[0][0]);
        Assert.Equal("0.30000000000000004", CsvTable.Format(0.1 + 0.2));
    }

    [Fact]
    public void ARowOfTheWrongWidthIsRefused()
    {
        var table = new CsvTable(["a", "b"]);
        Assert.Throws<ArgumentException>(() => table.Add("1"));
    }
}
