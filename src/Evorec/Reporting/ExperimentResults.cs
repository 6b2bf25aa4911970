namespace Evorec.Reporting;

/// <summary>One experiment of a report: how its results folder's manifest records it, its run results, and its names in the report.</summary>
public sealed record ExperimentResults
{
    /// <summary>The experiment as its manifest records it.</summary>
    public required ManifestExperiment Experiment { get; init; }

    /// <summary>
    /// Its name in the report: the experiment's name, or, when several results folders hold an experiment of that name,
    /// the name prefixed with its suite (or folder) so every name in a report is unique.
    /// </summary>
    public required string Name { get; init; }

    /// <summary>Its name within its task family: <see cref="Name"/> without the leading <c>group/</c>, when it has one.</summary>
    public required string ShortName { get; init; }

    /// <summary>The suite it ran in.</summary>
    public required string Suite { get; init; }

    /// <summary>The results folder it was read from.</summary>
    public required string Folder { get; init; }

    /// <summary>The run results found (absent runs are skipped).</summary>
    public required IReadOnlyList<RunResult> Runs { get; init; }

    /// <summary>The runs that finished (not failed).</summary>
    public IEnumerable<RunResult> Finished => Runs.Where(r => r.Status == RunResult.FinishedStatus);

    /// <summary>The task family key: experiments with the same group and task configuration are compared.</summary>
    public (string Group, string TaskHash) FamilyKey => (Experiment.Group, Experiment.TaskHash);

    /// <summary>Whether a finished run counts as solved.</summary>
    public static bool IsSolved(RunResult run) => run.Solved && run.EvaluationsToSolve.HasValue;

    /// <summary>Evaluations to solve per finished run, +∞ for an unsolved run (ranked worst).</summary>
    public double[] EvaluationsToSolveOrWorst() =>
        Finished.Select(r => IsSolved(r) ? (double)r.EvaluationsToSolve!.Value : double.PositiveInfinity).ToArray();

    /// <summary>Final error per finished run, +∞ where it was not finite (ranked worst).</summary>
    public double[] FinalErrorOrWorst() => Finished.Select(r => r.FinalError ?? double.PositiveInfinity).ToArray();

    /// <summary>The run log of run <paramref name="run"/>.</summary>
    public string RunLogPath(int run) => ResultsLayout.RunLogPath(Folder, Experiment.Name, run);

    /// <summary>The trace of run <paramref name="run"/>.</summary>
    public string TracePath(int run) => ResultsLayout.TracePath(Folder, Experiment.Name, run);
}
