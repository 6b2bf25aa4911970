namespace Evorec.Reporting;

/// <summary>
/// Experiments A and B of the same task family compared: evaluations to solve (unsolved runs ranked worst) and final
/// error (non-finite ranked worst) by Mann-Whitney U with Vargha-Delaney A, success rates by Fisher's exact test. Every
/// p-value is also given after Holm's correction over the family's pairs, per quantity. Only finished runs count.
/// One row of <c>comparisons.csv</c>.
/// </summary>
public sealed record PairwiseComparison
{
    /// <summary>The family's group.</summary>
    public required string Group { get; init; }

    /// <summary>The family's task label.</summary>
    public required string Task { get; init; }

    /// <summary>Experiment A's name in the report.</summary>
    public required string ExperimentA { get; init; }

    /// <summary>Experiment B's name in the report.</summary>
    public required string ExperimentB { get; init; }

    /// <summary>A's network label.</summary>
    public required string NetworkA { get; init; }

    /// <summary>B's network label.</summary>
    public required string NetworkB { get; init; }

    /// <summary>A's trainer label.</summary>
    public required string TrainerA { get; init; }

    /// <summary>B's trainer label.</summary>
    public required string TrainerB { get; init; }

    /// <summary>A's finished runs.</summary>
    public required int RunsA { get; init; }

    /// <summary>B's finished runs.</summary>
    public required int RunsB { get; init; }

    /// <summary>A's solved runs.</summary>
    public required int SolvedA { get; init; }

    /// <summary>B's solved runs.</summary>
    public required int SolvedB { get; init; }

    /// <summary>Evaluations to solve, unsolved runs ranked worst.</summary>
    public required RankComparison EvaluationsToSolve { get; init; }

    /// <summary>Final error, non-finite errors ranked worst.</summary>
    public required RankComparison FinalError { get; init; }

    /// <summary>Fisher's exact test of the success rates: the two-sided p-value.</summary>
    public required double SuccessPValue { get; init; }

    /// <summary>That p-value after Holm's correction over the family's pairs.</summary>
    public required double SuccessAdjustedPValue { get; init; }
}
