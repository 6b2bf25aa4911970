namespace Evorec.Reporting;

/// <summary>Everything a report document shows: the experiments, their summaries, the pairwise comparisons and the plots.</summary>
/// <param name="Results">The experiments and their runs.</param>
/// <param name="Summaries">One summary per experiment, in the same order.</param>
/// <param name="Comparisons">The pairwise comparisons of every task family.</param>
/// <param name="Figures">The plots, in report order.</param>
public sealed record ReportContent(
    ResultsSet Results,
    IReadOnlyList<ExperimentSummary> Summaries,
    IReadOnlyList<PairwiseComparison> Comparisons,
    IReadOnlyList<ReportFigure> Figures)
{
    /// <summary>The summary of <paramref name="experiment"/>.</summary>
    public ExperimentSummary SummaryOf(ExperimentResults experiment) => Summaries.First(s => s.Name == experiment.Name);

    /// <summary>The comparison of two experiments (in either order), or null when they were not compared.</summary>
    public PairwiseComparison? Between(ExperimentResults first, ExperimentResults second) =>
        Comparisons.FirstOrDefault(c => (c.ExperimentA == first.Name && c.ExperimentB == second.Name) || (c.ExperimentA == second.Name && c.ExperimentB == first.Name));

    /// <summary>The plots of <paramref name="family"/>.</summary>
    public IEnumerable<ReportFigure> FiguresOf(TaskFamily family) => Figures.Where(f => f.Family.Group == family.Group && f.Family.TaskHash == family.TaskHash);
}
