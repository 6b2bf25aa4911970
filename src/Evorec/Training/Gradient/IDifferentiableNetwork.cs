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
    /// Runs <paramref name="length"/> steps from the initial (zero) state on <paramref name="inputs"/>
    /// (row-major, <see cref="InputCount"/> per step), writes the outputs (row-major) and records what
    /// <see cref="Backward"/> needs.
    /// </summary>
    void Forward(ReadOnlySpan<double> parameters, ReadOnlySpan<double> inputs, int length, Span<double> outputs);

    /// <summary>
    /// Given ∂L/∂y(t) for every step of the last <see cref="Forward"/> (row-major), adds ∂L/∂θ to
    /// <paramref name="gradient"/>.
    /// </summary>
    void Backward(ReadOnlySpan<double> parameters, ReadOnlySpan<double> outputGradients, Span<double> gradient);
}
