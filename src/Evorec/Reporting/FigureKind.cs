namespace Evorec.Reporting;

/// <summary>The kinds of plot in a report, in the order a task's section shows them.</summary>
public enum FigureKind
{
    /// <summary>Best-so-far error or fitness against cost, one line and band per trainer.</summary>
    Convergence,

    /// <summary>The run-length ECDF: fraction of runs solved against evaluations.</summary>
    RunLength,

    /// <summary>Box plots of final or test error per experiment.</summary>
    ErrorBoxes,

    /// <summary>The best network's free-running output against the target, or its trajectory.</summary>
    Trace,

    /// <summary>A trainer's own figure against evaluations (NEAT's species count, champion size), one line and band per trainer.</summary>
    TrainerFigure,
}
