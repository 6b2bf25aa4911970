namespace Evorec.Networks;

/// <summary>
/// The Jordan network (Jordan, "Serial order: a parallel distributed processing approach",
/// ICS Report 8604, UC San Diego, 1986): the state (context) units hold the network's past outputs,
/// one state unit per output, each fed by its output unit with weight 1 and by itself with weight μ:
/// s(t) = μ s(t−1) + y(t−1); h(t) = tanh(W_in x(t) + W_ctx s(t) + b); y(t) = f(W_out h(t) + b_out).
/// The initial state is s(0) = 0 and y(0) = 0, so s(1) = 0.
/// </summary>
/// <remarks>
/// The hidden layer is tanh here, as in the other kinds (the report used the logistic units of the
/// PDP framework of its time; a logistic hidden layer is an affine reparametrisation of a tanh one).
/// μ = 0 (the default) is the common simplification in which the context is the last output alone.
/// The state holds the network's own outputs, so the network is teacher-forcible (the report
/// itself trains with the target outputs in the state units).
/// Layout: <c>W_in</c> (hidden × inputs),
/// <c>W_ctx</c> (hidden × outputs), <c>bias</c> (hidden), <c>W_out</c> (outputs × hidden, readout),
/// <c>b_out</c> (outputs, readout). Neuron groups: hidden neuron j owns row j of W_in and W_ctx,
/// bias j and column j of W_out; output k owns b_out k. With a linear output layer the readout
/// features are (h(t), 1); since the outputs drive the state, a closed-form readout is valid only on
/// teacher-forced runs (<see cref="NetworkSpec.ReadoutNeedsTeacherForcing"/>).
/// </remarks>
public sealed class JordanSpec : NetworkSpec
{
    /// <summary>Creates the spec.</summary>
    public JordanSpec(int inputCount, int outputCount, JordanOptions options)
        : base(inputCount, outputCount)
    {
        if (options.Hidden <= 0)
        {
            throw new ArgumentException($"hidden must be at least 1, not {options.Hidden}.", nameof(options));
        }

        if (!double.IsFinite(options.ContextDecay))
        {
            throw new ArgumentException("contextDecay must be a finite number.", nameof(options));
        }

        HiddenCount = options.Hidden;
        ContextDecay = options.ContextDecay;
        OutputActivation = options.OutputActivation;

        var builder = new ParameterLayout.Builder();
        InputWeights = builder.Add("W_in", HiddenCount, inputCount);
        ContextWeights = builder.Add("W_ctx", HiddenCount, outputCount);
        HiddenBias = builder.Add("bias", HiddenCount);
        OutputWeights = builder.Add("W_out", outputCount, HiddenCount, isReadout: true);
        OutputBias = builder.Add("b_out", outputCount, isReadout: true);
        for (int j = 0; j < HiddenCount; j++)
        {
            builder.AddNeuronGroup(
                $"hidden {j}",
                InputWeights.RowIndices(j)
                    .Concat(ContextWeights.RowIndices(j))
                    .Concat(HiddenBias.RowIndices(j))
                    .Concat(OutputWeights.ColumnIndices(j)));
        }

        for (int k = 0; k < outputCount; k++)
        {
            builder.AddNeuronGroup($"output {k}", OutputBias.RowIndices(k), required: true);
        }

        Layout = builder.Build();
    }

    /// <inheritdoc/>
    public override string Kind => "jordan";

    /// <summary>Number of hidden neurons.</summary>
    public int HiddenCount { get; }

    /// <summary>The self-connection weight μ of the state units.</summary>
    public double ContextDecay { get; }

    /// <summary>Activation of the output layer.</summary>
    public Activation OutputActivation { get; }

    /// <summary>The input-to-hidden block.</summary>
    public ParameterBlock InputWeights { get; }

    /// <summary>The state-to-hidden block.</summary>
    public ParameterBlock ContextWeights { get; }

    /// <summary>The hidden bias block.</summary>
    public ParameterBlock HiddenBias { get; }

    /// <summary>The hidden-to-output block.</summary>
    public ParameterBlock OutputWeights { get; }

    /// <summary>The output bias block.</summary>
    public ParameterBlock OutputBias { get; }

    /// <inheritdoc/>
    public override ParameterLayout Layout { get; }

    /// <inheritdoc/>
    public override string? ReadoutUnsupportedReason => OutputActivation == Activation.Linear
        ? null
        : "a jordan network's readout is linear only with outputActivation 'linear'";

    /// <inheritdoc/>
    public override bool ReadoutNeedsTeacherForcing => true;

    /// <inheritdoc/>
    public override IRecurrentNetwork Create() => new JordanNetwork(this);

    /// <inheritdoc/>
    public override void Load(ReadOnlySpan<double> parameters, IRecurrentNetwork network)
    {
        CheckLength(parameters);
        ((JordanNetwork)network).Load(parameters);
    }

    /// <inheritdoc/>
    public override string Describe() => $"jordan {InputCount}-{HiddenCount}-{OutputCount}";
}
