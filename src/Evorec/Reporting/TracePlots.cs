using System.Globalization;
using Evorec.Reporting.Plotting;

namespace Evorec.Reporting;

/// <summary>
/// Trace plots from <c>trace-&lt;k&gt;.csv</c> (<see cref="RunTrace"/>) of each experiment's best run (lowest test error,
/// then lowest final error, then lowest run index, among finished runs with a trace): for a supervised task the target
/// (black) and the network's output (its trainer's colour) against the time step, one plot per output (at most
/// <see cref="MaximumOutputs"/>); for a control task the state variables against the time step (velocities, whose
/// scale would flatten the positions and angles, are left out of the plot but stay in the trace). At most
/// <see cref="MaximumSteps"/> steps are drawn.
/// </summary>
internal static class TracePlots
{
    /// <summary>The most outputs plotted per experiment.</summary>
    public const int MaximumOutputs = 4;

    /// <summary>The most time steps drawn.</summary>
    public const int MaximumSteps = 2000;

    public static void Add(PlotContext context, TaskFamily family)
    {
        foreach (ExperimentResults experiment in family.Members)
        {
            var best = experiment.Finished
                .Where(r => File.Exists(experiment.TracePath(r.Run)))
                .OrderBy(r => r.TestError ?? double.PositiveInfinity)
                .ThenBy(r => r.FinalError ?? double.PositiveInfinity)
                .ThenBy(r => r.Run)
                .FirstOrDefault();
            if (best is null)
            {
                continue;
            }

            RunTrace trace = RunTrace.Read(experiment.TracePath(best.Run));
            double[] steps = trace.Steps;
            int count = Math.Min(steps.Length, MaximumSteps);
            string shown = count < steps.Length ? $" The first {count} of {steps.Length} steps are shown." : string.Empty;
            string name = $"{family.FilePrefix}-{experiment.ShortName}-trace";
            string run = string.Create(CultureInfo.InvariantCulture, $"best run {best.Run}");
            if (trace.PredictedOutputs.Count > 0)
            {
                string washout = Washout(trace, count);
                foreach (int output in trace.PredictedOutputs.Take(MaximumOutputs))
                {
                    string index = output.ToString(CultureInfo.InvariantCulture);
                    var plot = new Plot { Title = $"{family.Title}, {experiment.ShortName}: {run}" + (trace.PredictedOutputs.Count > 1 ? $", output {index}" : string.Empty) };
                    plot.XAxis.Label = "time step";
                    plot.YAxis.Label = trace.PredictedOutputs.Count > 1 ? $"output {index}" : "output";
                    plot.AddLine("target", Palette.Black, steps[..count], trace.Column(RunTrace.TargetPrefix + index)[..count]);
                    plot.AddLine($"network ({experiment.Experiment.Trainer})", context.ColourOf(experiment), steps[..count], trace.Column(RunTrace.OutputPrefix + index)[..count]);
                    string test = best.TestError is { } error ? string.Create(CultureInfo.InvariantCulture, $" (test error {error:G4})") : string.Empty;
                    context.Save(
                        plot,
                        FigureSize.Screen,
                        family,
                        FigureKind.Trace,
                        trace.PredictedOutputs.Count > 1 ? $"{name}-{index}" : name,
                        $"The best run's network{test} on the task's test: its output against the target.{washout}{shown}");
                }
            }
            else if (trace.StateColumns.Count > 0)
            {
                var plot = new Plot { Title = $"{family.Title}, {experiment.ShortName}: {run}" };
                plot.XAxis.Label = "time step";
                plot.YAxis.Label = "state";
                int colour = 0;
                foreach (string column in trace.StateColumns.Where(c => !c.Contains("velocity", StringComparison.Ordinal)))
                {
                    plot.AddLine(column.Replace('_', ' '), Palette.At(colour++), steps[..count], trace.Column(column)[..count]);
                }

                context.Save(plot, FigureSize.Screen, family, FigureKind.Trace, name, $"The best run's network on the task's test: the trajectory of the system it controls.{shown}");
            }
        }
    }

    /// <summary>A sentence naming the washout steps, when the trace marks any.</summary>
    private static string Washout(RunTrace trace, int count)
    {
        if (!trace.Has(RunTrace.WashoutColumn))
        {
            return string.Empty;
        }

        double[] forced = trace.Column(RunTrace.WashoutColumn);
        int last = count == 0 ? -1 : Array.FindLastIndex(forced, count - 1, count, v => v == 1);
        return last < 0 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" Steps 0 to {trace.Steps[last]:G} are the washout, which carries no error (a closed-loop task feeds the target back during it).");
    }
}
