namespace Evorec.Reporting;

/// <summary>Where each file of a results folder lives (see results/README.md).</summary>
public static class ResultsLayout
{
    /// <summary>The folder of an experiment's files (an experiment name's '/' parts become nested folders).</summary>
    public static string ExperimentFolder(string root, string experiment) =>
        Path.Combine([root, .. experiment.Split('/')]);

    /// <summary><c>&lt;experiment&gt;/run-&lt;k&gt;.json</c>.</summary>
    public static string RunResultPath(string root, string experiment, int run) =>
        Path.Combine(ExperimentFolder(root, experiment), $"run-{run}.json");

    /// <summary><c>&lt;experiment&gt;/run-&lt;k&gt;.csv</c>.</summary>
    public static string RunLogPath(string root, string experiment, int run) =>
        Path.Combine(ExperimentFolder(root, experiment), $"run-{run}.csv");

    /// <summary><c>&lt;experiment&gt;/trace-&lt;k&gt;.csv</c>: the best network of run k replayed on the task's test (see <see cref="RunTrace"/>).</summary>
    public static string TracePath(string root, string experiment, int run) =>
        Path.Combine(ExperimentFolder(root, experiment), $"trace-{run}.csv");
}
