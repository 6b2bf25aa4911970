using Evorec.Numerics;

namespace Evorec.Training.Gradient;

/// <summary>
/// One parameter update from an accumulated gradient: gradient-norm clipping (Pascanu, Mikolov &amp; Bengio,
/// "On the difficulty of training recurrent neural networks", ICML 2013, Algorithm 1), then the update rule
/// at the current learning rate. A gradient that is not finite is skipped. Allocates nothing.
/// </summary>
public sealed class GradientUpdate(IGradientStep step, double clipNorm)
{
    /// <summary>The step size of the next updates.</summary>
    public double LearningRate { get; set; }

    /// <summary>Updates applied so far (skipped ones not counted).</summary>
    public long Count { get; private set; }

    /// <summary>Clips <paramref name="gradient"/>, updates <paramref name="parameters"/> and clears <paramref name="gradient"/>.</summary>
    public void Apply(Span<double> parameters, Span<double> gradient)
    {
        double norm = Math.Sqrt(Kernels.Dot(gradient, gradient));
        if (double.IsFinite(norm))
        {
            if (clipNorm > 0.0 && norm > clipNorm)
            {
                double factor = clipNorm / norm;
                for (int i = 0; i < gradient.Length; i++)
                {
                    gradient[i] *= factor;
                }
            }

            step.Update(parameters, gradient, LearningRate);
            Count++;
        }

        gradient.Clear();
    }
}
