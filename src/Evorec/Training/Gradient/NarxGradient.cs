using Evorec.Networks;

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
public sealed class NarxGradient : OutputFeedbackPasses<NarxSpec>
{
    private readonly double[] _hiddenGradient;
    private readonly double[] _inputTaps;
    private readonly double[] _outputTaps;
    private double[] _hidden = [];
    private double[] _outputs = [];
    private double[] _outputGradient = [];

    /// <summary>Creates the passes for <paramref name="spec"/>, feeding back what <paramref name="feedback"/> says.</summary>
    public NarxGradient(NarxSpec spec, OutputFeedback feedback)
        : base(spec, feedback)
    {
        _hiddenGradient = new double[spec.HiddenCount];
        _inputTaps = new double[spec.InputTapCount];
        _outputTaps = new double[spec.OutputTapCount];
    }

    /// <inheritdoc/>
    protected override void ForwardSteps(ReadOnlySpan<double> parameters, ReadOnlySpan<double> inputs, int from, int to, Span<double> outputs)
    {
        int hiddenCount = Spec.HiddenCount;
        int outputCount = Spec.OutputCount;
        ReadOnlySpan<double> inputWeights = Spec.InputWeights.Slice(parameters);
        ReadOnlySpan<double> feedbackWeights = Spec.FeedbackWeights.Slice(parameters);
        ReadOnlySpan<double> bias = Spec.HiddenBias.Slice(parameters);
        ReadOnlySpan<double> outputWeights = Spec.OutputWeights.Slice(parameters);
        ReadOnlySpan<double> outputBias = Spec.OutputBias.Slice(parameters);
        for (int t = from; t < to; t++)
        {
            ReadTaps(t);
            Span<double> hidden = _hidden.AsSpan(t * hiddenCount, hiddenCount);
            TanhLayer.Forward(bias, inputWeights, _inputTaps, feedbackWeights, _outputTaps, hidden);

            OutputLayer.Forward(outputWeights, outputBias, Spec.OutputActivation, hidden, _outputs.AsSpan(t * outputCount, outputCount), outputs.Slice(t * outputCount, outputCount));
        }
    }

    /// <inheritdoc/>
    protected override void BackwardSteps(ReadOnlySpan<double> parameters, ReadOnlySpan<double> outputGradients, Span<double> gradient, int from, int to)
    {
        int hiddenCount = Spec.HiddenCount;
        int outputCount = Spec.OutputCount;
        int inputTaps = _inputTaps.Length;
        int outputTaps = _outputTaps.Length;
        bool closedLoop = IsClosedLoop;
        ReadOnlySpan<double> feedbackWeights = Spec.FeedbackWeights.Slice(parameters);
        ReadOnlySpan<double> outputWeights = Spec.OutputWeights.Slice(parameters);
        Span<double> inputWeightGradient = gradient.Slice(Spec.InputWeights.Offset, Spec.InputWeights.Length);
        Span<double> feedbackWeightGradient = gradient.Slice(Spec.FeedbackWeights.Offset, Spec.FeedbackWeights.Length);
        Span<double> biasGradient = gradient.Slice(Spec.HiddenBias.Offset, Spec.HiddenBias.Length);
        Span<double> outputWeightGradient = gradient.Slice(Spec.OutputWeights.Offset, Spec.OutputWeights.Length);
        Span<double> outputBiasGradient = gradient.Slice(Spec.OutputBias.Offset, Spec.OutputBias.Length);
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

            OutputLayer.Backward(outputWeights, Spec.OutputActivation, hidden, _outputs.AsSpan(t * outputCount, outputCount), upstream, outputWeightGradient, outputBiasGradient, _hiddenGradient);

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
        int inputCount = Spec.InputCount;
        int outputCount = Spec.OutputCount;
        ReadOnlySpan<double> fedBack = FedBack(_outputs);
        for (int d = 0; d <= Spec.InputDelays; d++)
        {
            Span<double> taps = _inputTaps.AsSpan(d * inputCount, inputCount);
            if (t - d >= 0)
            {
                RecordedInput(t - d).CopyTo(taps);
            }
            else
            {
                taps.Clear();
            }
        }

        for (int d = 0; d < Spec.OutputDelays; d++)
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

    /// <inheritdoc/>
    protected override void Grow(int length)
    {
        Array.Resize(ref _hidden, length * Spec.HiddenCount);
        Array.Resize(ref _outputs, length * Spec.OutputCount);
        Array.Resize(ref _outputGradient, length * Spec.OutputCount);
    }
}
