using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Training.Gradient;

namespace Evorec.Tests.Training.Gradient;

/// <summary>Network shapes and random instances shared by the gradient tests.</summary>
internal static class GradientCases
{
    /// <summary>Every network configuration whose passes are checked, by name.</summary>
    public static NetworkSpec Spec(string name) => name switch
    {
        "elman" => new ElmanSpec(2, 2, new ElmanOptions { Hidden = 3 }),
        "elman-tanh-out" => new ElmanSpec(2, 1, new ElmanOptions { Hidden = 4, OutputActivation = Activation.Tanh }),
        "elman-logistic-out" => new ElmanSpec(1, 2, new ElmanOptions { Hidden = 3, OutputActivation = Activation.Logistic }),
        "feed-forward" => new FeedForwardSpec(2, 2, new FeedForwardOptions { Hidden = [3] }),
        "feed-forward-two-layers-logistic-out" => new FeedForwardSpec(3, 1, new FeedForwardOptions { Hidden = [4, 3], OutputActivation = Activation.Logistic }),
        "feed-forward-linear-policy-no-bias" => new FeedForwardSpec(3, 2, new FeedForwardOptions { Hidden = [], Bias = false, OutputActivation = Activation.Tanh }),
        "feed-forward-logistic-no-bias" => new FeedForwardSpec(2, 1, new FeedForwardOptions { Hidden = [3], Activation = Activation.Logistic, Bias = false }),
        "lstm" => new LstmSpec(2, 2, new LstmOptions { Blocks = 3 }),
        "lstm-no-forget" => new LstmSpec(2, 1, new LstmOptions { Blocks = 2, ForgetGate = false }),
        "lstm-coupled" => new LstmSpec(2, 1, new LstmOptions { Blocks = 2, CoupledInputForget = true }),
        "lstm-no-output-gate" => new LstmSpec(2, 1, new LstmOptions { Blocks = 2, OutputGate = false }),
        "lstm-peepholes" => new LstmSpec(2, 2, new LstmOptions { Blocks = 2, CellsPerBlock = 2, Peepholes = true }),
        "lstm-peepholes-coupled-no-output" => new LstmSpec(1, 1, new LstmOptions { Blocks = 2, CellsPerBlock = 2, Peepholes = true, CoupledInputForget = true, OutputGate = false }),
        "lstm-peepholes-no-forget" => new LstmSpec(1, 1, new LstmOptions { Blocks = 2, Peepholes = true, ForgetGate = false }),
        "lstm-direct-1997-squashing" => new LstmSpec(2, 2, new LstmOptions
        {
            Blocks = 2,
            CellsPerBlock = 2,
            DirectConnections = true,
            CellInput = LstmSquashing.WideSymmetricLogistic,
            CellOutput = LstmSquashing.SymmetricLogistic,
            OutputActivation = Activation.Tanh,
        }),
        "lstm-identity-logistic-out" => new LstmSpec(1, 1, new LstmOptions { Blocks = 2, CellInput = LstmSquashing.Identity, CellOutput = LstmSquashing.Identity, OutputActivation = Activation.Logistic, Peepholes = true }),
        "fully-recurrent" => new FullyRecurrentSpec(2, 2, new FullyRecurrentOptions { Neurons = 4 }),
        "fully-recurrent-logistic" => new FullyRecurrentSpec(1, 1, new FullyRecurrentOptions { Neurons = 3, Activation = Activation.Logistic, OutputActivation = Activation.Linear }),
        "fully-recurrent-no-bias" => new FullyRecurrentSpec(2, 1, new FullyRecurrentOptions { Neurons = 3, OutputActivation = Activation.Logistic, Bias = false }),
        "gru" => new GruSpec(2, 2, new GruOptions { Hidden = 3 }),
        "gru-tanh-out" => new GruSpec(1, 1, new GruOptions { Hidden = 4, OutputActivation = Activation.Tanh }),
        "jordan" or "jordan-closed-loop" => new JordanSpec(2, 2, new JordanOptions { Hidden = 3 }),
        "jordan-decay-tanh-out-closed-loop" => new JordanSpec(1, 2, new JordanOptions { Hidden = 4, ContextDecay = 0.6, OutputActivation = Activation.Tanh }),
        "narx" or "narx-closed-loop" => new NarxSpec(2, 2, new NarxOptions { Hidden = 3, InputDelays = 2, OutputDelays = 2 }),
        "narx-long-delays-logistic-out-closed-loop" => new NarxSpec(1, 1, new NarxOptions { Hidden = 3, InputDelays = 0, OutputDelays = 4, OutputActivation = Activation.Logistic }),
        "ctrnn" => new CtrnnSpec(2, 2, new CtrnnOptions { Neurons = 3, Dt = 0.2, Substeps = 3 }),
        "ctrnn-gains" => new CtrnnSpec(2, 1, new CtrnnOptions { Neurons = 4, Dt = 0.25, Substeps = 2, Gains = true }),
        "ctrnn-firing-rate-gains" => new CtrnnSpec(1, 2, new CtrnnOptions { Neurons = 3, Dt = 0.3, Substeps = 4, Gains = true, Output = CtrnnOutput.FiringRate }),
        _ => throw new ArgumentException(name),
    };

