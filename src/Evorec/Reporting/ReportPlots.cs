using Evorec.Reporting.Plotting;

namespace Evorec.Reporting;

/// <summary>
/// The plots of a report: for each task (experiments sharing a task configuration and experiment
/// entry) and network, the best-so-far error against evaluations — median line and inter-quartile
/// band across runs, one series per trainer, log y when the errors span decades. Where only the
/// network varies within a task, one plot shows one series per network. Each trainer (or network)
/// has the same colour in every plot of the report. Every SVG has its data beside it as CSV.
/// </summary>
public static class ReportPlots
{
    /// <summary>The plots' subfolder of a results folder.</summary>
    public const string Folder = "plots";

    /// <summary>Writes every plot of <paramref name="folder"/>; returns (title, relative SVG path) per plot, in report order.</summary>
    public static IReadOnlyList<(string Title, string Path)> Write(string folder, SuiteManifest manifest)
    {
        var panels = new List<(string Title, string Name, ManifestExperiment[] Experiments, Func<ManifestExperiment, string> Series)>();
        foreach (var task in manifest.Experiments.GroupBy(e => (e.Group, e.TaskHash)))
        {
            string taskLabel = task.First().Task;
            if (task.Select(e => e.Trainer).Distinct().Count() == 1 && task.Select(e => e.Network).Distinct().Count() > 1)
            {
                panels.Add(($"{task.Key.Group}: {taskLabel}, {task.First().Trainer}", $"{task.Key.Group}-{taskLabel}-{task.First().Trainer}", task.ToArray(), e => e.Network));
                continue;
            }

            foreach (var network in task.GroupBy(e => e.Network))
            {
                panels.Add(($"{task.Key.Group}: {taskLabel}, {network.Key}", $"{task.Key.Group}-{taskLabel}-{network.Key}", network.ToArray(), e => e.Trainer));
            }
        }

        var colours = new ColourAssignment(panels.SelectMany(p => p.Experiments.Select(p.Series)));
        var written = new List<(string, string)>();
        foreach (var panel in panels)
        {
            var plot = new Plot { Title = panel.Title };
            plot.XAxis.Label = "evaluations";
            plot.YAxis.Label = "best-so-far error";
            var values = new List<double>();
            foreach (ManifestExperiment experiment in panel.Experiments)
            {
                var runs = Enumerable.Range(0, experiment.Runs)
                    .Select(k => ResultsLayout.RunLogPath(folder, experiment.Name, k))
                    .Where(File.Exists)
                    .Select(RunCurve.Read)
                    .ToArray();
                if (runs.Length == 0)
                {
                    continue;
                }

                ConvergenceCurve curve = ConvergenceCurve.Of(runs);
                string series = panel.Series(experiment);
                plot.AddBand(series, colours[series], curve.Evaluations, curve.Median, curve.Lower, curve.Upper);
                values.AddRange(curve.Lower.Concat(curve.Upper).Where(double.IsFinite));
            }

            if (plot.Series.Count == 0)
            {
                continue;
            }

            plot.YAxis.Scale = AxisScale.Choose(values);
            string name = FileName($"{panel.Name}-error");
            PlotFiles.Save(plot, FigureSize.Screen, Path.Combine(folder, Folder), name);
            written.Add((plot.Title, $"{Folder}/{name}.svg"));
        }

        return written;
    }

    private static string FileName(string text) =>
        new(text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray());
}
