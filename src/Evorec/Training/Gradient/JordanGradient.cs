using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Training.Gradient;

/// <summary>
/// Forward and backward passes of <see cref="JordanSpec"/> (Jordan, "Serial order: a parallel distributed
/// processing approach", ICS Report 8604, 1986): s(t) = μ s(t−1) + ŷ(t−1), h(t) = tanh(W_in x(t) + W_ctx s(t) + b),
/// y(t) = f(W_out h(t) + b_out), s(0) = 0 and ŷ(−1) = 0, where the fed-back ŷ is the target d under teacher
/// forcing (the report's training mode) and the output y in closed loop.
/// Backward: δy(t) = (∂L/∂y(t) + [closed loop] ∂L/∂s(t+1)) ⊙ f′, ∂L/∂h(t) = W_outᵀ δy,
/// δa(t) = ∂L/∂h(t) ⊙ (1 − h(t)²), ∂L/∂s(t) = W_ctxᵀ δa(t) + μ ∂L/∂s(t+1).
/// </summary>
public sealed class JordanGradient : IOutputFeedbackPasses
{
    private readonly JordanSpec _spec;
    private readonly double[] _hiddenGradient;
    private readonly double[] _upstream;
    private readonly double[] _contextGradient;
    private readonly double[] _nextContextGradient;
    private double[] _inputs = [];
    private double[] _context = [];
    private double[] _hidden = [];
    private double[] _outputs = [];
    private int _length;

    /// <summary>Creates the passes for <paramref name="spec"/>, feeding back what <paramref name="feedback"/> says.</summary>
    public JordanGradient(JordanSpec spec, OutputFeedback feedback)
    {
        _spec = spec;
        Feedback = feedback;
        _hiddenGradient = new double[spec.HiddenCount];
        _upstream = new double[spec.OutputCount];
        _contextGradient = new double[spec.OutputCount];
        _nextContextGradient = new double[spec.OutputCount];
    }

    /// <inheritdoc/>
    public OutputFeedback Feedback { get; }

    /// <inheritdoc/>
    public ReadOnlyMemory<double> Targets { get; set; }

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
        ReadOnlySpan<double> fedBack = Feedback == OutputFeedback.TeacherForced ? Targets.Span : _outputs;
        ReadOnlySpan<double> inputWeights = _spec.InputWeights.Slice(parameters);
        ReadOnlySpan<double> contextWeights = _spec.ContextWeights.Slice(parameters);
        ReadOnlySpan<double> bias = _spec.HiddenBias.Slice(parameters);
        ReadOnlySpan<double> outputWeights = _spec.OutputWeights.Slice(parameters);
        ReadOnlySpan<double> outputBias = _spec.OutputBias.Slice(parameters);
        for (int t = from; t < to; t++)
        {
            Span<double> context = _context.AsSpan(t * outputCount, outputCount);
            for (int k = 0; k < outputCount; k++)
            {
                context[k] = t == 0 ? 0.0 : (_spec.ContextDecay * _context[((t - 1) * outputCount) + k]) + fedBack[((t - 1) * outputCount) + k];
            }

            ReadOnlySpan<double> x = inputs.Slice(t * inputCount, inputCount);
            Span<double> hidden = _hidden.AsSpan(t * hiddenCount, hiddenCount);
            for (int j = 0; j < hiddenCount; j++)
            {
                double sum = bias[j]
                    + Kernels.Dot(inputWeights.Slice(j * inputCount, inputCount), x)
                    + Kernels.Dot(contextWeights.Slice(j * outputCount, outputCount), context);
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
        bool closedLoop = Feedback == OutputFeedback.ClosedLoop;
        ReadOnlySpan<double> contextWeights = _spec.ContextWeights.Slice(parameters);
        ReadOnlySpan<double> outputWeights = _spec.OutputWeights.Slice(parameters);
        Span<double> inputWeightGradient = gradient.Slice(_spec.InputWeights.Offset, _spec.InputWeights.Length);
        Span<double> contextWeightGradient = gradient.Slice(_spec.ContextWeights.Offset, _spec.ContextWeights.Length);
        Span<double> biasGradient = gradient.Slice(_spec.HiddenBias.Offset, _spec.HiddenBias.Length);
        Span<double> outputWeightGradient = gradient.Slice(_spec.OutputWeights.Offset, _spec.OutputWeights.Length);
        Span<double> outputBiasGradient = gradient.Slice(_spec.OutputBias.Offset, _spec.OutputBias.Length);
        TrajectoryRange.CheckBackward(from, to, _length);
        Array.Clear(_nextContextGradient);
        for (int t = to - 1; t >= from; t--)
        {
            ReadOnlySpan<double> hidden = _hidden.AsSpan(t * hiddenCount, hiddenCount);
            ReadOnlySpan<double> context = _context.AsSpan(t * outputCount, outputCount);
            ReadOnlySpan<double> x = _inputs.AsSpan(t * inputCount, inputCount);
            Array.Clear(_hiddenGradient);
            for (int k = 0; k < outputCount; k++)
            {
                _upstream[k] = outputGradients[(t * outputCount) + k] + (closedLoop ? _nextContextGradient[k] : 0.0);
            }

            OutputLayer.Backward(outputWeights, _spec.OutputActivation, hidden, _outputs.AsSpan(t * outputCount, outputCount), _upstream, outputWeightGradient, outputBiasGradient, _hiddenGradient);

            for (int k = 0; k < outputCount; k++)
            {
                _contextGradient[k] = _spec.ContextDecay * _nextContextGradient[k];
            }

            for (int j = 0; j < hiddenCount; j++)
            {
                double delta = _hiddenGradient[j] * (1.0 - (hidden[j] * hidden[j]));
                biasGradient[j] += delta;
                Span<double> inputRow = inputWeightGradient.Slice(j * inputCount, inputCount);
                for (int i = 0; i < inputCount; i++)
                {
                    inputRow[i] += delta * x[i];
                }

                Span<double> contextRow = contextWeightGradient.Slice(j * outputCount, outputCount);
                ReadOnlySpan<double> weights = contextWeights.Slice(j * outputCount, outputCount);
                for (int k = 0; k < outputCount; k++)
                {
                    contextRow[k] += delta * context[k];
                    _contextGradient[k] += delta * weights[k];
                }
            }

            _contextGradient.CopyTo(_nextContextGradient.AsSpan());
        }
    }

    private void Ensure(int length)
    {
        if (_outputs.Length < length * _spec.OutputCount)
        {
            Array.Resize(ref _inputs, length * _spec.InputCount);
            Array.Resize(ref _context, length * _spec.OutputCount);
            Array.Resize(ref _hidden, length * _spec.HiddenCount);
            Array.Resize(ref _outputs, length * _spec.OutputCount);
        }
    }
}
