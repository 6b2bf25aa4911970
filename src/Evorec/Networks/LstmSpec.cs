namespace Evorec.Networks;

/// <summary>
/// Long short-term memory with forget gates (Gers, Schmidhuber &amp; Cummins, "Learning to forget:
/// continual prediction with LSTM", Neural Computation 12(10), 2000): B memory blocks of C cells;
/// each block has an input gate, a forget gate and an output gate shared by its cells. With
/// z(t) = [x(t); y^c(t−1)] (the inputs and every cell output of the previous step) and σ the
/// logistic function, for block b and its cells v:
/// in_b = σ(W_in,b z + b_in,b + Σ_v p_in,bv s_bv(t−1)),
/// φ_b = σ(W_φ,b z + b_φ,b + Σ_v p_φ,bv s_bv(t−1)),
/// s_bv(t) = φ_b s_bv(t−1) + in_b g(W_c,bv z + b_c,bv),
/// out_b = σ(W_out,b z + b_out,b + Σ_v p_out,bv s_bv(t)),
/// y^c_bv(t) = out_b h(s_bv(t)),
/// and a linear output layer y(t) = f(W_y y^c(t) + W_d x(t) + b_y). The initial state is s = 0, y^c = 0.
/// </summary>
/// <remarks>
/// <para>Options and their sources: peepholes p (Gers, Schraudolph &amp; Schmidhuber, "Learning precise
/// timing with LSTM recurrent networks", JMLR 3, 2002: the input and forget gates see s(t−1), the
/// output gate sees s(t)); no forget gate, φ = 1 (Hochreiter &amp; Schmidhuber, "Long short-term
/// memory", Neural Computation 9(8), 1997); coupled input and forget gates, φ = 1 − in, and no output
/// gate, out = 1 (the CIFG and NOG variants of Greff et al., "LSTM: a search space odyssey", IEEE
/// TNNLS 28(10), 2017); direct input-to-output connections W_d (Schmidhuber, Wierstra, Gagliolo &amp;
/// Gomez, "Training recurrent networks by Evolino", Neural Computation 19(3), 2007).
/// The 1997 and 2000 papers use g = 4σ − 2 and h = 2σ − 1 (<see cref="LstmSquashing"/>); the default
/// here is tanh for both, the common modern choice. The papers' experiments vary which units feed
/// the gates; here the gates and cells read the inputs and every cell output (not the gates).</para>
/// <para>Layout, in order: for each gate type present (input, forget unless absent or coupled,
/// output unless absent) <c>W_ig</c>/<c>W_fg</c>/<c>W_og</c> (blocks × sources), <c>b_ig</c>/… (blocks)
/// and with peepholes <c>P_ig</c>/… (blocks × cells per block); <c>W_cell</c> (cells × sources) and
/// <c>b_cell</c> (cells); then the readout <c>W_out</c> (outputs × cells), <c>W_direct</c>
/// (outputs × inputs, with direct connections) and <c>b_out</c> (outputs). Sources are the inputs
/// followed by the cell outputs; cell bv is row b·C + v.</para>
/// <para>Neuron groups (for ESP, Gomez &amp; Miikkulainen 1999): one per memory block, holding its
/// gates' incoming weights, biases and peepholes, its cells' incoming weights and biases, and its
/// cells' outgoing weights (columns of W_out). A block is the smallest unit that works on its own —
/// its cells are useless without the gates they share — so it is the "neuron" of neuron-level
/// evolution; with one cell per block this is one subpopulation per memory cell, as in Evolino.
/// Output k owns row k of W_direct and b_out k. The readout features are (y^c(t), x(t) with direct
/// connections, 1); a closed-form readout is valid with a linear output layer.</para>
/// </remarks>
public sealed class LstmSpec : NetworkSpec
{
    /// <summary>Creates the spec.</summary>
    public LstmSpec(int inputCount, int outputCount, LstmOptions options)
        : base(inputCount, outputCount)
    {
        if (options.Blocks <= 0 || options.CellsPerBlock <= 0)
        {
            throw new ArgumentException($"blocks and cellsPerBlock must be at least 1, not {options.Blocks} and {options.CellsPerBlock}.", nameof(options));
        }

        if (options.CoupledInputForget && !options.ForgetGate)
        {
            throw new ArgumentException("coupledInputForget needs forgetGate: the coupled gate is the forget gate, 1 - input.", nameof(options));
        }

        BlockCount = options.Blocks;
        CellsPerBlock = options.CellsPerBlock;
        HasForgetGate = options.ForgetGate;
        IsCoupled = options.CoupledInputForget;
        HasOutputGate = options.OutputGate;
        HasPeepholes = options.Peepholes;
        HasDirectConnections = options.DirectConnections;
        CellInput = options.CellInput;
        CellOutput = options.CellOutput;
        OutputActivation = options.OutputActivation;

        var builder = new ParameterLayout.Builder();
        InputGate = AddGate(builder, "ig");
        ForgetGate = HasForgetGate && !IsCoupled ? AddGate(builder, "fg") : null;
        OutputGate = HasOutputGate ? AddGate(builder, "og") : null;
        CellWeights = builder.Add("W_cell", CellCount, SourceCount);
        CellBias = builder.Add("b_cell", CellCount);
        OutputWeights = builder.Add("W_out", outputCount, CellCount, isReadout: true);
        DirectWeights = HasDirectConnections ? builder.Add("W_direct", outputCount, inputCount, isReadout: true) : null;
        OutputBias = builder.Add("b_out", outputCount, isReadout: true);
        for (int b = 0; b < BlockCount; b++)
        {
            IEnumerable<int> indices = InputGate.IndicesOf(b)
                .Concat(ForgetGate?.IndicesOf(b) ?? [])
                .Concat(OutputGate?.IndicesOf(b) ?? []);
            for (int v = 0; v < CellsPerBlock; v++)
            {
                int cell = (b * CellsPerBlock) + v;
                indices = indices.Concat(CellWeights.RowIndices(cell)).Concat(CellBias.RowIndices(cell));
            }

            for (int v = 0; v < CellsPerBlock; v++)
            {
                indices = indices.Concat(OutputWeights.ColumnIndices((b * CellsPerBlock) + v));
            }

            builder.AddNeuronGroup($"block {b}", indices);
        }

        for (int k = 0; k < outputCount; k++)
        {
            builder.AddNeuronGroup($"output {k}", (DirectWeights?.RowIndices(k) ?? []).Concat(OutputBias.RowIndices(k)), required: true);
        }

        Layout = builder.Build();
    }

