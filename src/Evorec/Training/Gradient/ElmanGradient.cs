using Evorec.Networks;

namespace Evorec.Training.Gradient;

/// <summary>
/// Forward and backward passes of <see cref="ElmanSpec"/> (Elman 1990):
/// h(t) = tanh(W_in x(t) + W_rec h(t−1) + b), y(t) = f(W_out h(t) + b_out), h(0) = 0.
/// Backward: δy = ∂L/∂y ⊙ f′, ∂L/∂h(t) = W_outᵀ δy + W_recᵀ δa(t+1), δa(t) = ∂L/∂h(t) ⊙ (1 − h(t)²).
/// </summary>
public sealed class ElmanGradient : RecordedPasses<ElmanSpec>
{
    private double[] _hidden = [];
    private double[] _outputs = [];
    private readonly double[] _hiddenGradient;
    private readonly double[] _nextGradient;

    /// <summary>Creates the passes for <paramref name="spec"/>.</summary>
    public ElmanGradient(ElmanSpec spec)
        : base(spec)
    {
        _hiddenGradient = new double[spec.HiddenCount];
        _nextGradient = new double[spec.HiddenCount];
    }

    /// <inheritdoc/>
    protected override void ForwardSteps(ReadOnlySpan<double> parameters, ReadOnlySpan<double> inputs, int from, int to, Span<double> outputs)
    {
        int hiddenCount = Spec.HiddenCount;
        int inputCount = Spec.InputCount;
        int outputCount = Spec.OutputCount;
        ReadOnlySpan<double> inputWeights = Spec.InputWeights.Slice(parameters);
        ReadOnlySpan<double> recurrentWeights = Spec.RecurrentWeights.Slice(parameters);
        ReadOnlySpan<double> bias = Spec.HiddenBias.Slice(parameters);
        ReadOnlySpan<double> outputWeights = Spec.OutputWeights.Slice(parameters);
        ReadOnlySpan<double> outputBias = Spec.OutputBias.Slice(parameters);
        if (from == 0)
        {
            Array.Clear(_hidden, 0, hiddenCount);
        }

        for (int t = from; t < to; t++)
        {
            ReadOnlySpan<double> x = inputs.Slice(t * inputCount, inputCount);
            ReadOnlySpan<double> previous = _hidden.AsSpan(t * hiddenCount, hiddenCount);
            Span<double> hidden = _hidden.AsSpan((t + 1) * hiddenCount, hiddenCount);
            TanhLayer.Forward(bias, inputWeights, x, recurrentWeights, previous, hidden);

            OutputLayer.Forward(outputWeights, outputBias, Spec.OutputActivation, hidden, _outputs.AsSpan(t * outputCount, outputCount), outputs.Slice(t * outputCount, outputCount));
        }
    }

    /// <inheritdoc/>
    protected override void BackwardSteps(ReadOnlySpan<double> parameters, ReadOnlySpan<double> outputGradients, Span<double> gradient, int from, int to)
    {
        int hiddenCount = Spec.HiddenCount;
        int outputCount = Spec.OutputCount;
        ReadOnlySpan<double> recurrentWeights = Spec.RecurrentWeights.Slice(parameters);
        ReadOnlySpan<double> outputWeights = Spec.OutputWeights.Slice(parameters);
        Span<double> inputWeightGradient = gradient.Slice(Spec.InputWeights.Offset, Spec.InputWeights.Length);
        Span<double> recurrentGradient = gradient.Slice(Spec.RecurrentWeights.Offset, Spec.RecurrentWeights.Length);
        Span<double> biasGradient = gradient.Slice(Spec.HiddenBias.Offset, Spec.HiddenBias.Length);
        Span<double> outputWeightGradient = gradient.Slice(Spec.OutputWeights.Offset, Spec.OutputWeights.Length);
        Span<double> outputBiasGradient = gradient.Slice(Spec.OutputBias.Offset, Spec.OutputBias.Length);
        Array.Clear(_nextGradient);
        for (int t = to - 1; t >= from; t--)
        {
            ReadOnlySpan<double> hidden = _hidden.AsSpan((t + 1) * hiddenCount, hiddenCount);
            ReadOnlySpan<double> previous = _hidden.AsSpan(t * hiddenCount, hiddenCount);
            ReadOnlySpan<double> x = RecordedInput(t);
            _nextGradient.CopyTo(_hiddenGradient.AsSpan());
            OutputLayer.Backward(
                outputWeights,
                Spec.OutputActivation,
                hidden,
                _outputs.AsSpan(t * outputCount, outputCount),
                outputGradients.Slice(t * outputCount, outputCount),
                outputWeightGradient,
                outputBiasGradient,
                _hiddenGradient);

            Array.Clear(_nextGradient);
            TanhLayer.Backward(_hiddenGradient, hidden, x, previous, recurrentWeights, biasGradient, inputWeightGradient, recurrentGradient, _nextGradient);
        }
    }

    /// <inheritdoc/>
    protected override void Grow(int length)
    {
        Array.Resize(ref _hidden, (length + 1) * Spec.HiddenCount);
        Array.Resize(ref _outputs, length * Spec.OutputCount);
    }
}
