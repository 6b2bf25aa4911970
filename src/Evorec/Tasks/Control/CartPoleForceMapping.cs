namespace Evorec.Tasks.Control;

/// <summary>
/// How the network's (first) output o becomes the force on the cart. The result is always
/// clamped to ±10 N, which leaves outputs inside the documented range unchanged.
/// </summary>
public enum CartPoleForceMapping
{
    /// <summary>
    /// F = (o − 0.5)·20 for an output in [0, 1], such as a logistic unit: NEAT's and Gomez's
    /// <c>force = (action - 0.5) * FORCE_MAG * 2</c>.
    /// </summary>
    Logistic,

    /// <summary>
    /// F = 10·o for an output in [−1, 1], such as a tanh unit: the same force after mapping
    /// o to (o + 1)/2, as Shark's pole-balancing benchmarks do for tanh outputs.
    /// </summary>
    Symmetric,
}
