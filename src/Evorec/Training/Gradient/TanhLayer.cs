using Evorec.Numerics;

namespace Evorec.Training.Gradient;

/// <summary>
/// The hidden layer h = tanh(W_a a + W_b b + bias) that Elman (a = x(t), b = h(t−1)), Jordan
/// (a = x(t), b = s(t)) and NARX (a, b = the input and output delay lines) networks read two sources
/// with: its forward step and its backward step, δ = ∂L/∂h ⊙ (1 − h²), ∂L/∂bias += δ,
/// ∂L/∂W_a += δ aᵀ, ∂L/∂W_b += δ bᵀ, ∂L/∂b += W_bᵀ δ. Allocates nothing.
/// </summary>
public static class TanhLayer
{
    /// <summary>Writes tanh(bias + W_a a + W_b b) into <paramref name="hidden"/>, summed in that order.</summary>
    public static void Forward(ReadOnlySpan<double> bias, ReadOnlySpan<double> weightsA, ReadOnlySpan<double> a, ReadOnlySpan<double> weightsB, ReadOnlySpan<double> b, Span<double> hidden)
    {
        int countA = a.Length;
        int countB = b.Length;
        for (int j = 0; j < hidden.Length; j++)
        {
            double sum = bias[j]
                + Kernels.Dot(weightsA.Slice(j * countA, countA), a)
                + Kernels.Dot(weightsB.Slice(j * countB, countB), b);
            hidden[j] = Math.Tanh(sum);
        }
    }

    /// <summary>
    /// Given ∂L/∂h (<paramref name="hiddenGradient"/>) for <paramref name="hidden"/> read from <paramref name="a"/> and
    /// <paramref name="b"/>, adds the bias and weight gradients, and W_bᵀ δ to <paramref name="gradientB"/>
    /// (no gradient flows to <paramref name="a"/>).
    /// </summary>
    public static void Backward(
        ReadOnlySpan<double> hiddenGradient,
        ReadOnlySpan<double> hidden,
        ReadOnlySpan<double> a,
        ReadOnlySpan<double> b,
        ReadOnlySpan<double> weightsB,
        Span<double> biasGradient,
        Span<double> weightGradientA,
        Span<double> weightGradientB,
        Span<double> gradientB)
    {
        int countA = a.Length;
        int countB = b.Length;
        for (int j = 0; j < hidden.Length; j++)
        {
            double delta = hiddenGradient[j] * (1.0 - (hidden[j] * hidden[j]));
            biasGradient[j] += delta;
            Span<double> rowA = weightGradientA.Slice(j * countA, countA);
            for (int i = 0; i < countA; i++)
            {
                rowA[i] += delta * a[i];
            }

            Span<double> rowB = weightGradientB.Slice(j * countB, countB);
            ReadOnlySpan<double> weights = weightsB.Slice(j * countB, countB);
            for (int i = 0; i < countB; i++)
            {
                rowB[i] += delta * b[i];
                gradientB[i] += delta * weights[i];
            }
        }
    }
}
