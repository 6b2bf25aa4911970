namespace Evorec.Reporting;

/// <summary>One entry of <c>summary.json</c> and row of <c>summary.csv</c>.</summary>
public sealed record ExperimentSummary
{
    /// <summary>The experiment's name.</summary>
    public required string Name { get; init; }

    /// <summary>The experiment entry it was expanded from.</summary>
    public required string Group { get; init; }

    /// <summary>The task's label.</summary>
    public required string Task { get; init; }

    /// <summary>The network's label.</summary>
    public required string Network { get; init; }

    /// <summary>The trainer's label.</summary>
    public required string Trainer { get; init; }

    /// <summary>Planned runs.</summary>
    public required int Runs { get; init; }

    /// <summary>Runs that finished.</summary>
    public required int FinishedRuns { get; init; }

    /// <summary>Runs that failed with an error.</summary>
    public required int FailedRuns { get; init; }

    /// <summary>Finished runs that solved the task.</summary>
    public required int SolvedRuns { get; init; }

    /// <summary>Solved runs over finished runs (null when none finished).</summary>
    public double? SuccessRate { get; init; }

    /// <summary>The lower end of the 95% Wilson score interval of the success rate (null when no run finished).</summary>
    public double? SuccessRateCi95Low { get; init; }

    /// <summary>The upper end of the 95% Wilson score interval of the success rate.</summary>
    public double? SuccessRateCi95High { get; init; }

    /// <summary>
    /// The expected running time (COCO's ERT/aRT): the evaluations of all finished runs, up to solving for those that
    /// solved, over the number that solved. Null when no run solved (the ERT is then infinite) or none finished.
    /// </summary>
    public double? ExpectedRunningTime { get; init; }

    /// <summary>Evaluations to solve, over the solved runs.</summary>
    public required SummaryStatistic EvaluationsToSolve { get; init; }

    /// <summary>Final (best-so-far) error, over the finished runs with a finite error.</summary>
    public required SummaryStatistic FinalError { get; init; }

    /// <summary>Test error of the best network, over the finished runs with a finite test error.</summary>
    public required SummaryStatistic TestError { get; init; }

    /// <summary>Wall-clock seconds per run, over the finished runs.</summary>
    public required SummaryStatistic WallSeconds { get; init; }

    /// <summary>
    /// The 1-based index of the solving evaluation (<c>metrics.solving_evaluation</c>), over the solved runs that
    /// record it: the count Gomez's CoSyNE/ESP code and NEAT 1.2.1's <c>experiments.cpp</c> report, beside the
    /// generation-grained <see cref="EvaluationsToSolve"/>. Empty (count 0) for trainers that do not record it.
    /// </summary>
    public SummaryStatistic SolvingEvaluation { get; init; } = SummaryStatistic.Of([], 0);

    /// <summary>The suite the experiment ran in.</summary>
    public string? Suite { get; init; }
}
