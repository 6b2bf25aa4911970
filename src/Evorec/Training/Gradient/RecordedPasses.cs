using Evorec.Networks;

namespace Evorec.Training.Gradient;

/// <summary>
/// What every <see cref="IDifferentiableNetwork"/> of a network kind shares: the sizes from its
/// <typeparamref name="TSpec"/>, the checks of the step ranges (<see cref="TrajectoryRange"/>), the
/// recorded trajectory's length, the record of its inputs, and buffers that grow to the longest
/// sequence seen and are then reused (so that, after a warm-up, neither pass allocates). A pass keeps
/// only its own equations: <see cref="ForwardSteps"/>, <see cref="BackwardSteps"/> and the buffers
/// its <see cref="Grow"/> sizes.
/// </summary>
/// <typeparam name="TSpec">The network kind whose parameter vector the passes read.</typeparam>
public abstract class RecordedPasses<TSpec> : IDifferentiableNetwork
    where TSpec : NetworkSpec
{
    private double[] _inputs = [];

    /// <summary>The longest trajectory the buffers hold; −1 before the first forward pass sizes them (even for an empty range).</summary>
    private int _capacity = -1;

    /// <summary>Creates the passes for <paramref name="spec"/>.</summary>
    protected RecordedPasses(TSpec spec)
    {
        Spec = spec;
    }

    /// <inheritdoc/>
    public int ParameterCount => Spec.Layout.Count;

    /// <inheritdoc/>
    public int InputCount => Spec.InputCount;

    /// <inheritdoc/>
    public int OutputCount => Spec.OutputCount;

    /// <summary>The network kind the passes differentiate.</summary>
    protected TSpec Spec { get; }

    /// <summary>How many steps the last forward pass recorded (0 before the first).</summary>
    protected int Length { get; private set; }

    /// <inheritdoc/>
    public void Forward(ReadOnlySpan<double> parameters, ReadOnlySpan<double> inputs, int from, int to, Span<double> outputs)
    {
        int inputCount = Spec.InputCount;
        TrajectoryRange.CheckForward(from, to, Length);
        Ensure(to);
        Length = to;
        inputs[(from * inputCount)..(to * inputCount)].CopyTo(_inputs.AsSpan(from * inputCount));
        ForwardSteps(parameters, inputs, from, to, outputs);
    }

    /// <inheritdoc/>
    public void Backward(ReadOnlySpan<double> parameters, ReadOnlySpan<double> outputGradients, Span<double> gradient, int from, int to)
    {
        TrajectoryRange.CheckBackward(from, to, Length);
        BackwardSteps(parameters, outputGradients, gradient, from, to);
    }

    /// <summary>
    /// The kind's forward equations for steps <paramref name="from"/> … <paramref name="to"/> − 1, as
    /// <see cref="Forward"/> describes; the range is checked, the buffers hold <paramref name="to"/> steps
    /// and the inputs of the range are recorded (<see cref="RecordedInput"/>).
    /// </summary>
    protected abstract void ForwardSteps(ReadOnlySpan<double> parameters, ReadOnlySpan<double> inputs, int from, int to, Span<double> outputs);

    /// <summary>The kind's backward equations for steps <paramref name="to"/> − 1 down to <paramref name="from"/>, as <see cref="Backward"/> describes; the range is checked.</summary>
    protected abstract void BackwardSteps(ReadOnlySpan<double> parameters, ReadOnlySpan<double> outputGradients, Span<double> gradient, int from, int to);

    /// <summary>
    /// Resizes the kind's own trajectory buffers (keeping their contents, with <see cref="Array.Resize{T}"/>)
    /// to hold <paramref name="length"/> steps; called only when <paramref name="length"/> exceeds every
    /// earlier one.
    /// </summary>
    protected abstract void Grow(int length);

    /// <summary>The inputs x(<paramref name="t"/>) the forward pass recorded.</summary>
    protected ReadOnlySpan<double> RecordedInput(int t) => _inputs.AsSpan(t * Spec.InputCount, Spec.InputCount);

    private void Ensure(int length)
    {
        if (length > _capacity)
        {
            Array.Resize(ref _inputs, length * Spec.InputCount);
            Grow(length);
            _capacity = length;
        }
    }
}
