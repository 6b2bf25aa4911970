namespace Evorec.Experiments;

/// <summary>A validated, expanded suite: what <c>evorec run</c> executes.</summary>
/// <param name="Suite">The suite's name (its default results folder is results/&lt;suite&gt;).</param>
/// <param name="Seed">The suite seed every random stream derives from.</param>
/// <param name="Experiments">The experiments, in configuration order.</param>
/// <param name="SourcePath">The configuration file.</param>
public sealed record SuitePlan(string Suite, long Seed, IReadOnlyList<ExperimentPlan> Experiments, string SourcePath)
{
    /// <summary>Every (experiment, run) pair, experiment by experiment.</summary>
    public IEnumerable<PlannedRun> Runs() =>
        Experiments.SelectMany(e => Enumerable.Range(0, e.Runs).Select(k => new PlannedRun(e, k, Seeds.Trainer(Seed, e, k), Seeds.Task(Seed, e, k))));
}
