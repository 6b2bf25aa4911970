using Evorec.Numerics;

namespace Evorec.Networks;

/// <summary>A fully recurrent network instance; see <see cref="FullyRecurrentSpec"/> for the equations.</summary>
public sealed class FullyRecurrentNetwork : IRecurrentNetwork, ITeacherForcible
{
    private readonly FullyRecurrentSpec _spec;
    private readonly double[] _parameters;
    private double[] _state;
    private double[] _previous;
    private readonly double[] _recurrentSum;

    internal FullyRecurrentNetwork(FullyRecurrentSpec spec)
    {
        _spec = spec;
        _parameters = new double[spec.Layout.Count];
        _state = new double[spec.NeuronCount];
        _previous = new double[spec.NeuronCount];
        _recurrentSum = new double[spec.NeuronCount];
    }

    /// <inheritdoc/>
    public int InputCount => _spec.InputCount;

    /// <inheritdoc/>
    public int OutputCount => _spec.OutputCount;

    /// <summary>The current activations y(t) of all neurons (outputs first).</summary>
    public ReadOnlySpan<double> State => _state;

    /// <inheritdoc/>
    public void Reset()
    {
        Array.Clear(_state);
        Array.Clear(_previous);
    }

    /// <inheritdoc/>
    public void Step(ReadOnlySpan<double> input, Span<double> output)
    {
        (_previous, _state) = (_state, _previous);
        int neurons = _spec.NeuronCount;
        int inputs = _spec.InputCount;
        int outputs = _spec.OutputCount;
        ReadOnlySpan<double> recurrent = _spec.RecurrentWeights.Slice(_parameters);
        ReadOnlySpan<double> inputWeights = _spec.InputWeights.Slice(_parameters);
        ReadOnlySpan<double> bias = _spec.Bias.Slice(_parameters);
        Kernels.MatrixVector(recurrent, _previous, _recurrentSum);
        Kernels.Add(bias, _recurrentSum);
        Kernels.MatrixVector(inputWeights, input[..inputs], _state);
        Kernels.Add(_recurrentSum, _state);

        ActivationFunctions.ApplyInPlace(_spec.OutputActivation, _state.AsSpan(0, outputs));
        ActivationFunctions.ApplyInPlace(_spec.HiddenActivation, _state.AsSpan(outputs));

        _state.AsSpan(0, outputs).CopyTo(output);
    }

    /// <inheritdoc/>
    public void ForceOutputs(ReadOnlySpan<double> targets) => targets[.._spec.OutputCount].CopyTo(_state);

    internal void Load(ReadOnlySpan<double> parameters)
    {
        parameters.CopyTo(_parameters);
        Reset();
    }
}
