using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Tests.Tasks;

/// <summary>A network whose outputs are a given function of its current input; it records every input and every forced output.</summary>
internal sealed class ScriptedNetwork(int inputCount, int outputCount, Action<ReadOnlySpan<double>, Span<double>> respond) : IRecurrentNetwork, ITeacherForcible
{
    public List<double> Inputs { get; } = [];

    public List<double> Forced { get; } = [];

    public int Resets { get; private set; }

    public int InputCount => inputCount;

    public int OutputCount => outputCount;

    public static ScriptedNetwork Constant(double value, int inputCount = 1, int outputCount = 1) =>
        new(inputCount, outputCount, (_, output) => output.Fill(value));

    public static ScriptedNetwork Echo() => new(1, 1, (input, output) => output[0] = input[0]);

    public void Reset() => Resets++;

    public void Step(ReadOnlySpan<double> input, Span<double> output)
    {
        Inputs.Add(input[0]);
        respond(input, output);
    }

    public void ForceOutputs(ReadOnlySpan<double> targets) => Forced.Add(targets[0]);
}

/// <summary>Elman networks with random weights, for allocation and end-to-end checks.</summary>
internal static class RandomNetworks
{
    public static IRecurrentNetwork Elman(int inputs, int outputs, int hidden = 4, long seed = 1, double range = 0.5)
    {
        var spec = new ElmanSpec(inputs, outputs, new ElmanOptions { Hidden = hidden });
        var random = new RandomStream(StreamKey.FromSeed(seed));
        var parameters = new double[spec.Layout.Count];
        for (int i = 0; i < parameters.Length; i++)
        {
            parameters[i] = random.NextDouble(-range, range);
        }

        IRecurrentNetwork network = spec.Create();
        spec.Load(parameters, network);
        return network;
    }
}
