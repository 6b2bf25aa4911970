using System.Globalization;
using Evorec.Reporting.Plotting;

namespace Evorec.Reporting;

/// <summary>
/// Convergence plots: for each task family and network, the best-so-far error (or fitness) against evaluations,
/// network steps or wall seconds — median with inter-quartile band, or mean with 95% bootstrap interval — one series per
/// trainer; log y when the values span more than two decades.
/// </summary>
internal static class ConvergencePlots
{
    public static void Add(PlotContext context, TaskFamily family)
    {
        foreach (var panel in family.Members.GroupBy(e => e.Experiment.Network))
        {
            var members = panel.ToArray();
            var labels = PlotContext.Labels(members);
            foreach (CurveAxis axis in context.Options.CurveAxes)
            {
                string quantity = context.Options.Quantity == CurveQuantity.Fitness ? "fitness" : "error";
                var plot = new Plot { Title = $"{family.Title}, {panel.Key}" };
                plot.XAxis.Label = AxisLabel(axis);
                plot.YAxis.Label = $"best-so-far {quantity}";
                var values = new List<double>();
                foreach (ExperimentResults experiment in members)
                {
                    var runs = context.RunLogs(experiment).Select(r => RunCurve.From(r.Log, axis, context.Options.Quantity)).ToArray();
                    if (runs.Length == 0)
                    {
                        continue;
                    }

                    ConvergenceCurve curve = context.Options.Spread == CurveSpread.MeanConfidence
                        ? ConvergenceCurve.MeanOf(runs, Numerics.StableHash.Of(experiment.Name + "/curve"))
                        : ConvergenceCurve.Of(runs);
                    plot.AddBand(labels[experiment], context.ColourOf(experiment), curve.X, curve.Centre, curve.Lower, curve.Upper);
                    values.AddRange(curve.Lower.Concat(curve.Upper).Concat(curve.Centre).Where(double.IsFinite));
                }

                if (plot.Series.Count == 0)
                {
                    continue;
                }

                plot.YAxis.Scale = AxisScale.Choose(values);
                string spread = context.Options.Spread == CurveSpread.MeanConfidence
                    ? "mean over runs, shaded over its 95% bootstrap confidence interval"
                    : "median over runs, shaded between the 25th and 75th percentiles";
                string suffix = axis == CurveAxis.Evaluations ? string.Empty : "-vs-" + AxisLabel(axis).Replace(' ', '-');
                context.Save(
                    plot,
                    FigureSize.Screen,
                    family,
                    FigureKind.Convergence,
                    $"{family.FilePrefix}-{panel.Key}-{quantity}{suffix}",
                    string.Create(CultureInfo.InvariantCulture, $"Best-so-far {quantity} against {AxisLabel(axis)}: {spread}."));
            }
        }
    }

    private static string AxisLabel(CurveAxis axis) => axis switch
    {
        CurveAxis.NetworkSteps => "network steps",
        CurveAxis.WallSeconds => "wall seconds",
        _ => "evaluations",
    };
}
