using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Training.Gradient;

/// <summary>
/// Forward and backward passes of <see cref="NarxSpec"/> (Lin, Horne, Tiňo &amp; Giles, "Learning long-term
/// dependencies in NARX recurrent neural networks", IEEE Trans. Neural Networks 7(6), 1996, eq. 1):
/// h(t) = tanh(W_in [u(t); …; u(t−n_u)] + W_fb [ŷ(t−1); …; ŷ(t−n_y)] + b), y(t) = f(W_out h(t) + b_out),
/// taps before step 0 are 0. The fed-back ŷ is the target d under teacher forcing (open loop,
/// series-parallel) and the output y in closed loop (the paper's recurrent mode, which it trains by BPTT).
/// Backward in closed loop: ∂L/∂y(t) = ∂L/∂out(t) + Σ_{d=0}^{n_y−1} W_fb[:, d]ᵀ δa(t + 1 + d) — the output
/// delays are the short paths back in time the paper credits for the long-term dependencies.
/// </summary>
public sealed class NarxGradient : IOutputFeedbackPasses
{
    private readonly NarxSpec _spec;
    private readonly double[] _hiddenGradient;
    private readonly double[] _inputTaps;
    private readonly double[] _outputTaps;
    private double[] _inputs = [];
    private double[] _hidden = [];
    private double[] _outputs = [];
    private double[] _outputGradient = [];
    private int _length;

    /// <summary>Creates the passes for <paramref name="spec"/>, feeding back what <paramref name="feedback"/> says.</summary>
    public NarxGradient(NarxSpec spec, OutputFeedback feedback)
    {
        _spec = spec;
        Feedback = feedback;
        _hiddenGradient = new double[spec.HiddenCount];
        _inputTaps = new double[spec.InputTapCount];
        _outputTaps = new double[spec.OutputTapCount];
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
        ReadOnlySpan<double> inputWeights = _spec.InputWeights.Slice(parameters);
        ReadOnlySpan<double> feedbackWeights = _spec.FeedbackWeights.Slice(parameters);
        ReadOnlySpan<double> bias = _spec.HiddenBias.Slice(parameters);
        ReadOnlySpan<double> outputWeights = _spec.OutputWeights.Slice(parameters);
        ReadOnlySpan<double> outputBias = _spec.OutputBias.Slice(parameters);
        for (int t = from; t < to; t++)
        {
            ReadTaps(t);
            Span<double> hidden = _hidden.AsSpan(t * hiddenCount, hiddenCount);
            for (int j = 0; j < hiddenCount; j++)
            {
                double sum = bias[j]
                    + Kernels.Dot(inputWeights.Slice(j * _inputTaps.Length, _inputTaps.Length), _inputTaps)
                    + Kernels.Dot(feedbackWeights.Slice(j * _outputTaps.Length, _outputTaps.Length), _outputTaps);
                hidden[j] = Math.Tanh(sum);
            }

            OutputLayer.Forward(outputWeights, outputBias, _spec.OutputActivation, hidden, _outputs.AsSpan(t * outputCount, outputCount), outputs.Slice(t * outputCount, outputCount));
        }
    }

