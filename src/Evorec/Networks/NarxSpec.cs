namespace Evorec.Networks;

/// <summary>
/// The NARX recurrent network (nonlinear autoregressive with exogenous inputs) of Lin, Horne,
/// Tiňo &amp; Giles ("Learning long-term dependencies in NARX recurrent neural networks", IEEE
/// Transactions on Neural Networks 7(6), 1996): tapped delay lines of the inputs and of the
/// outputs feed a one-hidden-layer perceptron,
/// y(t) = Ψ(u(t), u(t−1), …, u(t−n_u), y(t−1), …, y(t−n_y)), with
/// h(t) = tanh(W_in [u(t); …; u(t−n_u)] + W_fb [y(t−1); …; y(t−n_y)] + b) and y(t) = f(W_out h(t) + b_out).
/// All taps start at 0.
/// </summary>
/// <remarks>
/// The output taps hold the network's own outputs: when evaluated the network runs closed loop
/// (its outputs are fed back, the paper's recurrent mode); <see cref="ITeacherForcible.ForceOutputs"/>
/// replaces the newest output tap by the target, which gives the open-loop (series-parallel)
/// configuration used for training. The paper leaves the MLP's squashing function to the
/// experiment; the hidden layer here is tanh.
/// Layout: <c>W_in</c> (hidden × (n_u + 1)·inputs; column d·inputs + m reads u_m(t − d)),
/// <c>W_fb</c> (hidden × n_y·outputs; column d·outputs + k reads y_k(t − 1 − d)), <c>bias</c>
/// (hidden), <c>W_out</c> (outputs × hidden, readout), <c>b_out</c> (outputs, readout). Neuron
/// groups: hidden neuron j owns row j of W_in and W_fb, bias j and column j of W_out; output k owns
/// b_out k. With a linear output layer the readout features are (h(t), 1); since the outputs drive
/// the state, a closed-form readout is valid only on teacher-forced (open-loop) runs.
/// </remarks>
public sealed class NarxSpec : NetworkSpec
{
    /// <summary>Creates the spec.</summary>
    public NarxSpec(int inputCount, int outputCount, NarxOptions options)
        : base(inputCount, outputCount)
    {
        if (options.Hidden <= 0)
        {
            throw new ArgumentException($"hidden must be at least 1, not {options.Hidden}.", nameof(options));
        }

        if (options.InputDelays < 0)
        {
            throw new ArgumentException($"inputDelays must be 0 or more, not {options.InputDelays}.", nameof(options));
        }

        if (options.OutputDelays < 1)
        {
            throw new ArgumentException($"outputDelays must be at least 1 (a NARX network feeds its outputs back), not {options.OutputDelays}.", nameof(options));
        }

        HiddenCount = options.Hidden;
        InputDelays = options.InputDelays;
        OutputDelays = options.OutputDelays;
        OutputActivation = options.OutputActivation;

        var builder = new ParameterLayout.Builder();
        InputWeights = builder.Add("W_in", HiddenCount, InputTapCount);
        FeedbackWeights = builder.Add("W_fb", HiddenCount, OutputTapCount);
        HiddenBias = builder.Add("bias", HiddenCount);
        OutputWeights = builder.Add("W_out", outputCount, HiddenCount, isReadout: true);
        OutputBias = builder.Add("b_out", outputCount, isReadout: true);
        for (int j = 0; j < HiddenCount; j++)
        {
            builder.AddNeuronGroup(
                $"hidden {j}",
                InputWeights.RowIndices(j)
                    .Concat(FeedbackWeights.RowIndices(j))
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
    public override string Kind => "narx";

    /// <summary>Number of hidden neurons.</summary>
    public int HiddenCount { get; }

    /// <summary>The input delay order n_u.</summary>
    public int InputDelays { get; }

    /// <summary>The output delay order n_y.</summary>
    public int OutputDelays { get; }

    /// <summary>Length of the input delay line, (n_u + 1) × inputs.</summary>
    public int InputTapCount => (InputDelays + 1) * InputCount;

    /// <summary>Length of the output delay line, n_y × outputs.</summary>
    public int OutputTapCount => OutputDelays * OutputCount;

    /// <summary>Activation of the output layer.</summary>
    public Activation OutputActivation { get; }

    /// <summary>The input-taps-to-hidden block.</summary>
    public ParameterBlock InputWeights { get; }

    /// <summary>The output-taps-to-hidden block.</summary>
    public ParameterBlock FeedbackWeights { get; }

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
        : "a narx network's readout is linear only with outputActivation 'linear'";

    /// <inheritdoc/>
    public override bool ReadoutNeedsTeacherForcing => true;

    /// <inheritdoc/>
    public override IRecurrentNetwork Create() => new NarxNetwork(this);

    /// <inheritdoc/>
    public override void Load(ReadOnlySpan<double> parameters, IRecurrentNetwork network)
    {
        CheckLength(parameters);
        ((NarxNetwork)network).Load(parameters);
    }

    /// <inheritdoc/>
    public override string Describe() =>
        $"narx {InputCount}-{HiddenCount}-{OutputCount}, input delays {InputDelays}, output delays {OutputDelays}";
}
