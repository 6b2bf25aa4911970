using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Training.Gradient;

/// <summary>
/// Forward and backward passes of <see cref="FeedForwardSpec"/>: backpropagation (Rumelhart, Hinton &amp;
/// Williams 1986, §2, the generalized delta rule) applied at every step on its own, since the network
/// has no state: δᴸ⁺¹ = ∂L/∂y ⊙ g′, δˡ = (Wˡ⁺¹ᵀ δˡ⁺¹) ⊙ f′(hˡ), ∂L/∂Wˡ += δˡ hˡ⁻¹ᵀ, ∂L/∂bˡ += δˡ.
/// Nothing flows between steps, so full and truncated BPTT give the same gradient.
/// </summary>
public sealed class FeedForwardGradient : RecordedPasses<FeedForwardSpec>
{
    private readonly int[] _offsets;
    private readonly int _activationsPerStep;
    private readonly double[] _delta;
    private readonly double[] _deltaBelow;
    private double[] _activations = [];

    /// <summary>Creates the passes for <paramref name="spec"/>.</summary>
    public FeedForwardGradient(FeedForwardSpec spec)
        : base(spec)
    {
        _offsets = new int[spec.WeightLayerCount + 1];
        for (int l = 0; l < spec.WeightLayerCount; l++)
        {
            _offsets[l + 1] = _offsets[l] + spec.SizeOf(l);
        }

        _activationsPerStep = _offsets[^1];
        _delta = new double[spec.WidestLayer];
        _deltaBelow = new double[spec.WidestLayer];
    }

    /// <inheritdoc/>
    protected override void ForwardSteps(ReadOnlySpan<double> parameters, ReadOnlySpan<double> inputs, int from, int to, Span<double> outputs)
    {
        int inputCount = Spec.InputCount;
        int outputCount = Spec.OutputCount;
        for (int t = from; t < to; t++)
        {
            ReadOnlySpan<double> below = inputs.Slice(t * inputCount, inputCount);
            Span<double> step = _activations.AsSpan(t * _activationsPerStep, _activationsPerStep);
            for (int l = 0; l < Spec.WeightLayerCount; l++)
            {
                int size = Spec.SizeOf(l);
                int fanIn = below.Length;
                Span<double> layer = step.Slice(_offsets[l], size);
                ReadOnlySpan<double> weights = Spec.Weights(l).Slice(parameters);
                ReadOnlySpan<double> bias = Spec.BiasOf(l) is { } b ? b.Slice(parameters) : default;
                Activation activation = Spec.ActivationOf(l);
                for (int j = 0; j < size; j++)
                {
                    double sum = Kernels.Dot(weights.Slice(j * fanIn, fanIn), below) + (bias.IsEmpty ? 0.0 : bias[j]);
                    layer[j] = ActivationFunctions.ApplyReference(activation, sum);
                }

                below = layer;
            }

            below.CopyTo(outputs.Slice(t * outputCount, outputCount));
        }
    }

    /// <inheritdoc/>
    protected override void BackwardSteps(ReadOnlySpan<double> parameters, ReadOnlySpan<double> outputGradients, Span<double> gradient, int from, int to)
    {
        int outputCount = Spec.OutputCount;
        int top = Spec.WeightLayerCount - 1;
        for (int t = to - 1; t >= from; t--)
        {
            ReadOnlySpan<double> step = _activations.AsSpan(t * _activationsPerStep, _activationsPerStep);
            ReadOnlySpan<double> upstream = outputGradients.Slice(t * outputCount, outputCount);
            ReadOnlySpan<double> outputs = step.Slice(_offsets[top], outputCount);
            for (int k = 0; k < outputCount; k++)
            {
                _delta[k] = upstream[k] * Derivatives.OfActivation(Spec.OutputActivation, outputs[k]);
            }

            for (int l = top; l >= 0; l--)
            {
                int size = Spec.SizeOf(l);
                int fanIn = Spec.FanIn(l);
                ReadOnlySpan<double> below = l == 0
                    ? RecordedInput(t)
                    : step.Slice(_offsets[l - 1], fanIn);
                ReadOnlySpan<double> weights = Spec.Weights(l).Slice(parameters);
                ParameterBlock weightBlock = Spec.Weights(l);
                Span<double> weightGradient = gradient.Slice(weightBlock.Offset, weightBlock.Length);
                Span<double> biasGradient = Spec.BiasOf(l) is { } b ? gradient.Slice(b.Offset, b.Length) : default;
                Array.Clear(_deltaBelow, 0, fanIn);
                for (int j = 0; j < size; j++)
                {
                    double delta = _delta[j];
                    if (!biasGradient.IsEmpty)
                    {
                        biasGradient[j] += delta;
                    }

                    Span<double> row = weightGradient.Slice(j * fanIn, fanIn);
                    ReadOnlySpan<double> weightRow = weights.Slice(j * fanIn, fanIn);
                    for (int i = 0; i < fanIn; i++)
                    {
                        row[i] += delta * below[i];
                        _deltaBelow[i] += delta * weightRow[i];
                    }
                }

                if (l > 0)
                {
                    for (int i = 0; i < fanIn; i++)
                    {
                        _delta[i] = _deltaBelow[i] * Derivatives.OfActivation(Spec.HiddenActivation, below[i]);
                    }
                }
            }
        }
    }

    /// <inheritdoc/>
    protected override void Grow(int length)
    {
        Array.Resize(ref _activations, length * _activationsPerStep);
    }
}
