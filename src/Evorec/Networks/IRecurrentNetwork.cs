namespace Evorec.Networks;

/// <summary>
/// A recurrent network run one time step at a time. Implementations own their state and
/// buffers: <see cref="Step"/> and <see cref="Reset"/> allocate nothing.
/// </summary>
public interface IRecurrentNetwork
{
    /// <summary>How many inputs <see cref="Step"/> reads.</summary>
    int InputCount { get; }

    /// <summary>How many outputs <see cref="Step"/> writes.</summary>
    int OutputCount { get; }

    /// <summary>Restores the initial state exactly (the state every evaluation starts from).</summary>
    void Reset();

    /// <summary>Advances one time step: reads <paramref name="input"/>, updates the state, writes <paramref name="output"/>.</summary>
    void Step(ReadOnlySpan<double> input, Span<double> output);
}
