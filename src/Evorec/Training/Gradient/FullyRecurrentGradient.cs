using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Training.Gradient;

/// <summary>
/// Forward and backward passes of <see cref="FullyRecurrentSpec"/> (Williams &amp; Zipser 1989):
/// y_i(t) = f_i(Σ_j W_ij y_j(t−1) + Σ_m U_im x_m(t) + b_i), outputs y_0…y_(k−1), y(0) = 0.
/// Backward (BPTT, Williams &amp; Zipser's gradient computed backwards in time as in Werbos 1990):
/// ∂L/∂y(t) = ∂L/∂out(t) on the output neurons + Wᵀ δ(t+1), δ(t) = ∂L/∂y(t) ⊙ f′.
/// The output neurons are never forced to the targets here: teacher-forced datasets bring the
/// targets in as inputs, and the state evolves freely.
/// </summary>
public sealed class FullyRecurrentGradient : RecordedPasses<FullyRecurrentSpec>
{
    private readonly double[] _stateGradient;
    private readonly double[] _nextGradient;
    private double[] _states = [];

    /// <summary>Creates the passes for <paramref name="spec"/>.</summary>
    public FullyRecurrentGradient(FullyRecurrentSpec spec)
        : base(spec)
    {
        _stateGradient = new double[spec.NeuronCount];
        _nextGradient = new double[spec.NeuronCount];
    }

    /// <inheritdoc/>
    protected override void ForwardSteps(ReadOnlySpan<double> parameters, ReadOnlySpan<double> inputs, int from, int to, Span<double> outputs)
    {
        int neurons = Spec.NeuronCount;
        int inputCount = Spec.InputCount;
        int outputCount = Spec.OutputCount;
        if (from == 0)
        {
            Array.Clear(_states, 0, neurons);
        }

        ReadOnlySpan<double> recurrent = Spec.RecurrentWeights.Slice(parameters);
        ReadOnlySpan<double> inputWeights = Spec.InputWeights.Slice(parameters);
        ReadOnlySpan<double> bias = Spec.Bias is { } b ? b.Slice(parameters) : default;
        for (int t = from; t < to; t++)
        {
            ReadOnlySpan<double> x = inputs.Slice(t * inputCount, inputCount);
            ReadOnlySpan<double> previous = _states.AsSpan(t * neurons, neurons);
            Span<double> state = _states.AsSpan((t + 1) * neurons, neurons);
            for (int i = 0; i < neurons; i++)
            {
                double sum = (bias.IsEmpty ? 0.0 : bias[i])
                    + Kernels.Dot(recurrent.Slice(i * neurons, neurons), previous)
                    + Kernels.Dot(inputWeights.Slice(i * inputCount, inputCount), x);
                state[i] = ActivationFunctions.Apply(i < outputCount ? Spec.OutputActivation : Spec.HiddenActivation, sum);
            }

            state[..outputCount].CopyTo(outputs.Slice(t * outputCount, outputCount));
        }
    }

    /// <inheritdoc/>
    protected override void BackwardSteps(ReadOnlySpan<double> parameters, ReadOnlySpan<double> outputGradients, Span<double> gradient, int from, int to)
    {
        int neurons = Spec.NeuronCount;
        int inputCount = Spec.InputCount;
        int outputCount = Spec.OutputCount;
        ReadOnlySpan<double> recurrent = Spec.RecurrentWeights.Slice(parameters);
        Span<double> recurrentGradient = gradient.Slice(Spec.RecurrentWeights.Offset, Spec.RecurrentWeights.Length);
        Span<double> inputGradient = gradient.Slice(Spec.InputWeights.Offset, Spec.InputWeights.Length);
        Span<double> biasGradient = Spec.Bias is { } b ? gradient.Slice(b.Offset, b.Length) : default;
        Array.Clear(_nextGradient);
        for (int t = to - 1; t >= from; t--)
        {
            ReadOnlySpan<double> x = RecordedInput(t);
            ReadOnlySpan<double> previous = _states.AsSpan(t * neurons, neurons);
            ReadOnlySpan<double> state = _states.AsSpan((t + 1) * neurons, neurons);
            _nextGradient.CopyTo(_stateGradient.AsSpan());
            for (int k = 0; k < outputCount; k++)
            {
                _stateGradient[k] += outputGradients[(t * outputCount) + k];
            }

            Array.Clear(_nextGradient);
            for (int i = 0; i < neurons; i++)
            {
                double delta = _stateGradient[i] * Derivatives.OfActivation(i < outputCount ? Spec.OutputActivation : Spec.HiddenActivation, state[i]);
                if (delta == 0.0)
                {
                    continue;
                }

                if (!biasGradient.IsEmpty)
                {
                    biasGradient[i] += delta;
                }

                Span<double> inputRow = inputGradient.Slice(i * inputCount, inputCount);
                for (int m = 0; m < inputCount; m++)
                {
                    inputRow[m] += delta * x[m];
                }

                Span<double> recurrentRow = recurrentGradient.Slice(i * neurons, neurons);
                ReadOnlySpan<double> weights = recurrent.Slice(i * neurons, neurons);
                for (int j = 0; j < neurons; j++)
                {
                    recurrentRow[j] += delta * previous[j];
                    _nextGradient[j] += delta * weights[j];
                }
            }
        }
    }

    /// <inheritdoc/>
    protected override void Grow(int length)
    {
        Array.Resize(ref _states, (length + 1) * Spec.NeuronCount);
    }
}
