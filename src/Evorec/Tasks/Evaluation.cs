namespace Evorec.Tasks;

/// <summary>The outcome of evaluating one network on a task.</summary>
/// <param name="Fitness">Higher is better; finite, and 0 or below for a broken network.</param>
/// <param name="Error">The task's error in its own units (lower is better); +∞ for non-finite outputs.</param>
/// <param name="Solved">Whether this evaluation meets the task's solution criterion.</param>
/// <param name="NetworkSteps">How many network time steps the evaluation ran.</param>
public readonly record struct Evaluation(double Fitness, double Error, bool Solved, long NetworkSteps)
{
    /// <summary>The evaluation of a network whose outputs became NaN or infinite: worst fitness, infinite error.</summary>
    public static Evaluation Broken(long networkSteps) => new(0.0, double.PositiveInfinity, false, networkSteps);
}
