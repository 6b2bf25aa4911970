using Evorec.Reporting.Plotting;

namespace Evorec.Reporting;

/// <summary>
/// Run-length ECDF plots (<see cref="RunLengthDistribution"/>): for each task family and network, the fraction of runs
/// solved against evaluations on a log axis, one step line per trainer, each ending at its runs' largest budget.
/// </summary>
internal static class RunLengthPlots
{
    public static void Add(PlotContext context, TaskFamily family)
    {
        foreach (var panel in family.Members.GroupBy(e => e.Experiment.Network))
        {
            var members = panel.Where(e => e.Finished.Any()).ToArray();
            if (members.Length == 0)
            {
                continue;
            }

            var labels = PlotContext.Labels(members);
            double start = members.SelectMany(e => context.RunLogs(e).Select(r => RunCurve.From(r.Log, CurveAxis.Evaluations, CurveQuantity.Error).FirstX))
                .Where(x => x > 0).DefaultIfEmpty(1).Min();
            var plot = new Plot { Title = $"{family.Title}, {panel.Key}: runs solved" };
            plot.XAxis.Label = "evaluations";
            plot.XAxis.Scale = AxisScale.Log10;
            plot.YAxis.Label = "fraction of runs solved";

            // A little room beyond 0 and 1, so that a line at 0 (no run solved) or 1 is not hidden by the frame.
            plot.YAxis.Minimum = -0.03;
            plot.YAxis.Maximum = 1.03;
            foreach (ExperimentResults experiment in members)
            {
                var distribution = RunLengthDistribution.Of(experiment.Finished);
                double end = Math.Max(start, experiment.Finished.Max(r => (double)r.Evaluations));
                var (x, y) = distribution.Steps(Math.Min(start, end), end);
                plot.AddLine(labels[experiment], context.ColourOf(experiment), x, y);
            }

            context.Save(
                plot,
                FigureSize.Screen,
                family,
                FigureKind.RunLength,
                $"{family.FilePrefix}-{panel.Key}-ecdf",
                "Run-length ECDF: the fraction of runs that had solved the task within each number of evaluations "
                + "(unsolved runs never count, so each line ends at its success rate, at its runs' largest budget).");
        }
    }
}
