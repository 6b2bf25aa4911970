using Evorec.Reporting.Plotting;

namespace Evorec.Tests.Reporting.Plotting;

public sealed class CsvExporterTests
{
    [Fact]
    public void WritesOneTidyRowPerPointWithEmptyCellsForMissingValues()
    {
        var plot = new Plot();
        plot.AddBand("cma-es", Palette.At(0), [0, 500], [0.5, double.NaN], [0.25, 0.125], [0.75, 1e-7]);
        plot.AddLine("adam, tuned", Palette.At(1), [0, 500], [0.1 + 0.2, double.PositiveInfinity]);
        plot.AddScatter("say \"hi\"", Palette.At(2), [1e6], [-3]);

        var lines = CsvExporter.Export(plot).Split('\n');

        Assert.Equal(
            [
                "series,x,y,y_low,y_high",
                "cma-es,0,0.5,0.25,0.75",
                "cma-es,500,,1E-07,0.125",
                "\"adam, tuned\",0,0.30000000000000004,,",
                "\"adam, tuned\",500,,,",
                "\"say \"\"hi\"\"\",1000000,-3,,",
                "",
            ],
            lines);
    }

    [Fact]
    public void EmptyPlotHasOnlyTheHeader() => Assert.Equal(CsvExporter.Header + "\n", CsvExporter.Export(new Plot()));
}
