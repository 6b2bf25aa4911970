using Evorec.Networks;

namespace Evorec.Tests.Support;

/// <summary>A network that always outputs the same value (for example NaN).</summary>
public sealed class ConstantNetwork(double value, int inputs = 1, int outputs = 1) : IRecurrentNetwork
{
    public int InputCount => inputs;

    public int OutputCount => outputs;

    public void Reset()
    {
    }

    public void Step(ReadOnlySpan<double> input, Span<double> output) => output.Fill(value);
}

/// <summary>
/// Generates sin(ω n + φ) exactly from its inputs by the recurrence
/// sin(a n) = 2 cos(a) sin(a (n − 1)) − sin(a (n − 2)): it outputs 2 cos(ω) x(n) − x(n − 1).
/// Records what teacher forcing wrote into it.
/// </summary>
public sealed class RecurrenceSineNetwork(double frequency) : IRecurrentNetwork, ITeacherForcible
{
    private double _previousInput;

    public List<double> Forced { get; } = [];

    public int InputCount => 1;

    public int OutputCount => 1;

    public void Reset()
    {
        _previousInput = 0;
        Forced.Clear();
    }

    public void Step(ReadOnlySpan<double> input, Span<double> output)
    {
        output[0] = (2 * Math.Cos(frequency) * input[0]) - _previousInput;
        _previousInput = input[0];
    }

    public void ForceOutputs(ReadOnlySpan<double> targets) => Forced.Add(targets[0]);
}
