namespace Evorec.Training;

/// <summary>One row of a run's log: the state after a generation (cumulative counts).</summary>
/// <param name="Generation">Generation number, from 0.</param>
/// <param name="Evaluations">Fitness evaluations so far (solution tests excluded).</param>
/// <param name="NetworkSteps">Network time steps so far, in evaluations and solution tests.</param>
/// <param name="WallSeconds">Wall-clock seconds since the run started.</param>
/// <param name="BestFitness">The highest fitness in this generation.</param>
/// <param name="MeanFitness">The mean fitness of this generation.</param>
/// <param name="BestError">The error of this generation's fittest candidate.</param>
/// <param name="BestSoFarError">The error of the fittest candidate so far.</param>
/// <param name="ValidationError">The validation error of the fittest candidate so far, where the task has validation data.</param>
/// <param name="BackwardSteps">Backward (backpropagation) network time steps so far, for gradient trainers; null for trainers without backward passes.</param>
/// <param name="Extra">
/// Trainer-specific figures of this generation (for example NEAT's species count and topology
/// sizes), keyed snake_case; written as extra run-log columns after the standard ones.
/// </param>
public sealed record GenerationRecord(
    int Generation,
    long Evaluations,
    long NetworkSteps,
    double WallSeconds,
    double BestFitness,
    double MeanFitness,
    double BestError,
    double BestSoFarError,
    double? ValidationError = null,
    long? BackwardSteps = null,
    IReadOnlyDictionary<string, double>? Extra = null);
