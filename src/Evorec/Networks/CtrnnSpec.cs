namespace Evorec.Networks;

/// <summary>
/// The continuous-time recurrent neural network of Beer ("On the dynamics of small continuous-time
/// recurrent neural networks", Adaptive Behavior 3(4), 1995):
/// τ_i dy_i/dt = −y_i + Σ_j w_ji σ(g_j (y_j + θ_j)) + I_i, with σ(x) = 1 / (1 + e^−x),
/// integrated by forward Euler with step <c>dt</c>, <c>substeps</c> Euler steps per network step:
/// y_i ← y_i + (dt / τ_i)(−y_i + Σ_j w_ji σ(g_j (y_j + θ_j)) + I_i), all neurons updated from the
/// same old state. The initial state is y(0) = 0.
/// </summary>
/// <remarks>
/// <para>Inputs: Beer treats I_i as an external input to neuron i; here it is a weighted sum of the
/// network inputs, I_i = Σ_m W_in[i, m] x_m(t), held constant over the substeps of the step (as
/// sensory inputs enter Beer's evolved agents through weighted connections).
/// Outputs (<see cref="CtrnnOutput"/>): either a linear layer over all firing rates
/// σ(g_j (y_j + θ_j)) after the step (the default, so targets outside (0, 1) can be matched), or the
/// firing rates of the first k neurons, which is how Beer's agents read their motor neurons.</para>
/// <para>The gains g_j are optional and fixed to 1 unless <c>gains</c> is on.
/// Encoding, so that genomes stay unconstrained: τ_i = exp(log_tau_i) and, with <c>gains</c>,
/// g_i = exp(log_gain_i) (a zero gene gives τ = 1, g = 1). Forward Euler is stable only while
/// dt &lt; 2 τ_i; an evolved τ below that makes the state diverge, and the non-finite outputs that
/// follow give the worst fitness.</para>
/// <para>Layout: <c>W_in</c> (neurons × inputs), <c>W_rec</c> (neurons × neurons; row i holds the
/// weights w_ji into neuron i), <c>bias</c> (θ, neurons), <c>log_tau</c> (neurons), <c>log_gain</c>
/// (neurons, with <c>gains</c>), and with output <c>readout</c> <c>W_out</c> (outputs × neurons,
/// readout) and <c>b_out</c> (outputs, readout). Neuron groups: neuron i owns row i of W_in and
/// W_rec, θ_i, log τ_i, log g_i and column i of W_out; output k owns b_out k. With output
/// <c>readout</c> the readout features are (σ(g ⊙ (y + θ)), 1) and a closed-form readout is valid.</para>
/// </remarks>
public sealed class CtrnnSpec : NetworkSpec
{
    /// <summary>Creates the spec.</summary>
    public CtrnnSpec(int inputCount, int outputCount, CtrnnOptions options)
        : base(inputCount, outputCount)
    {
        if (options.Neurons <= 0)
        {
            throw new ArgumentException($"neurons must be at least 1, not {options.Neurons}.", nameof(options));
        }

        if (options.Output == CtrnnOutput.FiringRate && options.Neurons < outputCount)
        {
            throw new ArgumentException($"with output 'firing-rate' a ctrnn needs at least as many neurons as outputs ({outputCount}), not {options.Neurons}.", nameof(options));
        }

        if (!(options.Dt > 0) || !double.IsFinite(options.Dt))
        {
            throw new ArgumentException($"dt must be a positive number, not {options.Dt}.", nameof(options));
        }

        if (options.Substeps <= 0)
        {
            throw new ArgumentException($"substeps must be at least 1, not {options.Substeps}.", nameof(options));
        }

        NeuronCount = options.Neurons;
        StepSize = options.Dt;
        Substeps = options.Substeps;
        HasGains = options.Gains;
        Output = options.Output;

        var builder = new ParameterLayout.Builder();
        InputWeights = builder.Add("W_in", NeuronCount, inputCount);
        RecurrentWeights = builder.Add("W_rec", NeuronCount, NeuronCount);
        Bias = builder.Add("bias", NeuronCount);
        LogTimeConstants = builder.Add("log_tau", NeuronCount);
        LogGains = HasGains ? builder.Add("log_gain", NeuronCount) : null;
        bool readout = Output == CtrnnOutput.Readout;
        OutputWeights = readout ? builder.Add("W_out", outputCount, NeuronCount, isReadout: true) : null;
        OutputBias = readout ? builder.Add("b_out", outputCount, isReadout: true) : null;
        for (int i = 0; i < NeuronCount; i++)
        {
            IEnumerable<int> indices = InputWeights.RowIndices(i)
                .Concat(RecurrentWeights.RowIndices(i))
                .Concat(Bias.RowIndices(i))
                .Concat(LogTimeConstants.RowIndices(i));
            if (LogGains is not null)
            {
                indices = indices.Concat(LogGains.RowIndices(i));
            }

            if (OutputWeights is not null)
            {
                indices = indices.Concat(OutputWeights.ColumnIndices(i));
            }

            builder.AddNeuronGroup(!readout && i < outputCount ? $"output {i}" : $"neuron {i}", indices, required: !readout && i < outputCount);
        }

        if (OutputBias is not null)
        {
            for (int k = 0; k < outputCount; k++)
            {
                builder.AddNeuronGroup($"output {k}", OutputBias.RowIndices(k), required: true);
            }
        }

        Layout = builder.Build();
    }

    /// <inheritdoc/>
    public override string Kind => "ctrnn";

    /// <summary>Number of neurons.</summary>
    public int NeuronCount { get; }

    /// <summary>The forward Euler step size dt.</summary>
    public double StepSize { get; }

    /// <summary>Euler steps per network step.</summary>
    public int Substeps { get; }

    /// <summary>Whether the gains are evolvable (otherwise g = 1).</summary>
    public bool HasGains { get; }

    /// <summary>How the outputs are read.</summary>
    public CtrnnOutput Output { get; }

    /// <summary>The input weights W_in.</summary>
    public ParameterBlock InputWeights { get; }

    /// <summary>The neuron-to-neuron weights; row i holds the weights into neuron i.</summary>
    public ParameterBlock RecurrentWeights { get; }

    /// <summary>The biases θ.</summary>
    public ParameterBlock Bias { get; }

    /// <summary>The log time constants, τ = exp(gene).</summary>
    public ParameterBlock LogTimeConstants { get; }

    /// <summary>The log gains, g = exp(gene), or null without gains.</summary>
    public ParameterBlock? LogGains { get; }

    /// <summary>The readout weights, or null with firing-rate outputs.</summary>
    public ParameterBlock? OutputWeights { get; }

    /// <summary>The readout bias, or null with firing-rate outputs.</summary>
    public ParameterBlock? OutputBias { get; }

    /// <inheritdoc/>
    public override ParameterLayout Layout { get; }

    /// <inheritdoc/>
    public override string? ReadoutUnsupportedReason => Output == CtrnnOutput.Readout
        ? null
        : "a ctrnn with output 'firing-rate' has no linear readout (use output 'readout')";

    /// <inheritdoc/>
    public override IRecurrentNetwork Create() => new CtrnnNetwork(this);

    /// <inheritdoc/>
    public override void Load(ReadOnlySpan<double> parameters, IRecurrentNetwork network)
    {
        CheckLength(parameters);
        ((CtrnnNetwork)network).Load(parameters);
    }

    /// <inheritdoc/>
    public override string Describe() => $"ctrnn {InputCount} in, {NeuronCount} neurons, {OutputCount} out";
}