    /// <inheritdoc/>
    public void Backward(ReadOnlySpan<double> parameters, ReadOnlySpan<double> outputGradients, Span<double> gradient, int from, int to)
    {
        int hiddenCount = _spec.HiddenCount;
        int outputCount = _spec.OutputCount;
        int inputTaps = _inputTaps.Length;
        int outputTaps = _outputTaps.Length;
        bool closedLoop = Feedback == OutputFeedback.ClosedLoop;
        ReadOnlySpan<double> feedbackWeights = _spec.FeedbackWeights.Slice(parameters);
        ReadOnlySpan<double> outputWeights = _spec.OutputWeights.Slice(parameters);
        Span<double> inputWeightGradient = gradient.Slice(_spec.InputWeights.Offset, _spec.InputWeights.Length);
        Span<double> feedbackWeightGradient = gradient.Slice(_spec.FeedbackWeights.Offset, _spec.FeedbackWeights.Length);
        Span<double> biasGradient = gradient.Slice(_spec.HiddenBias.Offset, _spec.HiddenBias.Length);
        Span<double> outputWeightGradient = gradient.Slice(_spec.OutputWeights.Offset, _spec.OutputWeights.Length);
        Span<double> outputBiasGradient = gradient.Slice(_spec.OutputBias.Offset, _spec.OutputBias.Length);
        TrajectoryRange.CheckBackward(from, to, _length);
        _outputGradient.AsSpan(from * outputCount, (to - from) * outputCount).Clear();
        for (int t = to - 1; t >= from; t--)
        {
            ReadOnlySpan<double> hidden = _hidden.AsSpan(t * hiddenCount, hiddenCount);
            ReadTaps(t);
            Array.Clear(_hiddenGradient);
            Span<double> upstream = _outputGradient.AsSpan(t * outputCount, outputCount);
            for (int k = 0; k < outputCount; k++)
            {
                upstream[k] += outputGradients[(t * outputCount) + k];
            }

            OutputLayer.Backward(outputWeights, _spec.OutputActivation, hidden, _outputs.AsSpan(t * outputCount, outputCount), upstream, outputWeightGradient, outputBiasGradient, _hiddenGradient);

            for (int j = 0; j < hiddenCount; j++)
            {
                double delta = _hiddenGradient[j] * (1.0 - (hidden[j] * hidden[j]));
                biasGradient[j] += delta;
                Span<double> inputRow = inputWeightGradient.Slice(j * inputTaps, inputTaps);
                for (int i = 0; i < inputTaps; i++)
                {
                    inputRow[i] += delta * _inputTaps[i];
                }

                Span<double> feedbackRow = feedbackWeightGradient.Slice(j * outputTaps, outputTaps);
                ReadOnlySpan<double> weights = feedbackWeights.Slice(j * outputTaps, outputTaps);
                for (int i = 0; i < outputTaps; i++)
                {
                    feedbackRow[i] += delta * _outputTaps[i];
                    int source = t - 1 - (i / outputCount);
                    if (closedLoop && source >= from)
                    {
                        _outputGradient[(source * outputCount) + (i % outputCount)] += delta * weights[i];
                    }
                }
            }
        }
    }

    /// <summary>Fills the delay lines step <paramref name="t"/> reads: u(t − d) for d = 0…n_u and ŷ(t − 1 − d) for d = 0…n_y − 1 (0 before step 0).</summary>
    private void ReadTaps(int t)
    {
        int inputCount = _spec.InputCount;
        int outputCount = _spec.OutputCount;
        ReadOnlySpan<double> fedBack = Feedback == OutputFeedback.TeacherForced ? Targets.Span : _outputs;
        for (int d = 0; d <= _spec.InputDelays; d++)
        {
            Span<double> taps = _inputTaps.AsSpan(d * inputCount, inputCount);
            if (t - d >= 0)
            {
                _inputs.AsSpan((t - d) * inputCount, inputCount).CopyTo(taps);
            }
            else
            {
                taps.Clear();
            }
        }

        for (int d = 0; d < _spec.OutputDelays; d++)
        {
            Span<double> taps = _outputTaps.AsSpan(d * outputCount, outputCount);
            int source = t - 1 - d;
            if (source >= 0)
            {
                fedBack.Slice(source * outputCount, outputCount).CopyTo(taps);
            }
            else
            {
                taps.Clear();
            }
        }
    }

    private void Ensure(int length)
    {
        if (_outputs.Length < length * _spec.OutputCount)
        {
            Array.Resize(ref _inputs, length * _spec.InputCount);
            Array.Resize(ref _hidden, length * _spec.HiddenCount);
            Array.Resize(ref _outputs, length * _spec.OutputCount);
            Array.Resize(ref _outputGradient, length * _spec.OutputCount);
        }
    }
}
