using Evorec.Numerics;

namespace Evorec.Training;

/// <summary>The fittest candidate of a run so far.</summary>
/// <param name="Fitness">Its fitness.</param>
/// <param name="Error">Its error in task units.</param>
/// <param name="Parameters">Its network parameter vector (a copy owned by the record).</param>
/// <param name="Generation">The generation that produced it.</param>
/// <param name="EvaluationKey">The stream key of the evaluation that measured it: re-evaluating the network with this key reproduces <see cref="Fitness"/> and <see cref="Error"/> exactly.</param>
public sealed record BestCandidate(double Fitness, double Error, double[] Parameters, int Generation, StreamKey EvaluationKey);
