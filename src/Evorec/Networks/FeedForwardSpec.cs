namespace Evorec.Networks;

/// <summary>
/// The layered feed-forward network, the multilayer perceptron of Rumelhart, Hinton &amp; Williams
/// ("Learning internal representations by error propagation", in Parallel Distributed Processing 1,
/// 1986, §2): h⁰ = x(t), hˡ = f(Wˡ hˡ⁻¹ + bˡ) for each hidden layer l, y(t) = g(W_out hᴸ + b_out).
/// It has no state: the output depends on the current input only. It is the memoryless baseline a
/// recurrent kind is compared against, and the controller of the Markov pole-balancing variants in
/// several papers (Wieland 1991; Igel 2003; Gomez's ESP code). With no hidden layer it is the linear
/// (or squashed-linear) policy y = g(W_out x + b_out) (Heidrich-Meisner &amp; Igel 2008).
/// </summary>
/// <remarks>
/// Layout: for each hidden layer l = 1 … L, <c>W_l</c> (size_l × size_{l−1}) and, with <c>bias</c>,
/// <c>b_l</c> (size_l); then <c>W_out</c> (outputs × size_L, readout) and, with <c>bias</c>,
/// <c>b_out</c> (outputs, readout). Neuron groups (as ESP's code groups a feed-forward net): hidden
/// neuron j of layer l owns row j of W_l and b_l j, and a neuron of the last hidden layer also its
/// column of W_out; output k owns b_out k (and, without hidden layers, row k of W_out). With a linear
/// output layer the readout features are (hᴸ, 1), or hᴸ without bias.
/// </remarks>
public sealed class FeedForwardSpec : NetworkSpec
{
    private readonly ParameterBlock[] _weights;
    private readonly ParameterBlock?[] _biases;

    /// <summary>Creates the spec.</summary>
    public FeedForwardSpec(int inputCount, int outputCount, FeedForwardOptions options)
        : base(inputCount, outputCount)
    {
        ArgumentNullException.ThrowIfNull(options.Hidden);
        if (options.Hidden.Any(size => size <= 0))
        {
            throw new ArgumentException($"every hidden layer needs at least one neuron, not [{string.Join(", ", options.Hidden)}].", nameof(options));
        }

        LayerSizes = [.. options.Hidden];
        HiddenActivation = options.Activation;
        OutputActivation = options.OutputActivation;
        HasBias = options.Bias;

        var builder = new ParameterLayout.Builder();
        int layers = LayerSizes.Count;
        _weights = new ParameterBlock[layers + 1];
        _biases = new ParameterBlock?[layers + 1];
        int previous = inputCount;
        for (int l = 0; l < layers; l++)
        {
            _weights[l] = builder.Add($"W_{l + 1}", LayerSizes[l], previous);
            _biases[l] = HasBias ? builder.Add($"b_{l + 1}", LayerSizes[l]) : null;
            previous = LayerSizes[l];
        }

        _weights[layers] = builder.Add("W_out", outputCount, previous, isReadout: true);
        _biases[layers] = HasBias ? builder.Add("b_out", outputCount, isReadout: true) : null;
        AddNeuronGroups(builder, inputCount, outputCount);
        Layout = builder.Build();
    }

    /// <inheritdoc/>
    public override string Kind => "feed-forward";

    /// <summary>The hidden layer sizes, input side first.</summary>
    public IReadOnlyList<int> LayerSizes { get; }

    /// <summary>Activation of the hidden neurons.</summary>
    public Activation HiddenActivation { get; }

    /// <summary>Activation of the output layer.</summary>
    public Activation OutputActivation { get; }

    /// <summary>Whether the neurons have bias weights.</summary>
    public bool HasBias { get; }

    /// <summary>Number of weight layers: the hidden layers and the output layer.</summary>
    public int WeightLayerCount => _weights.Length;

    /// <summary>The size of the largest layer (inputs and outputs included).</summary>
    public int WidestLayer => Math.Max(Math.Max(InputCount, OutputCount), LayerSizes.Count == 0 ? 0 : LayerSizes.Max());

    /// <inheritdoc/>
    public override ParameterLayout Layout { get; }

    /// <inheritdoc/>
    public override string? ReadoutUnsupportedReason => OutputActivation == Activation.Linear
        ? null
        : "a feed-forward network's readout is linear only with outputActivation 'linear'";

    /// <summary>The weights of weight layer <paramref name="layer"/> (the last is the output layer).</summary>
    public ParameterBlock Weights(int layer) => _weights[layer];

    /// <summary>The bias of weight layer <paramref name="layer"/>, or null without bias.</summary>
    public ParameterBlock? BiasOf(int layer) => _biases[layer];

    /// <summary>The number of neurons weight layer <paramref name="layer"/> produces.</summary>
    public int SizeOf(int layer) => layer < LayerSizes.Count ? LayerSizes[layer] : OutputCount;

    /// <summary>The number of values weight layer <paramref name="layer"/> reads.</summary>
    public int FanIn(int layer) => layer == 0 ? InputCount : LayerSizes[layer - 1];

    /// <summary>The activation of weight layer <paramref name="layer"/>.</summary>
    public Activation ActivationOf(int layer) => layer < LayerSizes.Count ? HiddenActivation : OutputActivation;

    /// <inheritdoc/>
    public override IRecurrentNetwork Create() => new FeedForwardNetwork(this);

    /// <inheritdoc/>
    public override void Load(ReadOnlySpan<double> parameters, IRecurrentNetwork network)
    {
        CheckLength(parameters);
        ((FeedForwardNetwork)network).Load(parameters);
    }

    /// <inheritdoc/>
    public override string Describe() =>
        $"feed-forward {string.Join("-", LayerSizes.Prepend(InputCount).Append(OutputCount))}{(HasBias ? string.Empty : ", no bias")}";

    private void AddNeuronGroups(ParameterLayout.Builder builder, int inputCount, int outputCount)
    {
        int layers = LayerSizes.Count;
        for (int l = 0; l < layers; l++)
        {
            ParameterBlock weights = _weights[l];
            ParameterBlock? bias = _biases[l];
            ParameterBlock outgoing = _weights[layers];
            bool last = l == layers - 1;
            for (int j = 0; j < LayerSizes[l]; j++)
            {
                int row = j;
                IEnumerable<int> indices = Enumerable.Range(0, weights.Columns).Select(c => weights.IndexOf(row, c));
                if (bias is not null)
                {
                    indices = indices.Append(bias.IndexOf(row, 0));
                }

                if (last)
                {
                    indices = indices.Concat(Enumerable.Range(0, outputCount).Select(k => outgoing.IndexOf(k, row)));
                }

                builder.AddNeuronGroup($"layer {l + 1} neuron {j}", indices);
            }
        }

        ParameterBlock output = _weights[layers];
        ParameterBlock? outputBias = _biases[layers];
        for (int k = 0; k < outputCount; k++)
        {
            int row = k;
            IEnumerable<int> indices = layers == 0
                ? Enumerable.Range(0, inputCount).Select(c => output.IndexOf(row, c))
                : [];
            if (outputBias is not null)
            {
                indices = indices.Append(outputBias.IndexOf(row, 0));
            }

            int[] owned = indices.ToArray();
            if (owned.Length > 0)
            {
                builder.AddNeuronGroup($"output {k}", owned, required: true);
            }
        }
    }
}
