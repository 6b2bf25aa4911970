namespace Evorec.Networks;

/// <summary>
/// A network that can run a static pattern faster than step by step: <see cref="HoldFromReset"/>
/// has exactly the effect of <see cref="IRecurrentNetwork.Reset"/> followed by up to
/// <c>ticks</c> calls of <see cref="IRecurrentNetwork.Step"/> with the same input (same outputs
/// and same state, bit for bit), for tasks that present an input for a fixed number of ticks and
/// read the last outputs (XOR; NEAT 1.2.1's <c>xor_evaluate</c> activates a fixed number of times).
/// Call it through <see cref="HeldInput.Run"/>, which steps networks that lack it.
/// </summary>
public interface ISettlingNetwork : IRecurrentNetwork
{
    /// <summary>
    /// Resets, then steps with <paramref name="input"/> held, <paramref name="ticks"/> times or until
    /// an output is not finite; writes the outputs of the last step and returns the number of steps.
    /// </summary>
    int HoldFromReset(ReadOnlySpan<double> input, int ticks, Span<double> output);
}
