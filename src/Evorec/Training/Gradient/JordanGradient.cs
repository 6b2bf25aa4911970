using Evorec.Networks;

namespace Evorec.Training.Gradient;

/// <summary>
/// Forward and backward passes of <see cref="JordanSpec"/> (Jordan, "Serial order: a parallel distributed
/// processing approach", ICS Report 8604, 1986): s(t) = μ s(t−1) + ŷ(t−1), h(t) = tanh(W_in x(t) + W_ctx s(t) + b),
/// y(t) = f(W_out h(t) + b_out), s(0) = 0 and ŷ(−1) = 0, where the fed-back ŷ is the target d under teacher
/// forcing (the report's training mode) and the output y in closed loop.
/// Backward: δy(t) = (∂L/∂y(t) + [closed loop] ∂L/∂s(t+1)) ⊙ f′, ∂L/∂h(t) = W_outᵀ δy,
/// δa(t) = ∂L/∂h(t) ⊙ (1 − h(t)²), ∂L/∂s(t) = W_ctxᵀ δa(t) + μ ∂L/∂s(t+1).
/// </summary>
public sealed class JordanGradient : OutputFeedbackPasses<JordanSpec>
{
    private readonly double[] _hiddenGradient;
    private readonly double[] _upstream;
    private readonly double[] _contextGradient;
    private readonly double[] _nextContextGradient;
    private double[] _context = [];
    private double[] _hidden = [];
    private double[] _outputs = [];

    /// <summary>Creates the passes for <paramref name="spec"/>, feeding back what <paramref name="feedback"/> says.</summary>
    public JordanGradient(JordanSpec spec, OutputFeedback feedback)
        : base(spec, feedback)
    {
        _hiddenGradient = new double[spec.HiddenCount];
        _upstream = new double[spec.OutputCount];
        _contextGradient = new double[spec.OutputCount];
        _nextContextGradient = new double[spec.OutputCount];
    }

    /// <inheritdoc/>
    protected override void ForwardSteps(ReadOnlySpan<double> parameters, ReadOnlySpan<double> inputs, int from, int to, Span<double> outputs)
    {
        int hiddenCount = Spec.HiddenCount;
        int inputCount = Spec.InputCount;
        int outputCount = Spec.OutputCount;
        ReadOnlySpan<double> fedBack = FedBack(_outputs);
        ReadOnlySpan<double> inputWeights = Spec.InputWeights.Slice(parameters);
        ReadOnlySpan<double> contextWeights = Spec.ContextWeights.Slice(parameters);
        ReadOnlySpan<double> bias = Spec.HiddenBias.Slice(parameters);
        ReadOnlySpan<double> outputWeights = Spec.OutputWeights.Slice(parameters);
        ReadOnlySpan<double> outputBias = Spec.OutputBias.Slice(parameters);
        for (int t = from; t < to; t++)
        {
            Span<double> context = _context.AsSpan(t * outputCount, outputCount);
            for (int k = 0; k < outputCount; k++)
            {
                context[k] = t == 0 ? 0.0 : (Spec.ContextDecay * _context[((t - 1) * outputCount) + k]) + fedBack[((t - 1) * outputCount) + k];
            }

            ReadOnlySpan<double> x = inputs.Slice(t * inputCount, inputCount);
            Span<double> hidden = _hidden.AsSpan(t * hiddenCount, hiddenCount);
            TanhLayer.Forward(bias, inputWeights, x, contextWeights, context, hidden);

            OutputLayer.Forward(outputWeights, outputBias, Spec.OutputActivation, hidden, _outputs.AsSpan(t * outputCount, outputCount), outputs.Slice(t * outputCount, outputCount));
        }
    }

    /// <inheritdoc/>
    protected override void BackwardSteps(ReadOnlySpan<double> parameters, ReadOnlySpan<double> outputGradients, Span<double> gradient, int from, int to)
    {
        int hiddenCount = Spec.HiddenCount;
        int outputCount = Spec.OutputCount;
        bool closedLoop = IsClosedLoop;
        ReadOnlySpan<double> contextWeights = Spec.ContextWeights.Slice(parameters);
        ReadOnlySpan<double> outputWeights = Spec.OutputWeights.Slice(parameters);
        Span<double> inputWeightGradient = gradient.Slice(Spec.InputWeights.Offset, Spec.InputWeights.Length);
        Span<double> contextWeightGradient = gradient.Slice(Spec.ContextWeights.Offset, Spec.ContextWeights.Length);
        Span<double> biasGradient = gradient.Slice(Spec.HiddenBias.Offset, Spec.HiddenBias.Length);
        Span<double> outputWeightGradient = gradient.Slice(Spec.OutputWeights.Offset, Spec.OutputWeights.Length);
        Span<double> outputBiasGradient = gradient.Slice(Spec.OutputBias.Offset, Spec.OutputBias.Length);
        Array.Clear(_nextContextGradient);
        for (int t = to - 1; t >= from; t--)
        {
            ReadOnlySpan<double> hidden = _hidden.AsSpan(t * hiddenCount, hiddenCount);
            ReadOnlySpan<double> context = _context.AsSpan(t * outputCount, outputCount);
            ReadOnlySpan<double> x = RecordedInput(t);
            Array.Clear(_hiddenGradient);
            for (int k = 0; k < outputCount; k++)
            {
                _upstream[k] = outputGradients[(t * outputCount) + k] + (closedLoop ? _nextContextGradient[k] : 0.0);
            }

            OutputLayer.Backward(outputWeights, Spec.OutputActivation, hidden, _outputs.AsSpan(t * outputCount, outputCount), _upstream, outputWeightGradient, outputBiasGradient, _hiddenGradient);

            for (int k = 0; k < outputCount; k++)
            {
                _contextGradient[k] = Spec.ContextDecay * _nextContextGradient[k];
            }

            TanhLayer.Backward(_hiddenGradient, hidden, x, context, contextWeights, biasGradient, inputWeightGradient, contextWeightGradient, _contextGradient);

            _contextGradient.CopyTo(_nextContextGradient.AsSpan());
        }
    }

    /// <inheritdoc/>
    protected override void Grow(int length)
    {
        Array.Resize(ref _context, length * Spec.OutputCount);
        Array.Resize(ref _hidden, length * Spec.HiddenCount);
        Array.Resize(ref _outputs, length * Spec.OutputCount);
    }
}
