namespace Evorec.Reporting;

/// <summary>What the y axis of a convergence curve shows.</summary>
public enum CurveQuantity
{
    /// <summary>The best-so-far error (<c>best_so_far_error</c>, lower is better).</summary>
    Error,

    /// <summary>The best-so-far fitness: the running maximum of <c>best_fitness</c> (higher is better).</summary>
    Fitness,
}
