namespace Evorec.Reporting;

/// <summary>What the x axis of a convergence curve counts (a column of the run logs).</summary>
public enum CurveAxis
{
    /// <summary>Fitness evaluations (<c>evaluations</c>), the cost measure every trainer counts alike.</summary>
    Evaluations,

    /// <summary>Network time steps (<c>network_steps</c>), which also charges for long evaluations.</summary>
    NetworkSteps,

    /// <summary>Wall-clock seconds (<c>wall_seconds</c>); depends on the machine.</summary>
    WallSeconds,
}
