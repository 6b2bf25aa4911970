namespace Evorec.Training;

/// <summary>
/// Optionally implemented by a trainer with figures of its own about a finished run (for example
/// NEAT's species count and the size of its best network); the runner writes them into the run's
/// <c>metrics</c>. Keys are snake_case.
/// </summary>
public interface ITrainerMetrics
{
    /// <summary>The trainer's figures after the last generation.</summary>
    IReadOnlyDictionary<string, double> RunMetrics { get; }
}
