namespace Evorec.Training.Gradient;

/// <summary>A first-order update rule: moves parameters against a gradient. Allocates nothing per update.</summary>
public interface IGradientStep
{
    /// <summary>Updates <paramref name="parameters"/> in place from <paramref name="gradient"/> with step size <paramref name="learningRate"/>.</summary>
    void Update(Span<double> parameters, ReadOnlySpan<double> gradient, double learningRate);
}
