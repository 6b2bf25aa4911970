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
    public void Forward(ReadOnlySpan<double> parameters, ReadOnlySpan<double> inputs, int from, int to, Span<double> outputs)
    {
        int hiddenCount = _spec.HiddenCount;
        int inputCount = _spec.InputCount;
        int outputCount = _spec.OutputCount;
        TrajectoryRange.CheckForward(from, to, _length);
        Ensure(to);
        _length = to;
        inputs[(from * inputCount)..(to * inputCount)].CopyTo(_inputs.AsSpan(from * inputCount));
        ReadOnlySpan<double> inputWeights = _spec.InputWeights.Slice(parameters);
        ReadOnlySpan<double> recurrentWeights = _spec.RecurrentWeights.Slice(parameters);
        ReadOnlySpan<double> bias = _spec.HiddenBias.Slice(parameters);
        ReadOnlySpan<double> outputWeights = _spec.OutputWeights.Slice(parameters);
        ReadOnlySpan<double> outputBias = _spec.OutputBias.Slice(parameters);
        if (from == 0)
        {
            Array.Clear(_hidden, 0, hiddenCount);
        }

        for (int t = from; t < to; t++)
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

            OutputLayer.Forward(outputWeights, outputBias, _spec.OutputActivation, hidden, _outputs.AsSpan(t * outputCount, outputCount), outputs.Slice(t * outputCount, outputCount));
        }
    }

    /// <inheritdoc/>
    public void Backward(ReadOnlySpan<double> parameters, ReadOnlySpan<double> outputGradients, Span<double> gradient, int from, int to)
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
        TrajectoryRange.CheckBackward(from, to, _length);
        for (int t = to - 1; t >= from; t--)
        {
            ReadOnlySpan<double> hidden = _hidden.AsSpan((t + 1) * hiddenCount, hiddenCount);
            ReadOnlySpan<double> previous = _hidden.AsSpan(t * hiddenCount, hiddenCount);
            ReadOnlySpan<double> x = _inputs.AsSpan(t * inputCount, inputCount);
            _nextGradient.CopyTo(_hiddenGradient.AsSpan());
            OutputLayer.Backward(
                outputWeights,
                _spec.OutputActivation,
                hidden,
                _outputs.AsSpan(t * outputCount, outputCount),
                outputGradients.Slice(t * outputCount, outputCount),
                outputWeightGradient,
                outputBiasGradient,
                _hiddenGradient);

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
            Array.Resize(ref _inputs, length * _spec.InputCount);
            Array.Resize(ref _hidden, (length + 1) * _spec.HiddenCount);
            Array.Resize(ref _outputs, length * _spec.OutputCount);
        }
    }
}
