using Evorec.Reporting.Plotting;

namespace Evorec.Reporting;

/// <summary>
/// The plots of a report: for each task (experiments sharing a task configuration and experiment
/// entry) and network, the best-so-far error against evaluations — median line and inter-quartile
/// band across runs, one series per trainer, log y when the errors span decades; and, where run
/// logs have them, the same panels for the trainer figures of <see cref="RunLogColumns.PlottedExtras"/>
/// (such as NEAT's species count and champion size; a run that stopped keeps its last value). Each
/// trainer has the same colour in every plot of the report. Every SVG has its data beside it as CSV.
/// </summary>
public static class ReportPlots
{
    /// <summary>The plots' subfolder of a results folder.</summary>
    public const string Folder = "plots";

    /// <summary>Writes every plot of <paramref name="folder"/>; returns (title, relative SVG path) per plot, in report order.</summary>
    public static IReadOnlyList<(string Title, string Path)> Write(string folder, SuiteManifest manifest)
    {
        var colours = new ColourAssignment(manifest.Experiments.Select(e => e.Trainer));
        var written = new List<(string, string)>();
        foreach (var panel in manifest.Experiments.GroupBy(e => (e.Group, e.TaskHash, e.Network)))
        {
            foreach (string column in new[] { RunLogColumns.BestSoFarError }.Concat(RunLogColumns.PlottedExtras))
            {
                bool isError = column == RunLogColumns.BestSoFarError;
                var plot = new Plot
                {
                    Title = isError
                        ? $"{panel.Key.Group}: {panel.First().Task}, {panel.Key.Network}"
                        : $"{panel.Key.Group}: {panel.First().Task}, {panel.Key.Network} ({column.Replace('_', ' ')})",
                };
                plot.XAxis.Label = "evaluations";
                plot.YAxis.Label = isError ? "best-so-far error" : column.Replace('_', ' ');
                var values = new List<double>();
                foreach (ManifestExperiment experiment in panel)
                {
                    var runs = Enumerable.Range(0, experiment.Runs)
                        .Select(k => ResultsLayout.RunLogPath(folder, experiment.Name, k))
                        .Where(File.Exists)
                        .Select(path => RunCurve.Read(path, column))
                        .OfType<RunCurve>()
                        .ToArray();
                    if (runs.Length == 0)
                    {
                        continue;
                    }

                    ConvergenceCurve curve = ConvergenceCurve.Of(runs);
                    plot.AddBand(experiment.Trainer, colours[experiment.Trainer], curve.Evaluations, curve.Median, curve.Lower, curve.Upper);
                    values.AddRange(curve.Lower.Concat(curve.Upper).Where(double.IsFinite));
                }

                if (plot.Series.Count == 0)
                {
                    continue;
                }

                plot.YAxis.Scale = isError ? AxisScale.Choose(values) : AxisScale.Linear;
                string name = FileName($"{panel.Key.Group}-{panel.First().Task}-{panel.Key.Network}-{(isError ? "error" : column.Replace('_', '-'))}");
                PlotFiles.Save(plot, FigureSize.Screen, Path.Combine(folder, Folder), name);
                written.Add((plot.Title, $"{Folder}/{name}.svg"));
            }
        }

        return written;
    }

    private static string FileName(string text) =>
        new(text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray());
}
