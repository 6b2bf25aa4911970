using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Training.Gradient;

/// <summary>
/// Forward and backward passes of <see cref="GruSpec"/> (Cho et al. 2014, eqs. 5–8, reset before U_h):
/// r = σ(W_r x + U_r h′ + b_r), z = σ(W_z x + U_z h′ + b_z), h̃ = tanh(W_h x + U_h (r ⊙ h′) + b_h),
/// h = z ⊙ h′ + (1 − z) ⊙ h̃ with h′ = h(t−1), y = f(W_out h + b_out). Backward, from ∂L/∂h:
/// ∂h̃ = ∂h (1 − z), ∂z = ∂h (h′ − h̃), ∂h′ = ∂h z + U_zᵀ δz + U_rᵀ δr + r ⊙ U_hᵀ δh̃, ∂r = h′ ⊙ U_hᵀ δh̃.
/// </summary>
public sealed class GruGradient : RecordedPasses<GruSpec>
{
    private readonly double[] _hiddenGradient;
    private readonly double[] _nextGradient;
    private readonly double[] _candidateNet;
    private readonly double[] _updateNet;
    private readonly double[] _resetNet;
    private readonly double[] _resetPreviousGradient;
    private double[] _hidden = [];
    private double[] _reset = [];
    private double[] _update = [];
    private double[] _candidate = [];
    private double[] _resetPrevious = [];
    private double[] _outputs = [];

    /// <summary>Creates the passes for <paramref name="spec"/>.</summary>
    public GruGradient(GruSpec spec)
        : base(spec)
    {
        int units = spec.HiddenCount;
        _hiddenGradient = new double[units];
        _nextGradient = new double[units];
        _candidateNet = new double[units];
        _updateNet = new double[units];
        _resetNet = new double[units];
        _resetPreviousGradient = new double[units];
    }

    /// <inheritdoc/>
    protected override void ForwardSteps(ReadOnlySpan<double> parameters, ReadOnlySpan<double> inputs, int from, int to, Span<double> outputs)
    {
        int units = Spec.HiddenCount;
        int inputCount = Spec.InputCount;
        int outputCount = Spec.OutputCount;
        if (from == 0)
        {
            Array.Clear(_hidden, 0, units);
        }

        ReadOnlySpan<double> resetInput = Spec.ResetInputWeights.Slice(parameters);
        ReadOnlySpan<double> resetRecurrent = Spec.ResetRecurrentWeights.Slice(parameters);
        ReadOnlySpan<double> resetBias = Spec.ResetBias.Slice(parameters);
        ReadOnlySpan<double> updateInput = Spec.UpdateInputWeights.Slice(parameters);
        ReadOnlySpan<double> updateRecurrent = Spec.UpdateRecurrentWeights.Slice(parameters);
        ReadOnlySpan<double> updateBias = Spec.UpdateBias.Slice(parameters);
        ReadOnlySpan<double> candidateInput = Spec.CandidateInputWeights.Slice(parameters);
        ReadOnlySpan<double> candidateRecurrent = Spec.CandidateRecurrentWeights.Slice(parameters);
        ReadOnlySpan<double> candidateBias = Spec.CandidateBias.Slice(parameters);
        ReadOnlySpan<double> outputWeights = Spec.OutputWeights.Slice(parameters);
        ReadOnlySpan<double> outputBias = Spec.OutputBias.Slice(parameters);
        for (int t = from; t < to; t++)
        {
            ReadOnlySpan<double> x = inputs.Slice(t * inputCount, inputCount);
            ReadOnlySpan<double> previous = _hidden.AsSpan(t * units, units);
            Span<double> hidden = _hidden.AsSpan((t + 1) * units, units);
            Span<double> resetPrevious = _resetPrevious.AsSpan(t * units, units);
            for (int j = 0; j < units; j++)
            {
                double reset = Derivatives.Logistic(resetBias[j]
                    + Kernels.Dot(resetInput.Slice(j * inputCount, inputCount), x)
                    + Kernels.Dot(resetRecurrent.Slice(j * units, units), previous));
                _reset[(t * units) + j] = reset;
                resetPrevious[j] = reset * previous[j];
                _update[(t * units) + j] = Derivatives.Logistic(updateBias[j]
                    + Kernels.Dot(updateInput.Slice(j * inputCount, inputCount), x)
                    + Kernels.Dot(updateRecurrent.Slice(j * units, units), previous));
            }

            for (int j = 0; j < units; j++)
            {
                double candidate = Math.Tanh(candidateBias[j]
                    + Kernels.Dot(candidateInput.Slice(j * inputCount, inputCount), x)
                    + Kernels.Dot(candidateRecurrent.Slice(j * units, units), resetPrevious));
                _candidate[(t * units) + j] = candidate;
                double z = _update[(t * units) + j];
                hidden[j] = (z * previous[j]) + ((1.0 - z) * candidate);
            }

            for (int k = 0; k < outputCount; k++)
            {
                double sum = outputBias[k] + Kernels.Dot(outputWeights.Slice(k * units, units), hidden);
                double y = ActivationFunctions.Apply(Spec.OutputActivation, sum);
                _outputs[(t * outputCount) + k] = y;
                outputs[(t * outputCount) + k] = y;
            }
        }
    }

