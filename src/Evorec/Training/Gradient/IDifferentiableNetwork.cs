namespace Evorec.Training.Gradient;

/// <summary>
/// A network kind's forward pass over a whole sequence, recorded, and its exact backward pass
/// (backpropagation through time: Rumelhart, Hinton &amp; Williams, "Learning internal representations
/// by error propagation", 1986; Werbos, "Backpropagation through time: what it does and how to do it",
/// Proc. IEEE 78(10), 1990). Reads the same flat parameter vector, in the same order and with the same
/// equations, as the network kind's <see cref="Networks.IRecurrentNetwork"/>. Buffers grow to the
/// longest sequence seen and are then reused: after a warm-up, neither pass allocates.
/// </summary>
public interface IDifferentiableNetwork
{
    /// <summary>Length of the parameter vector.</summary>
    int ParameterCount { get; }

    /// <summary>Inputs per step.</summary>
    int InputCount { get; }

    /// <summary>Outputs per step.</summary>
    int OutputCount { get; }

    /// <summary>
    /// Runs steps <paramref name="from"/> … <paramref name="to"/> − 1 on <paramref name="inputs"/> (the whole
    /// sequence, row-major, <see cref="InputCount"/> per step), writes their outputs into
    /// <paramref name="outputs"/> (the whole sequence, row-major) and records what <see cref="Backward"/>
    /// needs. <paramref name="from"/> = 0 starts from the initial (zero) state; a later
    /// <paramref name="from"/> continues the recorded trajectory from the state after step
    /// <paramref name="from"/> − 1 (so truncated BPTT can change the parameters between ranges).
    /// </summary>
    void Forward(ReadOnlySpan<double> parameters, ReadOnlySpan<double> inputs, int from, int to, Span<double> outputs);

    /// <summary>
    /// Given ∂L/∂y(t) for steps <paramref name="from"/> … <paramref name="to"/> − 1 (the whole sequence's
    /// array, row-major), backpropagates from step <paramref name="to"/> − 1 down to step
    /// <paramref name="from"/> through the recorded trajectory and adds ∂L/∂θ to
    /// <paramref name="gradient"/>. The state before step <paramref name="from"/> is held fixed and
    /// nothing flows after step <paramref name="to"/> − 1: (0, length) is full BPTT, a later
    /// <paramref name="from"/> the truncated gradient of Williams &amp; Peng (1990).
    /// </summary>
    void Backward(ReadOnlySpan<double> parameters, ReadOnlySpan<double> outputGradients, Span<double> gradient, int from, int to);
}
