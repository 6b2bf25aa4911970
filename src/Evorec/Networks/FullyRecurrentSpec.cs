namespace Evorec.Networks;

/// <summary>
/// The fully recurrent network of Williams &amp; Zipser ("A learning algorithm for continually
/// running fully recurrent neural networks", Neural Computation 1, 1989, §2): n neurons, each
/// seeing every neuron's previous activation and every input,
/// y_i(t) = f_i(Σ_j W_ij y_j(t−1) + Σ_m U_im x_m(t) + b_i); the first k neurons are the outputs.
/// The initial state is y(0) = 0. With <c>bias: false</c> there is no b (as in Gomez's CoSyNE 1.1
/// code, <c>FullyRecurrentNetwork.C</c>, whose neurons see a constant input instead).
/// </summary>
/// <remarks>
/// Layout: <c>W_rec</c> (neurons × neurons), <c>W_in</c> (neurons × inputs), <c>bias</c> (neurons; absent
/// without bias).
/// Neuron i owns row i of each block. The outputs are part of the state, so the network is
/// teacher-forcible (the output neurons' activations can be replaced by targets) and a
/// closed-form readout is not valid.
/// </remarks>
public sealed class FullyRecurrentSpec : NetworkSpec
{
    /// <summary>Creates the spec.</summary>
    public FullyRecurrentSpec(int inputCount, int outputCount, FullyRecurrentOptions options)
        : base(inputCount, outputCount)
    {
        if (options.Neurons < outputCount)
        {
            throw new ArgumentException($"A fully recurrent network needs at least as many neurons as outputs ({outputCount}), not {options.Neurons}.", nameof(options));
        }

        NeuronCount = options.Neurons;
        HiddenActivation = options.Activation;
        OutputActivation = options.OutputActivation;

        var builder = new ParameterLayout.Builder();
        RecurrentWeights = builder.Add("W_rec", NeuronCount, NeuronCount);
        InputWeights = builder.Add("W_in", NeuronCount, inputCount);
        Bias = options.Bias ? builder.Add("bias", NeuronCount) : null;
        for (int i = 0; i < NeuronCount; i++)
        {
            int row = i;
            IEnumerable<int> indices = Enumerable.Range(0, NeuronCount).Select(j => RecurrentWeights.IndexOf(row, j))
                .Concat(Enumerable.Range(0, inputCount).Select(m => InputWeights.IndexOf(row, m)));
            if (Bias is not null)
            {
                indices = indices.Append(Bias.IndexOf(row, 0));
            }

            builder.AddNeuronGroup(i < outputCount ? $"output {i}" : $"hidden {i - outputCount}", indices, required: i < outputCount);
        }

        Layout = builder.Build();
    }

    /// <inheritdoc/>
    public override string Kind => "fully-recurrent";

    /// <summary>Total number of neurons.</summary>
    public int NeuronCount { get; }

    /// <summary>Activation of the non-output neurons.</summary>
    public Activation HiddenActivation { get; }

    /// <summary>Activation of the output neurons.</summary>
    public Activation OutputActivation { get; }

    /// <summary>The neuron-to-neuron block.</summary>
    public ParameterBlock RecurrentWeights { get; }

    /// <summary>The input-to-neuron block.</summary>
    public ParameterBlock InputWeights { get; }

    /// <summary>The bias block, or null without bias.</summary>
    public ParameterBlock? Bias { get; }

    /// <inheritdoc/>
    public override ParameterLayout Layout { get; }

    /// <inheritdoc/>
    public override string? ReadoutUnsupportedReason => "a fully-recurrent network's outputs are neurons that drive its state";

    /// <inheritdoc/>
    public override IRecurrentNetwork Create() => new FullyRecurrentNetwork(this);

    /// <inheritdoc/>
    public override void Load(ReadOnlySpan<double> parameters, IRecurrentNetwork network)
    {
        CheckLength(parameters);
        ((FullyRecurrentNetwork)network).Load(parameters);
    }

    /// <inheritdoc/>
    public override string Describe() => $"fully-recurrent {InputCount} in, {NeuronCount} neurons, {OutputCount} out{(Bias is null ? ", no bias" : string.Empty)}";
}
