using Evorec.Reporting.Plotting;

namespace Evorec.Reporting;

/// <summary>
/// Box plots of the final error and of the test error of every experiment of a task family (finished runs with a finite
/// value), one horizontal box per experiment in its trainer's colour, the experiments named on the y axis.
/// </summary>
internal static class ErrorBoxPlots
{
    public static void Add(PlotContext context, TaskFamily family)
    {
        Add(context, family, "final error", "final-error", r => r.FinalError);
        Add(context, family, "test error", "test-error", r => r.TestError);
    }

    private static void Add(PlotContext context, TaskFamily family, string quantity, string fileSuffix, Func<RunResult, double?> value)
    {
        var boxes = family.Members
            .Select(e => (Experiment: e, Values: e.Finished.Select(value).OfType<double>().Where(double.IsFinite).ToArray()))
            .Where(b => b.Values.Length > 0)
            .ToArray();
        if (boxes.Length == 0)
        {
            return;
        }

        var plot = new Plot { Title = $"{family.Title}: {quantity}", LegendPosition = LegendPosition.None };
        plot.XAxis.Label = quantity;
        plot.XAxis.Scale = AxisScale.Choose(boxes.SelectMany(b => b.Values));

        // The first experiment at the top: categories count from the bottom.
        for (int index = boxes.Length - 1; index >= 0; index--)
        {
            plot.YAxis.Categories.Add(boxes[index].Experiment.ShortName);
        }

        for (int index = 0; index < boxes.Length; index++)
        {
            var (experiment, values) = boxes[index];
            plot.AddBox(experiment.ShortName, context.ColourOf(experiment), boxes.Length - index, values, BoxOrientation.Horizontal);
        }

        var size = new FigureSize(FigureSize.Screen.Width, Math.Max(180, 100 + (42 * boxes.Length)), FigureSize.Screen.FontSize);
        context.Save(
            plot,
            size,
            family,
            FigureKind.ErrorBoxes,
            $"{family.FilePrefix}-{fileSuffix}-box",
            $"The {quantity} of each run: boxes from the 25th to the 75th percentile with the median, whiskers to the furthest run within 1.5 inter-quartile ranges, runs beyond drawn as dots.");
    }
}
