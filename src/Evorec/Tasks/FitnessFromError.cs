namespace Evorec.Tasks;

/// <summary>
/// The fitness of error-based tasks: 1 / (1 + error). Bounded in (0, 1], higher is better,
/// strictly decreasing in the error (so rank-based selection sees exactly the error order),
/// and 0 for a broken network.
/// </summary>
public static class FitnessFromError
{
    /// <summary>The fitness for <paramref name="error"/>.</summary>
    public static double Of(double error) => double.IsFinite(error) && error >= 0 ? 1.0 / (1.0 + error) : 0.0;
}
