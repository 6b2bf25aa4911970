using Evorec.Reporting.Plotting;

namespace Evorec.Reporting;

/// <summary>
/// Trainer-figure plots: for each task family and network, each column of <see cref="RunLogColumns.PlottedExtras"/>
/// that the run logs have (NEAT's species count and champion size) against evaluations — median with inter-quartile
/// band across runs, one series per trainer; a run that stopped keeps its last value.
/// </summary>
internal static class TrainerFigurePlots
{
    public static void Add(PlotContext context, TaskFamily family)
    {
        foreach (var panel in family.Members.GroupBy(e => e.Experiment.Network))
        {
            var members = panel.ToArray();
            var labels = PlotContext.Labels(members);
            foreach (string column in RunLogColumns.PlottedExtras)
            {
                string label = column.Replace('_', ' ');
                var plot = new Plot { Title = $"{family.Title}, {panel.Key} ({label})" };
                plot.XAxis.Label = "evaluations";
                plot.YAxis.Label = label;
                foreach (ExperimentResults experiment in members)
                {
                    var runs = context.RunLogs(experiment).Select(r => RunCurve.Column(r.Log, column)).OfType<RunCurve>().ToArray();
                    if (runs.Length == 0)
                    {
                        continue;
                    }

                    ConvergenceCurve curve = ConvergenceCurve.Of(runs);
                    plot.AddBand(labels[experiment], context.ColourOf(experiment), curve.X, curve.Centre, curve.Lower, curve.Upper);
                }

                if (plot.Series.Count == 0)
                {
                    continue;
                }

                context.Save(
                    plot,
                    FigureSize.Screen,
                    family,
                    FigureKind.TrainerFigure,
                    $"{family.FilePrefix}-{panel.Key}-{column.Replace('_', '-')}",
                    $"The trainer's {label} against evaluations: median over runs, shaded between the 25th and 75th percentiles.");
            }
        }
    }
}
