namespace Evorec.Networks;

/// <summary>
/// One network kind with its hyperparameters, sized for a task's inputs and outputs. A spec
/// describes the parameter vector (<see cref="Layout"/>), creates networks (one per thread)
/// and loads parameter vectors into them without allocating.
/// </summary>
public abstract class NetworkSpec
{
    /// <summary>Sizes the spec for <paramref name="inputCount"/> inputs and <paramref name="outputCount"/> outputs.</summary>
    protected NetworkSpec(int inputCount, int outputCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(inputCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputCount);
        InputCount = inputCount;
        OutputCount = outputCount;
    }

    /// <summary>The registry name of the kind, such as <c>elman</c>.</summary>
    public abstract string Kind { get; }

    /// <summary>Number of network inputs.</summary>
    public int InputCount { get; }

    /// <summary>Number of network outputs.</summary>
    public int OutputCount { get; }

    /// <summary>The layout of the parameter vector.</summary>
    public abstract ParameterLayout Layout { get; }

    /// <summary>
    /// Whether every parameter vector of this spec has the layout's length, so that a fixed-length
    /// optimizer can search it. False for kinds whose parameters encode their own structure (such
    /// as <c>neat-graph</c>), which only their own trainer can evolve.
    /// </summary>
    public virtual bool HasFixedLayout => true;

    /// <summary>Whether <paramref name="parameters"/> can be loaded (for a fixed layout: whether its length fits).</summary>
    public virtual bool Accepts(ReadOnlySpan<double> parameters) => parameters.Length == Layout.Count;

    /// <summary>
    /// Why closed-form readout solving is not valid for this spec (its outputs drive its state
    /// other than through teacher forcing, or its output is nonlinear), or null when it is valid.
    /// </summary>
    public virtual string? ReadoutUnsupportedReason => $"network '{Kind}' declares no linear readout";

    /// <summary>
    /// Whether the readout features depend on the network's own fed-back outputs (Jordan context,
    /// NARX output taps, ESN output feedback). A closed-form readout is then valid only when solved
    /// on teacher-forced runs (<see cref="ITeacherForcible"/>), where the fed-back values are the
    /// targets and so do not depend on the readout being solved (as in Jaeger, GMD Report 148, 2001).
    /// </summary>
    public virtual bool ReadoutNeedsTeacherForcing => false;

    /// <summary>Creates a network with zero parameters; call <see cref="Load"/> before use.</summary>
    public abstract IRecurrentNetwork Create();

    /// <summary>Copies <paramref name="parameters"/> (length <see cref="ParameterLayout.Count"/>) into <paramref name="network"/> and resets it.</summary>
    public abstract void Load(ReadOnlySpan<double> parameters, IRecurrentNetwork network);

    /// <summary>A one-line description of this spec's shape, such as <c>elman 1-10-1</c>.</summary>
    public abstract string Describe();

    /// <summary>Throws when <paramref name="parameters"/> does not fit the layout.</summary>
    protected void CheckLength(ReadOnlySpan<double> parameters)
    {
        if (parameters.Length != Layout.Count)
        {
            throw new ArgumentException($"A {Kind} network of this shape has {Layout.Count} parameters, not {parameters.Length}.", nameof(parameters));
        }
    }
}
