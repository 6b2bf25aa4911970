using System.Runtime.Intrinsics;
using Evorec.Numerics;

namespace Evorec.Networks;

/// <summary>A fully recurrent network instance; see <see cref="FullyRecurrentSpec"/> for the equations.</summary>
public sealed class FullyRecurrentNetwork : IRecurrentNetwork, ITeacherForcible
{
    private readonly FullyRecurrentSpec _spec;
    private readonly double[] _parameters;
    private double[] _state;
    private double[] _previous;
    private readonly double[] _inputPart;
    private readonly PackedMatrix _recurrentWeights;
    private readonly PackedMatrix _inputWeights;

    internal FullyRecurrentNetwork(FullyRecurrentSpec spec)
    {
        _spec = spec;
        _parameters = new double[spec.Layout.Count];
        _state = new double[spec.NeuronCount];
        _previous = new double[spec.NeuronCount];
        _inputPart = new double[spec.NeuronCount];
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
        // y(t) = f(W_in x + (W_rec y(t−1) + bias)): the input part first, then the recurrent product,
        // to which each panel adds the bias and then the input part and applies the activations.
        _inputWeights.Multiply(input[.._spec.InputCount], _inputPart);
        var state = new StateConsumer(this);
        _recurrentWeights.Multiply(_previous, ref state);
        _state.AsSpan(0, _spec.OutputCount).CopyTo(output);
    }

    /// <inheritdoc/>
    public void ForceOutputs(ReadOnlySpan<double> targets) => targets[.._spec.OutputCount].CopyTo(_state);

    internal void Load(ReadOnlySpan<double> parameters)
    {
        parameters.CopyTo(_parameters);
        _recurrentWeights.SetRows(0, _spec.RecurrentWeights.Slice(_parameters));
        _inputWeights.SetRows(0, _spec.InputWeights.Slice(_parameters));
        Reset();
    }

    /// <summary>
    /// f(input part + (recurrent sum + bias)) per panel, f the output activation on the first
    /// OutputCount neurons and the hidden one on the rest (a panel across the boundary takes each lane's own).
    /// </summary>
    private readonly ref struct StateConsumer(FullyRecurrentNetwork network) : IPanelConsumer
    {
        private readonly ReadOnlySpan<double> _bias = network._spec.Bias.Slice(network._parameters);
        private readonly ReadOnlySpan<double> _inputPart = network._inputPart;
        private readonly Span<double> _state = network._state;
        private readonly int _outputs = network._spec.OutputCount;
        private readonly Activation _output = network._spec.OutputActivation;
        private readonly Activation _hidden = network._spec.HiddenActivation;

        public void Accept(Vector256<double> sums, int row, int count)
        {
            Vector256<double> net = PackedMatrix.Load(_inputPart, row, count) + (sums + PackedMatrix.Load(_bias, row, count));
            Vector256<double> activation;
            if (row >= _outputs)
            {
                activation = ActivationFunctions.Apply(_hidden, net);
            }
            else if (row + count <= _outputs)
            {
                activation = ActivationFunctions.Apply(_output, net);
            }
            else
            {
                Vector256<double> isOutput = Vector256.LessThan(Vector256.Create(0.0, 1.0, 2.0, 3.0), Vector256.Create((double)(_outputs - row)));
                activation = Vector256.ConditionalSelect(isOutput, ActivationFunctions.Apply(_output, net), ActivationFunctions.Apply(_hidden, net));
            }

            PackedMatrix.Store(activation, _state, row, count);
        }
    }
}
