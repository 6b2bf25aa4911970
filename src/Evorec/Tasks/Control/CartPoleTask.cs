namespace Evorec.Tasks.Control;

/// <summary>
/// Pole balancing, the neuroevolution benchmark (Wieland 1991; Gomez &amp; Miikkulainen 1999;
/// Stanley &amp; Miikkulainen 2002; Gomez, Schmidhuber &amp; Miikkulainen 2008): one or two poles on
/// a cart on a 4.8 m track, balanced by a continuous force from the network's single output.
/// Physics: <see cref="CartPoleSystem"/>; setups: <see cref="CartPoleSetup"/>; evaluation and
/// protocols: <see cref="CartPoleEvaluator"/>.
/// </summary>
/// <remarks>
/// The task is deterministic (every episode starts from the same state), so every run index
/// sees the same instance and the task context's random stream is not used.
/// </remarks>
public sealed class CartPoleTask : ITask
{
    /// <summary>Creates the task; throws <see cref="ArgumentException"/> for inconsistent options.</summary>
    public CartPoleTask(CartPoleOptions options, TaskContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        Setup = new CartPoleSetup(options);
    }

    /// <summary>The resolved setup.</summary>
    public CartPoleSetup Setup { get; }

    /// <inheritdoc/>
    public string Kind => "cart-pole";

    /// <inheritdoc/>
    public int InputCount => Setup.InputCount;

    /// <inheritdoc/>
    public int OutputCount => 1;

    /// <inheritdoc/>
    public SequenceDataset? Dataset => null;

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, double> Baselines { get; } = new Dictionary<string, double>();

    /// <inheritdoc/>
    public ITaskEvaluator CreateEvaluator() => new CartPoleEvaluator(Setup);
}
