using Evorec.Reporting.Plotting;

namespace Evorec.Reporting;

/// <summary>
/// What the plot builders of a report share: the output folder, one colour per trainer across every plot, the options,
/// the run logs read so far, and the file names taken (a clash gets a numeric suffix).
/// </summary>
internal sealed class PlotContext(ResultsSet results, string output, ReportOptions options)
{
    private readonly Dictionary<string, CsvTable?> _logs = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);

    public ResultsSet Results { get; } = results;

    public ReportOptions Options { get; } = options;

    public ColourAssignment Colours { get; } = new(results.Experiments.Select(e => e.Experiment.Trainer));

    public List<ReportFigure> Figures { get; } = [];

    /// <summary>The colour of an experiment's trainer.</summary>
    public Colour ColourOf(ExperimentResults experiment) => Colours[experiment.Experiment.Trainer];

    /// <summary>
    /// The series label of each experiment in a panel: its trainer, or its name within the family when two experiments of
    /// the panel share a trainer (for example merged suites).
    /// </summary>
    public static Dictionary<ExperimentResults, string> Labels(IReadOnlyList<ExperimentResults> panel)
    {
        bool unique = panel.Select(e => e.Experiment.Trainer).Distinct(StringComparer.Ordinal).Count() == panel.Count;
        return panel.ToDictionary(e => e, e => unique ? e.Experiment.Trainer : e.ShortName);
    }

    /// <summary>The run logs of an experiment's finished runs that have one, with their run index.</summary>
    public IEnumerable<(int Run, CsvTable Log)> RunLogs(ExperimentResults experiment)
    {
        foreach (RunResult run in experiment.Finished)
        {
            string path = experiment.RunLogPath(run.Run);
            if (!_logs.TryGetValue(path, out CsvTable? log))
            {
                log = File.Exists(path) ? CsvTable.Read(path) : null;
                _logs[path] = log;
            }

            if (log is { Rows.Count: > 0 })
            {
                yield return (run.Run, log);
            }
        }
    }

    /// <summary>Saves the plot under a unique name made from <paramref name="name"/> and records it as a figure.</summary>
    public void Save(Plot plot, FigureSize size, TaskFamily family, FigureKind kind, string name, string caption)
    {
        string file = FileName(name);
        string unique = file;
        for (int suffix = 2; !_names.Add(unique); suffix++)
        {
            unique = $"{file}-{suffix}";
        }

        PlotFiles.Save(plot, size, Path.Combine(output, ReportPlots.Folder), unique);
        Figures.Add(new ReportFigure(family, kind, plot.Title, $"{ReportPlots.Folder}/{unique}.svg", caption));
    }

    private static string FileName(string text) =>
        new(text.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '-').ToArray());
}
