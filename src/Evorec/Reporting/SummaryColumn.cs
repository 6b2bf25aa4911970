namespace Evorec.Reporting;

/// <summary>The columns of a report's summary tables that mark the best value.</summary>
public enum SummaryColumn
{
    /// <summary>Success rate (higher is better; Fisher's exact test).</summary>
    SuccessRate,

    /// <summary>Expected running time (lower is better; Mann-Whitney U on evaluations to solve, unsolved runs ranked worst).</summary>
    ExpectedRunningTime,

    /// <summary>Median evaluations to solve over solved runs (lower is better; no test of its own).</summary>
    EvaluationsToSolve,

    /// <summary>Median final error (lower is better; Mann-Whitney U).</summary>
    FinalError,

    /// <summary>Median test error (lower is better; no test).</summary>
    TestError,
}