    /// <summary>What the case's passes feed back: the cases named "…closed-loop" their own outputs, the others the targets.</summary>
    public static OutputFeedback Feedback(string name) => name.EndsWith("closed-loop", StringComparison.Ordinal) ? OutputFeedback.ClosedLoop : OutputFeedback.TeacherForced;

    /// <summary>The differentiable passes of the case.</summary>
    public static IDifferentiableNetwork Passes(string name) => DifferentiableNetworks.Create(Spec(name), Feedback(name));

    /// <summary>The names of <see cref="Spec"/>.</summary>
    public static TheoryData<string> Names() =>
    [
        "elman", "elman-tanh-out", "elman-logistic-out", "feed-forward", "feed-forward-two-layers-logistic-out",
        "feed-forward-linear-policy-no-bias", "feed-forward-logistic-no-bias", "lstm", "lstm-no-forget", "lstm-coupled", "lstm-no-output-gate",
        "lstm-peepholes", "lstm-peepholes-coupled-no-output", "lstm-peepholes-no-forget", "lstm-direct-1997-squashing",
        "lstm-identity-logistic-out", "fully-recurrent", "fully-recurrent-logistic", "fully-recurrent-no-bias", "gru", "gru-tanh-out",
        "jordan", "jordan-closed-loop", "jordan-decay-tanh-out-closed-loop", "narx", "narx-closed-loop",
        "narx-long-delays-logistic-out-closed-loop", "ctrnn", "ctrnn-gains", "ctrnn-firing-rate-gains",
    ];

    /// <summary>Parameters uniform in ±<paramref name="scale"/>.</summary>
    public static double[] Parameters(NetworkSpec spec, int seed, double scale = 0.8) => Uniform(spec.Layout.Count, seed, scale);

    /// <summary>A random sequence of <paramref name="length"/> steps for <paramref name="spec"/>.</summary>
    public static Sequence Sequence(NetworkSpec spec, int length, int washout, int seed) => new(
        Uniform(length * spec.InputCount, seed + 1000, 1.0), spec.InputCount, Uniform(length * spec.OutputCount, seed + 2000, 0.9), spec.OutputCount, washout);

    private static double[] Uniform(int count, int seed, double scale)
    {
        var random = new RandomStream(StreamKey.FromSeed(seed));
        var values = new double[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = random.NextDouble(-scale, scale);
        }

        return values;
    }

    /// <summary>The sum of squared errors of <paramref name="sequence"/>, with its gradient added to <paramref name="gradient"/> when non-empty.</summary>
    public static double Loss(IDifferentiableNetwork passes, double[] parameters, Sequence sequence, Span<double> gradient)
    {
        int size = sequence.Length * sequence.TargetSize;
        return BpttLearner.SumSquaredError(passes, parameters, sequence, new double[size], new double[size], gradient, 1.0);
    }
}