    /// <inheritdoc/>
    public override string Kind => "lstm";

    /// <summary>Number of memory blocks B.</summary>
    public int BlockCount { get; }

    /// <summary>Cells per block C.</summary>
    public int CellsPerBlock { get; }

    /// <summary>Total memory cells, B × C.</summary>
    public int CellCount => BlockCount * CellsPerBlock;

    /// <summary>Sources of the gates and cells: inputs, then every cell output.</summary>
    public int SourceCount => InputCount + CellCount;

    /// <summary>Whether there is a forget gate (separate or coupled).</summary>
    public bool HasForgetGate { get; }

    /// <summary>Whether the forget gate is 1 − input gate.</summary>
    public bool IsCoupled { get; }

    /// <summary>Whether there is an output gate.</summary>
    public bool HasOutputGate { get; }

    /// <summary>Whether the gates have peephole connections.</summary>
    public bool HasPeepholes { get; }

    /// <summary>Whether the inputs connect directly to the output layer.</summary>
    public bool HasDirectConnections { get; }

    /// <summary>The cell input squashing function g.</summary>
    public LstmSquashing CellInput { get; }

    /// <summary>The cell output squashing function h.</summary>
    public LstmSquashing CellOutput { get; }

    /// <summary>Activation of the output layer.</summary>
    public Activation OutputActivation { get; }

    /// <summary>The input gates.</summary>
    public LstmGate InputGate { get; }

    /// <summary>The separate forget gates, or null (no forget gate, or coupled).</summary>
    public LstmGate? ForgetGate { get; }

    /// <summary>The output gates, or null.</summary>
    public LstmGate? OutputGate { get; }

    /// <summary>The cells' incoming weights (cells × sources).</summary>
    public ParameterBlock CellWeights { get; }

    /// <summary>The cells' biases.</summary>
    public ParameterBlock CellBias { get; }

    /// <summary>The cell-to-output weights.</summary>
    public ParameterBlock OutputWeights { get; }

    /// <summary>The input-to-output weights, or null.</summary>
    public ParameterBlock? DirectWeights { get; }

    /// <summary>The output bias.</summary>
    public ParameterBlock OutputBias { get; }

    /// <summary>Length of the readout feature vector.</summary>
    public int FeatureCount => CellCount + (HasDirectConnections ? InputCount : 0) + 1;

    /// <inheritdoc/>
    public override ParameterLayout Layout { get; }

    /// <inheritdoc/>
    public override string? ReadoutUnsupportedReason => OutputActivation == Activation.Linear
        ? null
        : "an lstm's readout is linear only with outputActivation 'linear'";

    /// <inheritdoc/>
    public override IRecurrentNetwork Create() => new LstmNetwork(this);

    /// <inheritdoc/>
    public override void Load(ReadOnlySpan<double> parameters, IRecurrentNetwork network)
    {
        CheckLength(parameters);
        ((LstmNetwork)network).Load(parameters);
    }

    /// <inheritdoc/>
    public override string Describe() =>
        $"lstm {InputCount} in, {BlockCount} blocks × {CellsPerBlock} cells, {OutputCount} out";

    private LstmGate AddGate(ParameterLayout.Builder builder, string name) => new(
        builder.Add($"W_{name}", BlockCount, SourceCount),
        builder.Add($"b_{name}", BlockCount),
        HasPeepholes ? builder.Add($"P_{name}", BlockCount, CellsPerBlock) : null);
}
