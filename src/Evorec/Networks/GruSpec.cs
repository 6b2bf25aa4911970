namespace Evorec.Networks;

/// <summary>
/// The gated recurrent unit of Cho, van Merriënboer, Gulcehre, Bahdanau, Bougares, Schwenk &amp; Bengio
/// ("Learning phrase representations using RNN encoder–decoder for statistical machine translation",
/// EMNLP 2014, §2.3, eqs. 5–8), exactly in the paper's convention:
/// r = σ(W_r x(t) + U_r h(t−1) + b_r), z = σ(W_z x(t) + U_z h(t−1) + b_z),
/// h̃ = tanh(W_h x(t) + U_h (r ⊙ h(t−1)) + b_h), h(t) = z ⊙ h(t−1) + (1 − z) ⊙ h̃,
/// with a linear output layer y(t) = f(W_out h(t) + b_out). The initial state is h(0) = 0.
/// </summary>
/// <remarks>
/// <para>Conventions, since implementations differ: the update gate z keeps the old state (z = 1
/// copies h(t−1)), as in Cho et al. and PyTorch/Keras; Chung et al. 2014 and many texts write
/// h = (1 − z) h(t−1) + z h̃ instead, which is the same model with z ↔ 1 − z (W_z, U_z, b_z negated).
/// The reset gate multiplies h(t−1) before U_h, as in the published paper (arXiv 1406.1078v3);
/// PyTorch and cuDNN (Keras <c>reset_after</c>) apply it after, h̃ = tanh(W_h x + b_h + r ⊙ (U_h h + b_hn)),
/// which is a different model. The paper omits biases from its equations; here each gate and the
/// candidate have one (zero biases give the paper's equations).</para>
/// <para>Layout: <c>W_r</c>, <c>W_z</c>, <c>W_h</c> (hidden × inputs), <c>U_r</c>, <c>U_z</c>,
/// <c>U_h</c> (hidden × hidden), <c>b_r</c>, <c>b_z</c>, <c>b_h</c> (hidden), in the order r, z, h̃;
/// then the readout <c>W_out</c> (outputs × hidden) and <c>b_out</c> (outputs). Neuron groups: unit j
/// owns row j of every gate and candidate block, its three biases and column j of W_out; output k owns
/// b_out k. The readout features are (h(t), 1); a closed-form readout is valid with a linear output.</para>
/// </remarks>
public sealed class GruSpec : NetworkSpec
{
    /// <summary>Creates the spec.</summary>
    public GruSpec(int inputCount, int outputCount, GruOptions options)
        : base(inputCount, outputCount)
    {
        if (options.Hidden <= 0)
        {
            throw new ArgumentException($"hidden must be at least 1, not {options.Hidden}.", nameof(options));
        }

        HiddenCount = options.Hidden;
        OutputActivation = options.OutputActivation;

        var builder = new ParameterLayout.Builder();
        ResetInputWeights = builder.Add("W_r", HiddenCount, inputCount);
        ResetRecurrentWeights = builder.Add("U_r", HiddenCount, HiddenCount);
        ResetBias = builder.Add("b_r", HiddenCount);
        UpdateInputWeights = builder.Add("W_z", HiddenCount, inputCount);
        UpdateRecurrentWeights = builder.Add("U_z", HiddenCount, HiddenCount);
        UpdateBias = builder.Add("b_z", HiddenCount);
        CandidateInputWeights = builder.Add("W_h", HiddenCount, inputCount);
        CandidateRecurrentWeights = builder.Add("U_h", HiddenCount, HiddenCount);
        CandidateBias = builder.Add("b_h", HiddenCount);
        OutputWeights = builder.Add("W_out", outputCount, HiddenCount, isReadout: true);
        OutputBias = builder.Add("b_out", outputCount, isReadout: true);
        for (int j = 0; j < HiddenCount; j++)
        {
            builder.AddNeuronGroup(
                $"hidden {j}",
                ResetInputWeights.RowIndices(j)
                    .Concat(ResetRecurrentWeights.RowIndices(j))
                    .Concat(ResetBias.RowIndices(j))
                    .Concat(UpdateInputWeights.RowIndices(j))
                    .Concat(UpdateRecurrentWeights.RowIndices(j))
                    .Concat(UpdateBias.RowIndices(j))
                    .Concat(CandidateInputWeights.RowIndices(j))
                    .Concat(CandidateRecurrentWeights.RowIndices(j))
                    .Concat(CandidateBias.RowIndices(j))
                    .Concat(OutputWeights.ColumnIndices(j)));
        }

        for (int k = 0; k < outputCount; k++)
        {
            builder.AddNeuronGroup($"output {k}", OutputBias.RowIndices(k), required: true);
        }

        Layout = builder.Build();
    }

    /// <inheritdoc/>
    public override string Kind => "gru";

    /// <summary>Number of units.</summary>
    public int HiddenCount { get; }

    /// <summary>Activation of the output layer.</summary>
    public Activation OutputActivation { get; }

    /// <summary>W_r.</summary>
    public ParameterBlock ResetInputWeights { get; }

    /// <summary>U_r.</summary>
    public ParameterBlock ResetRecurrentWeights { get; }

    /// <summary>b_r.</summary>
    public ParameterBlock ResetBias { get; }

    /// <summary>W_z.</summary>
    public ParameterBlock UpdateInputWeights { get; }

    /// <summary>U_z.</summary>
    public ParameterBlock UpdateRecurrentWeights { get; }

    /// <summary>b_z.</summary>
    public ParameterBlock UpdateBias { get; }

    /// <summary>W_h.</summary>
    public ParameterBlock CandidateInputWeights { get; }

    /// <summary>U_h.</summary>
    public ParameterBlock CandidateRecurrentWeights { get; }

    /// <summary>b_h.</summary>
    public ParameterBlock CandidateBias { get; }

    /// <summary>The unit-to-output block.</summary>
    public ParameterBlock OutputWeights { get; }

    /// <summary>The output bias block.</summary>
    public ParameterBlock OutputBias { get; }

    /// <inheritdoc/>
    public override ParameterLayout Layout { get; }

    /// <inheritdoc/>
    public override string? ReadoutUnsupportedReason => OutputActivation == Activation.Linear
        ? null
        : "a gru network's readout is linear only with outputActivation 'linear'";

    /// <inheritdoc/>
    public override IRecurrentNetwork Create() => new GruNetwork(this);

    /// <inheritdoc/>
    public override void Load(ReadOnlySpan<double> parameters, IRecurrentNetwork network)
    {
        CheckLength(parameters);
        ((GruNetwork)network).Load(parameters);
    }

    /// <inheritdoc/>
    public override string Describe() => $"gru {InputCount}-{HiddenCount}-{OutputCount}";
}
