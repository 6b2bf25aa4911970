using Evorec.Numerics;

namespace Evorec.Networks;

/// <summary>
/// The echo state network of Jaeger ("The 'echo state' approach to analysing and training recurrent
/// neural networks", GMD Report 148, 2001) with the leaky-integrator units of Jaeger,
/// Lukoševičius, Popovici &amp; Siewert ("Optimization and applications of echo state networks with
/// leaky-integrator neurons", Neural Networks 20(3), 2007), in the form of Lukoševičius ("A practical
/// guide to applying echo state networks", Neural Networks: Tricks of the Trade, 2nd ed., 2012):
/// x̃(n) = tanh(W_in u(n) + W x(n−1) + W_fb y(n−1) + b), x(n) = (1 − a) x(n−1) + a x̃(n),
/// y(n) = f(W_out [x(n); u(n); 1]). The initial state is x(0) = 0, y(0) = 0.
/// </summary>
/// <remarks>
/// <para>The reservoir (<see cref="EsnReservoir"/>) is drawn from the network stream key and fixed:
/// W = ρ Ŵ with Ŵ of spectral radius 1, W_in = s_in Ŵ_in, b = s_b B̂ and W_fb = s_fb F̂. By default
/// only the readout is in the genome. With <c>evolveGlobals</c> three genes g scale the configured
/// values: ρ = ρ₀ e^g, s_in = s₀ e^g and a = min(1, a₀ e^g) (a zero gene gives the configured ESN).
/// With <c>evolveWeights</c> every reservoir, input, bias and feedback weight has a gene added to
/// its drawn value (again, zero genes give the drawn ESN; the spectral radius is then no longer ρ).</para>
/// <para>Readout: the features are (x(n), u(n) with <c>readoutInputs</c>, 1 with <c>readoutBias</c>).
/// Without output feedback they do not depend on the readout, so a closed-form readout is valid.
/// With output feedback the reservoir sees y(n−1); Jaeger (2001) trains the readout by
/// teacher forcing (writing the target d(n−1) in place of y(n−1)), under which the features do not
/// depend on the readout either; the spec is readout-capable then, and says so through
/// <see cref="NetworkSpec.ReadoutNeedsTeacherForcing"/>. Jaeger's optional term y(n−1) in the readout
/// is not offered.</para>
/// <para>Layout, in order: <c>log_spectral_radius</c>, <c>log_input_scaling</c>, <c>log_leak_rate</c>
/// (one gene each, with <c>evolveGlobals</c>); <c>W_res</c> (reservoir × in-degree, the offsets on
/// the existing connections), <c>W_in</c> (reservoir × inputs), <c>bias</c> (reservoir) and
/// <c>W_fb</c> (reservoir × outputs, with feedback) with <c>evolveWeights</c>; then the readout
/// <c>W_out</c> (outputs × reservoir), <c>W_out_in</c> (outputs × inputs, with <c>readoutInputs</c>)
/// and <c>b_out</c> (outputs, with <c>readoutBias</c>). Neuron groups: reservoir unit i owns its
/// evolvable incoming weights and column i of W_out; output k owns row k of W_out_in and b_out k;
/// the three global genes form a group <c>globals</c>.</para>
/// </remarks>
public sealed class EsnSpec : NetworkSpec
{
    /// <summary>Creates the spec, drawing the reservoir from <paramref name="key"/>.</summary>
    public EsnSpec(int inputCount, int outputCount, EsnOptions options, StreamKey key)
        : base(inputCount, outputCount)
    {
        Validate(options);
        Options = options;
        ReservoirSize = options.Reservoir;
        OutputActivation = options.OutputActivation;
        Reservoir = EsnReservoir.Draw(
            options.Reservoir,
            EsnReservoir.InDegreeFor(options.Reservoir, options.Connectivity),
            inputCount,
            outputCount,
            key.Then("esn"));
        TrainingNoiseKey = key.Then("esn").Then("training-noise");
        int size = ReservoirSize;
        int inDegree = Reservoir.InDegree;

        var builder = new ParameterLayout.Builder();
        if (options.EvolveGlobals)
        {
            LogSpectralRadius = builder.Add("log_spectral_radius", 1);
            LogInputScaling = builder.Add("log_input_scaling", 1);
            LogLeakRate = builder.Add("log_leak_rate", 1);
        }

        if (options.EvolveWeights)
        {
            ReservoirOffsets = builder.Add("W_res", size, inDegree);
            InputOffsets = builder.Add("W_in", size, inputCount);
            BiasOffsets = builder.Add("bias", size);
            FeedbackOffsets = options.OutputFeedback ? builder.Add("W_fb", size, outputCount) : null;
        }

        OutputWeights = builder.Add("W_out", outputCount, size, isReadout: true);
        OutputInputWeights = options.ReadoutInputs ? builder.Add("W_out_in", outputCount, inputCount, isReadout: true) : null;
        OutputBias = options.ReadoutBias ? builder.Add("b_out", outputCount, isReadout: true) : null;

        if (LogSpectralRadius is not null)
        {
            builder.AddNeuronGroup("globals", [LogSpectralRadius.Offset, LogInputScaling!.Offset, LogLeakRate!.Offset], required: true);
        }

        for (int i = 0; i < size; i++)
        {
            IEnumerable<int> indices = [];
            if (ReservoirOffsets is not null)
            {
                indices = ReservoirOffsets.RowIndices(i)
                    .Concat(InputOffsets!.RowIndices(i))
                    .Concat(BiasOffsets!.RowIndices(i))
                    .Concat(FeedbackOffsets?.RowIndices(i) ?? []);
            }

            builder.AddNeuronGroup($"reservoir {i}", indices.Concat(OutputWeights.ColumnIndices(i)));
        }

        if (OutputInputWeights is not null || OutputBias is not null)
        {
            for (int k = 0; k < outputCount; k++)
            {
                builder.AddNeuronGroup(
                    $"output {k}",
                    (OutputInputWeights?.RowIndices(k) ?? []).Concat(OutputBias?.RowIndices(k) ?? []),
                    required: true);
            }
        }

        Layout = builder.Build();
    }

