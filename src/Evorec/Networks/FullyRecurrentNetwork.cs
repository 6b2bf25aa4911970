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
    private readonly double[] _bias;
    private readonly PackedMatrix _recurrentWeights;
    private readonly PackedMatrix _inputWeights;

    internal FullyRecurrentNetwork(FullyRecurrentSpec spec)
    {
        _spec = spec;
        _parameters = new double[spec.Layout.Count];
        _state = new double[spec.NeuronCount];
        _previous = new double[spec.NeuronCount];
        _recurrentSum = new double[spec.NeuronCount];
        _bias = new double[spec.NeuronCount];
        _recurrentWeights = new PackedMatrix(spec.NeuronCount, spec.NeuronCount);
        _inputWeights = new PackedMatrix(spec.NeuronCount, spec.InputCount);
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
        // y(t) = f(W_in x + (W_rec y(t−1) + bias)): the recurrent product with the bias, the input part
        // with it added, then the activations over the vector (a separate pass: see PackedMatrix). Without
        // bias the addend is zeros, and x + 0 = x exactly.
        int outputs = _spec.OutputCount;
        _recurrentWeights.Multiply(_previous, _bias, _recurrentSum);
        _inputWeights.Multiply(input[.._spec.InputCount], _recurrentSum, _state);
        ActivationFunctions.ApplyInPlace(_spec.OutputActivation, _state.AsSpan(0, outputs));
        ActivationFunctions.ApplyInPlace(_spec.HiddenActivation, _state.AsSpan(outputs));
        _state.AsSpan(0, outputs).CopyTo(output);
    }

    /// <inheritdoc/>
    public void ForceOutputs(ReadOnlySpan<double> targets) => targets[.._spec.OutputCount].CopyTo(_state);

    internal void Load(ReadOnlySpan<double> parameters)
    {
        parameters.CopyTo(_parameters);
        _recurrentWeights.SetRows(0, _spec.RecurrentWeights.Slice(_parameters));
        _inputWeights.SetRows(0, _spec.InputWeights.Slice(_parameters));
        _spec.Bias?.Slice(_parameters).CopyTo(_bias);
        Reset();
    }
}
