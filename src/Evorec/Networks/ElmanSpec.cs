namespace Evorec.Networks;

/// <summary>
/// The simple recurrent network of Elman ("Finding structure in time", Cognitive Science 14,
/// 1990, §2): a tanh hidden layer that sees the inputs and its own previous state (the context
/// units, a copy of the hidden layer), and an output layer reading the hidden layer:
/// h(t) = tanh(W_in x(t) + W_rec h(t−1) + b), y(t) = f(W_out h(t) + b_out).
/// The initial state is h(0) = 0.
/// </summary>
/// <remarks>
/// Layout: <c>W_in</c> (hidden × inputs), <c>W_rec</c> (hidden × hidden), <c>bias</c> (hidden),
/// <c>W_out</c> (outputs × hidden, readout), <c>b_out</c> (outputs, readout). Neuron groups:
/// hidden neuron j owns row j of W_in and W_rec, bias j and column j of W_out; output k owns b_out k.
/// With a linear output layer, the readout features are (h(t), 1).
/// </remarks>
public sealed class ElmanSpec : NetworkSpec
{
    /// <summary>Creates the spec.</summary>
    public ElmanSpec(int inputCount, int outputCount, ElmanOptions options)
        : base(inputCount, outputCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Hidden);
        HiddenCount = options.Hidden;
        OutputActivation = options.OutputActivation;

        var builder = new ParameterLayout.Builder();
        InputWeights = builder.Add("W_in", HiddenCount, inputCount);
        RecurrentWeights = builder.Add("W_rec", HiddenCount, HiddenCount);
        HiddenBias = builder.Add("bias", HiddenCount);
        OutputWeights = builder.Add("W_out", outputCount, HiddenCount, isReadout: true);
        OutputBias = builder.Add("b_out", outputCount, isReadout: true);
        for (int j = 0; j < HiddenCount; j++)
        {
            int row = j;
            builder.AddNeuronGroup(
                $"hidden {j}",
                Enumerable.Range(0, inputCount).Select(i => InputWeights.IndexOf(row, i))
                    .Concat(Enumerable.Range(0, HiddenCount).Select(k => RecurrentWeights.IndexOf(row, k)))
                    .Append(HiddenBias.IndexOf(row, 0))
                    .Concat(Enumerable.Range(0, outputCount).Select(o => OutputWeights.IndexOf(o, row))));
        }

        for (int o = 0; o < outputCount; o++)
        {
            builder.AddNeuronGroup($"output {o}", [OutputBias.IndexOf(o, 0)], required: true);
        }

        Layout = builder.Build();
    }

    /// <inheritdoc/>
    public override string Kind => "elman";

    /// <summary>Number of hidden neurons.</summary>
    public int HiddenCount { get; }

    /// <summary>Activation of the output layer.</summary>
    public Activation OutputActivation { get; }

    /// <summary>The input-to-hidden block.</summary>
    public ParameterBlock InputWeights { get; }

    /// <summary>The hidden-to-hidden (context) block.</summary>
    public ParameterBlock RecurrentWeights { get; }

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
        : "an elman network's readout is linear only with outputActivation 'linear'";

    /// <inheritdoc/>
    public override IRecurrentNetwork Create() => new ElmanNetwork(this);

    /// <inheritdoc/>
    public override void Load(ReadOnlySpan<double> parameters, IRecurrentNetwork network)
    {
        CheckLength(parameters);
        ((ElmanNetwork)network).Load(parameters);
    }

    /// <inheritdoc/>
    public override string Describe() => $"elman {InputCount}-{HiddenCount}-{OutputCount}";
}