    /// <inheritdoc/>
    public override string Kind => "esn";

    /// <summary>The options the spec was built from.</summary>
    public EsnOptions Options { get; }

    /// <summary>Number of reservoir units.</summary>
    public int ReservoirSize { get; }

    /// <summary>The fixed random reservoir.</summary>
    public EsnReservoir Reservoir { get; }

    /// <summary>Activation of the output layer.</summary>
    public Activation OutputActivation { get; }

    /// <summary>The key of the training-noise stream (<see cref="EsnOptions.TrainingNoise"/>).</summary>
    public StreamKey TrainingNoiseKey { get; }

    /// <summary>Length of the readout feature vector: reservoir, inputs (optional), bias (optional).</summary>
    public int FeatureCount => ReservoirSize + (Options.ReadoutInputs ? InputCount : 0) + (Options.ReadoutBias ? 1 : 0);

    /// <summary>The spectral-radius gene, or null.</summary>
    public ParameterBlock? LogSpectralRadius { get; }

    /// <summary>The input-scaling gene, or null.</summary>
    public ParameterBlock? LogInputScaling { get; }

    /// <summary>The leak-rate gene, or null.</summary>
    public ParameterBlock? LogLeakRate { get; }

    /// <summary>Offsets on the reservoir connections (units × in-degree), or null.</summary>
    public ParameterBlock? ReservoirOffsets { get; }

    /// <summary>Offsets on the input weights, or null.</summary>
    public ParameterBlock? InputOffsets { get; }

    /// <summary>Offsets on the reservoir biases, or null.</summary>
    public ParameterBlock? BiasOffsets { get; }

    /// <summary>Offsets on the feedback weights, or null.</summary>
    public ParameterBlock? FeedbackOffsets { get; }

    /// <summary>Readout weights from the reservoir.</summary>
    public ParameterBlock OutputWeights { get; }

    /// <summary>Readout weights from the inputs, or null.</summary>
    public ParameterBlock? OutputInputWeights { get; }

    /// <summary>Readout bias, or null.</summary>
    public ParameterBlock? OutputBias { get; }

    /// <inheritdoc/>
    public override ParameterLayout Layout { get; }

    /// <inheritdoc/>
    public override string? ReadoutUnsupportedReason => OutputActivation == Activation.Linear
        ? null
        : "an esn's readout is linear only with outputActivation 'linear'";

    /// <inheritdoc/>
    public override bool ReadoutNeedsTeacherForcing => Options.OutputFeedback;

    /// <inheritdoc/>
    public override IRecurrentNetwork Create() => new EsnNetwork(this);

    /// <inheritdoc/>
    public override void Load(ReadOnlySpan<double> parameters, IRecurrentNetwork network)
    {
        CheckLength(parameters);
        ((EsnNetwork)network).Load(parameters);
    }

    /// <inheritdoc/>
    public override string Describe() =>
        $"esn {InputCount}-{ReservoirSize}-{OutputCount}, in-degree {Reservoir.InDegree}, spectral radius {Options.SpectralRadius}"
        + (Options.OutputFeedback ? ", output feedback" : string.Empty);

    private static void Validate(EsnOptions options)
    {
        static void Require(bool condition, string message)
        {
            if (!condition)
            {
                throw new ArgumentException(message, nameof(options));
            }
        }

        Require(options.Reservoir >= 1, $"reservoir must be at least 1, not {options.Reservoir}.");
        Require(options.Connectivity is > 0 and <= 1, $"connectivity must lie in (0, 1], not {options.Connectivity}.");
        Require(options.SpectralRadius >= 0 && double.IsFinite(options.SpectralRadius), $"spectralRadius must be 0 or more, not {options.SpectralRadius}.");
        Require(options.InputScaling >= 0 && double.IsFinite(options.InputScaling), $"inputScaling must be 0 or more, not {options.InputScaling}.");
        Require(options.BiasScaling >= 0 && double.IsFinite(options.BiasScaling), $"biasScaling must be 0 or more, not {options.BiasScaling}.");
        Require(options.FeedbackScaling >= 0 && double.IsFinite(options.FeedbackScaling), $"feedbackScaling must be 0 or more, not {options.FeedbackScaling}.");
        Require(options.TrainingNoise >= 0 && double.IsFinite(options.TrainingNoise), $"trainingNoise must be 0 or more, not {options.TrainingNoise}.");
        Require(options.LeakRate is > 0 and <= 1, $"leakRate must lie in (0, 1], not {options.LeakRate}.");
    }
}
