using Evorec.Networks;

namespace Evorec.Tasks.TimeSeries;

/// <summary>
/// The persistence (random-walk) predictor y(t + 1) = x(t), written as a one-input, one-output network so
/// it runs through exactly the same protocol as the networks it is compared with. Free-running, it holds
/// the last true sample for ever.
/// </summary>
public sealed class PersistencePredictor : IRecurrentNetwork
{
    /// <inheritdoc/>
    public int InputCount => 1;

    /// <inheritdoc/>
    public int OutputCount => 1;

    /// <inheritdoc/>
    public void Reset()
    {
    }

    /// <inheritdoc/>
    public void Step(ReadOnlySpan<double> input, Span<double> output) => output[0] = input[0];
}
