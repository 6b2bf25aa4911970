namespace Evorec.Tasks.Control;

/// <summary>The outcome of one cart-pole episode.</summary>
/// <param name="Balanced">Control steps after which the system was still inside its bounds.</param>
/// <param name="NetworkSteps">Network steps run (one more than <paramref name="Balanced"/> when the episode ended in a failure).</param>
/// <param name="Broken">Whether the episode ended on a non-finite network output.</param>
/// <param name="JiggleSum">The damping term's J over the last 100 balanced states, when tracked and at least 100 steps were balanced; else 0.</param>
public readonly record struct CartPoleEpisode(int Balanced, long NetworkSteps, bool Broken, double JiggleSum);
