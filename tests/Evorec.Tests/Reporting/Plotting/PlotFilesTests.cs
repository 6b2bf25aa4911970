using Evorec.Reporting.Plotting;

namespace Evorec.Tests.Reporting.Plotting;

public sealed class PlotFilesTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "evorec-plot-files-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void WritesSvgAndCsvSideBySideWithoutLeftovers()
    {
        var plot = new Plot { Title = "first" };
        plot.AddLine("adam", Palette.At(0), [0, 1], [2, 3]);

        PlotFiles.Save(plot, FigureSize.Paper, directory, "error");
        plot.Title = "second";
        PlotFiles.Save(plot, FigureSize.Paper, directory, "error");

        Assert.Equal(["error.csv", "error.svg"], Directory.GetFiles(directory).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal(SvgRenderer.Render(plot, FigureSize.Paper), File.ReadAllText(Path.Combine(directory, "error.svg")));
        Assert.Equal(CsvExporter.Export(plot), File.ReadAllText(Path.Combine(directory, "error.csv")));
        Assert.NotEqual(0xEF, File.ReadAllBytes(Path.Combine(directory, "error.svg"))[0]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("sub/error")]
    [InlineData("..")]
    public void RejectsNamesThatAreNotPlainFileNames(string name) =>
        Assert.ThrowsAny<ArgumentException>(() => PlotFiles.Save(new Plot(), FigureSize.Paper, directory, name));

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
