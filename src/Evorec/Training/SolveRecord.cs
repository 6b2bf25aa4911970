namespace Evorec.Training;

/// <summary>
/// When a run solved its task. Following the pole-balancing literature (NEAT 2002; CoSyNE 2008),
/// <see cref="Evaluations"/> counts every evaluation up to and including the generation that
/// produced the solution; <see cref="SolvingEvaluation"/> is the 1-based index of the solving
/// evaluation itself.
/// </summary>
/// <param name="Generation">The solving generation.</param>
/// <param name="Evaluations">Evaluations up to the end of the solving generation.</param>
/// <param name="SolvingEvaluation">The index of the solving evaluation.</param>
/// <param name="Metrics">Figures from the solution tests, if the task ran any.</param>
public sealed record SolveRecord(int Generation, long Evaluations, long SolvingEvaluation, IReadOnlyDictionary<string, double> Metrics);
