using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Training.Gradient;

/// <summary>
/// Forward and backward passes of <see cref="ElmanSpec"/> (Elman 1990):
/// h(t) = tanh(W_in x(t) + W_rec h(t−1) + b), y(t) = f(W_out h(t) + b_out), h(0) = 0.
/// Backward: δy = ∂L/∂y ⊙ f′, ∂L/∂h(t) = W_outᵀ δy + W_recᵀ δa(t+1), δa(t) = ∂L/∂h(t) ⊙ (1 − h(t)²).
/// </summary>
public sealed class ElmanGradient : IDifferentiableNetwork
{
    private readonly ElmanSpec _spec;
    private double[] _inputs = [];
    private double[] _hidden = [];
    private double[] _outputs = [];
    private readonly double[] _hiddenGradient;
    private readonly double[] _nextGradient;
    private int _length;

    /// <summary>Creates the passes for <paramref name="spec"/>.</summary>
    public ElmanGradient(ElmanSpec spec)
    {
        _spec = spec;
        _hiddenGradient = new double[spec.HiddenCount];
        _nextGradient = new double[spec.HiddenCount];
    }

    /// <inheritdoc/>
    public int ParameterCount => _spec.Layout.Count;

    /// <inheritdoc/>
    public int InputCount => _spec.InputCount;

    /// <inheritdoc/>
    public int OutputCount => _spec.OutputCount;

    /// <inheritdoc/>
    public void Forward(ReadOnlySpan<double> parameters, ReadOnlySpan<double> inputs, int length, Span<double> outputs)
    {
        int hiddenCount = _spec.HiddenCount;
        int inputCount = _spec.InputCount;
        int outputCount = _spec.OutputCount;
        Ensure(length);
        _length = length;
        inputs[..(length * inputCount)].CopyTo(_inputs);
        ReadOnlySpan<double> inputWeights = _spec.InputWeights.Slice(parameters);
        ReadOnlySpan<double> recurrentWeights = _spec.RecurrentWeights.Slice(parameters);
        ReadOnlySpan<double> bias = _spec.HiddenBias.Slice(parameters);
        ReadOnlySpan<double> outputWeights = _spec.OutputWeights.Slice(parameters);
        ReadOnlySpan<double> outputBias = _spec.OutputBias.Slice(parameters);
        Array.Clear(_hidden, 0, hiddenCount);
        for (int t = 0; t < length; t++)
        {
            ReadOnlySpan<double> x = inputs.Slice(t * inputCount, inputCount);
            ReadOnlySpan<double> previous = _hidden.AsSpan(t * hiddenCount, hiddenCount);
            Span<double> hidden = _hidden.AsSpan((t + 1) * hiddenCount, hiddenCount);
            for (int j = 0; j < hiddenCount; j++)
            {
                double sum = bias[j]
                    + Kernels.Dot(inputWeights.Slice(j * inputCount, inputCount), x)
                    + Kernels.Dot(recurrentWeights.Slice(j * hiddenCount, hiddenCount), previous);
                hidden[j] = Math.Tanh(sum);
            }

            for (int k = 0; k < outputCount; k++)
            {
                double sum = outputBias[k] + Kernels.Dot(outputWeights.Slice(k * hiddenCount, hiddenCount), hidden);
                double y = ActivationFunctions.Apply(_spec.OutputActivation, sum);
                _outputs[(t * outputCount) + k] = y;
                outputs[(t * outputCount) + k] = y;
            }
        }
    }

    /// <inheritdoc/>
    public void Backward(ReadOnlySpan<double> parameters, ReadOnlySpan<double> outputGradients, Span<double> gradient)
    {
        int hiddenCount = _spec.HiddenCount;
        int inputCount = _spec.InputCount;
        int outputCount = _spec.OutputCount;
        ReadOnlySpan<double> recurrentWeights = _spec.RecurrentWeights.Slice(parameters);
        ReadOnlySpan<double> outputWeights = _spec.OutputWeights.Slice(parameters);
        Span<double> inputWeightGradient = gradient.Slice(_spec.InputWeights.Offset, _spec.InputWeights.Length);
        Span<double> recurrentGradient = gradient.Slice(_spec.RecurrentWeights.Offset, _spec.RecurrentWeights.Length);
        Span<double> biasGradient = gradient.Slice(_spec.HiddenBias.Offset, _spec.HiddenBias.Length);
        Span<double> outputWeightGradient = gradient.Slice(_spec.OutputWeights.Offset, _spec.OutputWeights.Length);
        Span<double> outputBiasGradient = gradient.Slice(_spec.OutputBias.Offset, _spec.OutputBias.Length);
        Array.Clear(_nextGradient);
        for (int t = _length - 1; t >= 0; t--)
        {
            ReadOnlySpan<double> hidden = _hidden.AsSpan((t + 1) * hiddenCount, hiddenCount);
            ReadOnlySpan<double> previous = _hidden.AsSpan(t * hiddenCount, hiddenCount);
            ReadOnlySpan<double> x = _inputs.AsSpan(t * inputCount, inputCount);
            _nextGradient.CopyTo(_hiddenGradient.AsSpan());
            for (int k = 0; k < outputCount; k++)
            {
                int index = (t * outputCount) + k;
                double delta = outputGradients[index] * Derivatives.OfActivation(_spec.OutputActivation, _outputs[index]);
                if (delta == 0.0)
                {
                    continue;
                }

                outputBiasGradient[k] += delta;
                Span<double> row = outputWeightGradient.Slice(k * hiddenCount, hiddenCount);
                ReadOnlySpan<double> weights = outputWeights.Slice(k * hiddenCount, hiddenCount);
                for (int j = 0; j < hiddenCount; j++)
                {
                    row[j] += delta * hidden[j];
                    _hiddenGradient[j] += delta * weights[j];
                }
            }

            Array.Clear(_nextGradient);
            for (int j = 0; j < hiddenCount; j++)
            {
                double delta = _hiddenGradient[j] * (1.0 - (hidden[j] * hidden[j]));
                biasGradient[j] += delta;
                Span<double> inputRow = inputWeightGradient.Slice(j * inputCount, inputCount);
                for (int i = 0; i < inputCount; i++)
                {
                    inputRow[i] += delta * x[i];
                }

                Span<double> recurrentRow = recurrentGradient.Slice(j * hiddenCount, hiddenCount);
                ReadOnlySpan<double> weights = recurrentWeights.Slice(j * hiddenCount, hiddenCount);
                for (int i = 0; i < hiddenCount; i++)
                {
                    recurrentRow[i] += delta * previous[i];
                    _nextGradient[i] += delta * weights[i];
                }
            }
        }
    }

    private void Ensure(int length)
    {
        if (_outputs.Length < length * _spec.OutputCount)
        {
            _inputs = new double[length * _spec.InputCount];
            _hidden = new double[(length + 1) * _spec.HiddenCount];
            _outputs = new double[length * _spec.OutputCount];
        }
    }
}
