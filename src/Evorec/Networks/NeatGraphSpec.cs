namespace Evorec.Networks;

/// <summary>
/// The <c>neat-graph</c> network kind: the phenotype of a NEAT genome (Stanley &amp; Miikkulainen,
/// Evolutionary Computation 10(2), 2002), a graph of sensors (the task's inputs and, optionally, a
/// bias node), output nodes and evolved hidden nodes with arbitrary — also recurrent —
/// connections. Its semantics are those of <see cref="NeatGraphNetwork"/>. Its parameter vector is
/// the genome in <see cref="NeatGraphEncoding"/>, so it has no fixed layout (<see cref="Layout"/>
/// is empty and <see cref="HasFixedLayout"/> false): only the <c>neat</c> trainer, which evolves the
/// topology, can train it, and the <c>neat</c> trainer needs it.
/// </summary>
public sealed class NeatGraphSpec : NetworkSpec
{
    /// <summary>Creates the spec; throws <see cref="ArgumentException"/> for a non-finite or zero slope.</summary>
    public NeatGraphSpec(int inputCount, int outputCount, NeatGraphOptions options)
        : base(inputCount, outputCount)
    {
        if (!double.IsFinite(options.Slope) || options.Slope == 0)
        {
            throw new ArgumentException("slope must be finite and not 0.");
        }

        if (!Enum.IsDefined(options.ActivationScheme))
        {
            throw new ArgumentException($"activationScheme must be synchronous or neat121, got {(int)options.ActivationScheme}.");
        }

        HasBias = options.Bias;
        HiddenActivation = options.HiddenActivation;
        OutputActivation = options.OutputActivation;
        Slope = options.Slope;
        Scheme = options.ActivationScheme;
        Layout = new ParameterLayout.Builder().Build();
        MinimalEncoding = BuildMinimalEncoding();
    }

    /// <inheritdoc/>
    public override string Kind => "neat-graph";

    /// <summary>Whether the graph has a bias node after the inputs.</summary>
    public bool HasBias { get; }

    /// <summary>Activation of hidden nodes.</summary>
    public Activation HiddenActivation { get; }

    /// <summary>Activation of output nodes.</summary>
    public Activation OutputActivation { get; }

    /// <summary>The factor on every node's net input.</summary>
    public double Slope { get; }

    /// <summary>How the graph is activated per step.</summary>
    public NeatGraphScheme Scheme { get; }

    /// <summary>Number of sensors: inputs plus the bias node.</summary>
    public int SensorCount => InputCount + (HasBias ? 1 : 0);

    /// <inheritdoc/>
    public override ParameterLayout Layout { get; }

    /// <inheritdoc/>
    public override bool HasFixedLayout => false;

    /// <summary>The encoding of the graph with sensors and outputs and no connection (what <see cref="Create"/> loads).</summary>
    public double[] MinimalEncoding { get; }

    /// <inheritdoc/>
    public override string? ReadoutUnsupportedReason => "a neat-graph network's structure is evolved; it declares no linear readout";

    /// <inheritdoc/>
    public override IRecurrentNetwork Create() => new NeatGraphNetwork(this);

    /// <inheritdoc/>
    public override bool Accepts(ReadOnlySpan<double> parameters) => NeatGraphEncoding.HasValidHeader(parameters);

    /// <inheritdoc/>
    public override void Load(ReadOnlySpan<double> parameters, IRecurrentNetwork network) => ((NeatGraphNetwork)network).Load(parameters);

    /// <inheritdoc/>
    public override string Describe() => $"neat-graph {InputCount}{(HasBias ? "+bias" : string.Empty)}-{OutputCount}, evolved topology{(Scheme == NeatGraphScheme.Neat121 ? ", NEAT 1.2.1 activation" : string.Empty)}";

    private double[] BuildMinimalEncoding()
    {
        int nodes = SensorCount + OutputCount;
        var values = new double[NeatGraphEncoding.Length(nodes, 0)];
        values[0] = NeatGraphEncoding.Format;
        values[1] = nodes;
        for (int n = 0; n < nodes; n++)
        {
            values[NeatGraphEncoding.HeaderLength + (NeatGraphEncoding.NodeStride * n)] = n;
            values[NeatGraphEncoding.HeaderLength + (NeatGraphEncoding.NodeStride * n) + 1] =
                n < InputCount ? NeatGraphEncoding.InputType : n < SensorCount ? NeatGraphEncoding.BiasType : NeatGraphEncoding.OutputType;
        }

        return values;
    }
}
