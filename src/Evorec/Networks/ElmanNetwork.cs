using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Evorec.Numerics;

namespace Evorec.Networks;

/// <summary>An Elman network instance; see <see cref="ElmanSpec"/> for the equations.</summary>
public sealed class ElmanNetwork : IRecurrentNetwork, IReadoutFeatures
{
    private readonly ElmanSpec _spec;
    private readonly double[] _parameters;
    private double[] _hidden;
    private double[] _previous;
    private readonly PackedMatrix _inputWeights;
    private readonly PackedMatrix _recurrentWeights;

    internal ElmanNetwork(ElmanSpec spec)
    {
        _spec = spec;
        _parameters = new double[spec.Layout.Count];
        _hidden = new double[spec.HiddenCount];
        _previous = new double[spec.HiddenCount];
        _inputWeights = new PackedMatrix(spec.HiddenCount, spec.InputCount);
        _recurrentWeights = new PackedMatrix(spec.HiddenCount, spec.HiddenCount);
    }

    /// <inheritdoc/>
    public int InputCount => _spec.InputCount;

    /// <inheritdoc/>
    public int OutputCount => _spec.OutputCount;

    /// <inheritdoc/>
    public int FeatureCount => _spec.HiddenCount + 1;

    /// <summary>The current hidden state h(t).</summary>
    public ReadOnlySpan<double> Hidden => _hidden;

    /// <inheritdoc/>
    public void Reset()
    {
        Array.Clear(_hidden);
        Array.Clear(_previous);
    }

    /// <inheritdoc/>
    public void Step(ReadOnlySpan<double> input, Span<double> output)
    {
        (_previous, _hidden) = (_hidden, _previous);
        int hiddenCount = _spec.HiddenCount;
        // h(t) = tanh(W_rec h(t−1) + (W_in x + bias)): one pass over the recurrent product's panels that
        // adds each panel's input part and bias as it comes out (InputPartConsumer), then tanh over the
        // whole vector (a separate pass: see PackedMatrix).
        var inputPart = new InputPartConsumer(_inputWeights, input[.._spec.InputCount], _spec.HiddenBias.Slice(_parameters), _hidden);
        _recurrentWeights.Multiply(_previous, ref inputPart);
        VectorMath.Tanh(_hidden);

        ReadOnlySpan<double> outputWeights = _spec.OutputWeights.Slice(_parameters);
        ReadOnlySpan<double> outputBias = _spec.OutputBias.Slice(_parameters);
        for (int k = 0; k < _spec.OutputCount; k++)
        {
            double sum = outputBias[k] + Kernels.Dot(outputWeights.Slice(k * hiddenCount, hiddenCount), _hidden);
            output[k] = ActivationFunctions.Apply(_spec.OutputActivation, sum);
        }
    }

    /// <inheritdoc/>
    public void ReadFeatures(Span<double> features)
    {
        _hidden.CopyTo(features);
        features[_spec.HiddenCount] = 1.0;
    }

    internal void Load(ReadOnlySpan<double> parameters)
    {
        parameters.CopyTo(_parameters);
        _inputWeights.SetRows(0, _spec.InputWeights.Slice(_parameters));
        _recurrentWeights.SetRows(0, _spec.RecurrentWeights.Slice(_parameters));
        Reset();
    }

    /// <summary>
    /// Per panel of the recurrent product W_rec h(t−1): adds the same panel of the input part
    /// W_in x + bias and stores the sum, h = W_rec h(t−1) + (W_in x + bias), in that order (as the input
    /// part computed first and added after the product, to the last bit).
    /// </summary>
    private readonly ref struct InputPartConsumer(PackedMatrix inputWeights, ReadOnlySpan<double> input, ReadOnlySpan<double> bias, Span<double> hidden) : IPanelConsumer
    {
        private readonly PackedMatrix _inputWeights = inputWeights;
        private readonly ReadOnlySpan<double> _input = input;
        private readonly ReadOnlySpan<double> _bias = bias;
        private readonly Span<double> _hidden = hidden;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Accept(Vector256<double> sums, int row, int count)
        {
            Vector256<double> inputPart = _inputWeights.MultiplyPanel(row, _input) + PackedMatrix.Load(_bias, row, count);
            PackedMatrix.Store(sums + inputPart, _hidden, row, count);
        }
    }
}
