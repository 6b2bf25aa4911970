using Evorec.Reporting.Plotting;

namespace Evorec.Tests.Reporting.Plotting;

/// <summary>
/// Pins the exact SVG of one small plot. After an intended rendering change, review the new output
/// (written beside the test binary as <c>small-plot.actual.svg</c> on failure) and copy it over
/// <c>tests/Evorec.Tests/Reporting/Plotting/Golden/small-plot.svg</c>.
/// </summary>
public sealed class GoldenFileTests
{
    [Fact]
    public void SmallPlotMatchesTheGoldenFile()
    {
        var plot = new Plot { Title = "Adding task", XAxis = { Label = "Evaluations" }, YAxis = { Label = "Error", Scale = AxisScale.Log10 } };
        var colours = new ColourAssignment(["gradient", "cma-es"]);
        double[] evaluations = [0, 2500, 5000, 7500, 10000];
        plot.AddBand("cma-es", colours["cma-es"], evaluations, [1, 0.3, double.NaN, 0.02, 0.01], [0.8, 0.2, 0.1, 0.01, 0.004], [1.2, 0.5, 0.2, 0.03, 0.02]);
        plot.AddLine("gradient", colours["gradient"], evaluations, [0.9, 0.05, 0.004, 0.001, 0.0008], showMarkers: true);

        var actual = SvgRenderer.Render(plot, FigureSize.Paper);
        var goldenPath = Path.Combine(AppContext.BaseDirectory, "Reporting", "Plotting", "Golden", "small-plot.svg");
        var expected = File.ReadAllText(goldenPath).ReplaceLineEndings("\n");

        if (expected != actual)
        {
            File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "small-plot.actual.svg"), actual);
        }

        Assert.Equal(expected, actual);
    }
}
