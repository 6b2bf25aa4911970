using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Training.Gradient;

/// <summary>
/// The dense output layer y = f(W_out h + b_out) that Elman, Jordan and NARX networks read their hidden
/// layer with: its forward step and its backward step, δ = ∂L/∂y ⊙ f′, ∂L/∂W_out += δ hᵀ, ∂L/∂b_out += δ,
/// ∂L/∂h += W_outᵀ δ. Allocates nothing.
/// </summary>
public static class OutputLayer
{
    /// <summary>Writes f(W_out h + b_out) into <paramref name="recorded"/> and <paramref name="outputs"/>.</summary>
    public static void Forward(ReadOnlySpan<double> weights, ReadOnlySpan<double> bias, Activation activation, ReadOnlySpan<double> hidden, Span<double> recorded, Span<double> outputs)
    {
        int hiddenCount = hidden.Length;
        for (int k = 0; k < bias.Length; k++)
        {
            double y = ActivationFunctions.Apply(activation, bias[k] + Kernels.Dot(weights.Slice(k * hiddenCount, hiddenCount), hidden));
            recorded[k] = y;
            outputs[k] = y;
        }
    }

    /// <summary>
    /// Given ∂L/∂y (<paramref name="upstream"/>) for outputs <paramref name="outputs"/> read from
    /// <paramref name="hidden"/>, adds the weight and bias gradients and W_outᵀ δ to <paramref name="hiddenGradient"/>.
    /// </summary>
    public static void Backward(ReadOnlySpan<double> weights, Activation activation, ReadOnlySpan<double> hidden, ReadOnlySpan<double> outputs, ReadOnlySpan<double> upstream, Span<double> weightGradient, Span<double> biasGradient, Span<double> hiddenGradient)
    {
        int hiddenCount = hidden.Length;
        for (int k = 0; k < outputs.Length; k++)
        {
            double delta = upstream[k] * Derivatives.OfActivation(activation, outputs[k]);
            if (delta == 0.0)
            {
                continue;
            }

            biasGradient[k] += delta;
            Span<double> row = weightGradient.Slice(k * hiddenCount, hiddenCount);
            ReadOnlySpan<double> weightRow = weights.Slice(k * hiddenCount, hiddenCount);
            for (int j = 0; j < hiddenCount; j++)
            {
                row[j] += delta * hidden[j];
                hiddenGradient[j] += delta * weightRow[j];
            }
        }
    }
}
