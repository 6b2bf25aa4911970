namespace Evorec.Networks;

/// <summary>
/// Presenting one input to a network for a fixed number of ticks from its reset state, the protocol
/// of static tasks (see <see cref="ISettlingNetwork"/>).
/// </summary>
public static class HeldInput
{
    /// <summary>
    /// Resets <paramref name="network"/>, then steps it with <paramref name="input"/> held,
    /// <paramref name="ticks"/> times or until an output is not finite; writes the last outputs and
    /// returns the number of steps. Uses <see cref="ISettlingNetwork.HoldFromReset"/> when the network has it.
    /// </summary>
    public static int Run(IRecurrentNetwork network, ReadOnlySpan<double> input, int ticks, Span<double> output) =>
        network is ISettlingNetwork settling ? settling.HoldFromReset(input, ticks, output) : StepFromReset(network, input, ticks, output);

    /// <summary>What <see cref="Run"/> does step by step: the definition every <see cref="ISettlingNetwork"/> must match.</summary>
    public static int StepFromReset(IRecurrentNetwork network, ReadOnlySpan<double> input, int ticks, Span<double> output)
    {
        network.Reset();
        for (int tick = 1; tick <= ticks; tick++)
        {
            network.Step(input, output);
            foreach (double value in output)
            {
                if (!double.IsFinite(value))
                {
                    return tick;
                }
            }
        }

        return ticks;
    }
}