    /// <inheritdoc/>
    protected override void BackwardSteps(ReadOnlySpan<double> parameters, ReadOnlySpan<double> outputGradients, Span<double> gradient, int from, int to)
    {
        int units = Spec.HiddenCount;
        int outputCount = Spec.OutputCount;
        ReadOnlySpan<double> outputWeights = Spec.OutputWeights.Slice(parameters);
        Array.Clear(_nextGradient);
        for (int t = to - 1; t >= from; t--)
        {
            ReadOnlySpan<double> x = RecordedInput(t);
            ReadOnlySpan<double> previous = _hidden.AsSpan(t * units, units);
            ReadOnlySpan<double> hidden = _hidden.AsSpan((t + 1) * units, units);
            _nextGradient.CopyTo(_hiddenGradient.AsSpan());
            for (int k = 0; k < outputCount; k++)
            {
                int index = (t * outputCount) + k;
                double delta = outputGradients[index] * Derivatives.OfActivation(Spec.OutputActivation, _outputs[index]);
                if (delta == 0.0)
                {
                    continue;
                }

                Slice(gradient, Spec.OutputBias)[k] += delta;
                AddScaled(Slice(gradient, Spec.OutputWeights).Slice(k * units, units), delta, hidden);
                AddScaled(_hiddenGradient, delta, outputWeights.Slice(k * units, units));
            }

            for (int j = 0; j < units; j++)
            {
                int at = (t * units) + j;
                double z = _update[at];
                double candidate = _candidate[at];
                double dh = _hiddenGradient[j];
                _candidateNet[j] = dh * (1.0 - z) * (1.0 - (candidate * candidate));
                _updateNet[j] = dh * (previous[j] - candidate) * z * (1.0 - z);
                _nextGradient[j] = dh * z;
            }

            // Candidate: its recurrent input is r ⊙ h′.
            Accumulate(parameters, gradient, Spec.CandidateInputWeights, Spec.CandidateRecurrentWeights, Spec.CandidateBias, _candidateNet, x, _resetPrevious.AsSpan(t * units, units), _resetPreviousGradient);
            for (int j = 0; j < units; j++)
            {
                double reset = _reset[(t * units) + j];
                _nextGradient[j] += _resetPreviousGradient[j] * reset;
                _resetNet[j] = _resetPreviousGradient[j] * previous[j] * reset * (1.0 - reset);
            }

            Accumulate(parameters, gradient, Spec.UpdateInputWeights, Spec.UpdateRecurrentWeights, Spec.UpdateBias, _updateNet, x, previous, _nextGradient);
            Accumulate(parameters, gradient, Spec.ResetInputWeights, Spec.ResetRecurrentWeights, Spec.ResetBias, _resetNet, x, previous, _nextGradient);
        }
    }

    private static Span<double> Slice(Span<double> vector, ParameterBlock block) => vector.Slice(block.Offset, block.Length);

    private static void AddScaled(Span<double> target, double scale, ReadOnlySpan<double> values)
    {
        for (int i = 0; i < target.Length; i++)
        {
            target[i] += scale * values[i];
        }
    }

    /// <summary>
    /// Adds the gradients of one gate (or the candidate) whose net inputs have gradient <paramref name="net"/>
    /// to its blocks, and Uᵀ net to <paramref name="recurrentTarget"/> (cleared first when it is the candidate's
    /// scratch vector, added to otherwise).
    /// </summary>
    private void Accumulate(ReadOnlySpan<double> parameters, Span<double> gradient, ParameterBlock inputWeights, ParameterBlock recurrentWeights, ParameterBlock bias, ReadOnlySpan<double> net, ReadOnlySpan<double> x, ReadOnlySpan<double> recurrentInput, Span<double> recurrentTarget)
    {
        int units = Spec.HiddenCount;
        int inputCount = Spec.InputCount;
        if (recurrentTarget == _resetPreviousGradient.AsSpan())
        {
            recurrentTarget.Clear();
        }

        Span<double> inputGradient = Slice(gradient, inputWeights);
        Span<double> recurrentGradient = Slice(gradient, recurrentWeights);
        Span<double> biasGradient = Slice(gradient, bias);
        ReadOnlySpan<double> recurrent = recurrentWeights.Slice(parameters);
        for (int j = 0; j < units; j++)
        {
            double delta = net[j];
            if (delta == 0.0)
            {
                continue;
            }

            biasGradient[j] += delta;
            AddScaled(inputGradient.Slice(j * inputCount, inputCount), delta, x);
            AddScaled(recurrentGradient.Slice(j * units, units), delta, recurrentInput);
            AddScaled(recurrentTarget, delta, recurrent.Slice(j * units, units));
        }
    }

    /// <inheritdoc/>
    protected override void Grow(int length)
    {
        int units = Spec.HiddenCount;
        Array.Resize(ref _hidden, (length + 1) * units);
        Array.Resize(ref _reset, length * units);
        Array.Resize(ref _update, length * units);
        Array.Resize(ref _candidate, length * units);
        Array.Resize(ref _resetPrevious, length * units);
        Array.Resize(ref _outputs, length * Spec.OutputCount);
    }
}
