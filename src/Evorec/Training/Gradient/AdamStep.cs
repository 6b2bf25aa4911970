namespace Evorec.Training.Gradient;

/// <summary>
/// Adam (Kingma &amp; Ba, "Adam: a method for stochastic optimization", ICLR 2015, Algorithm 1):
/// m ← β₁ m + (1 − β₁) g; v ← β₂ v + (1 − β₂) g²; m̂ = m / (1 − β₁ᵗ); v̂ = v / (1 − β₂ᵗ);
/// θ ← θ − α m̂ / (√v̂ + ε). The step size α is the learning rate of the update.
/// </summary>
public sealed class AdamStep : IGradientStep
{
    private readonly double[] _first;
    private readonly double[] _second;
    private readonly double _beta1;
    private readonly double _beta2;
    private readonly double _epsilon;
    private double _beta1Power = 1.0;
    private double _beta2Power = 1.0;

    /// <summary>Creates the rule for <paramref name="count"/> parameters.</summary>
    public AdamStep(int count, double beta1, double beta2, double epsilon)
    {
        if (beta1 is < 0.0 or >= 1.0 || beta2 is < 0.0 or >= 1.0 || epsilon <= 0.0)
        {
            throw new ArgumentException($"Adam needs beta1, beta2 in [0, 1) and epsilon > 0, not {beta1}, {beta2}, {epsilon}.");
        }

        _first = new double[count];
        _second = new double[count];
        _beta1 = beta1;
        _beta2 = beta2;
        _epsilon = epsilon;
    }

    /// <inheritdoc/>
    public void Update(Span<double> parameters, ReadOnlySpan<double> gradient, double learningRate)
    {
        _beta1Power *= _beta1;
        _beta2Power *= _beta2;
        double firstCorrection = 1.0 - _beta1Power;
        double secondCorrection = 1.0 - _beta2Power;
        for (int i = 0; i < parameters.Length; i++)
        {
            double g = gradient[i];
            _first[i] = (_beta1 * _first[i]) + ((1.0 - _beta1) * g);
            _second[i] = (_beta2 * _second[i]) + ((1.0 - _beta2) * g * g);
            double firstEstimate = _first[i] / firstCorrection;
            double secondEstimate = _second[i] / secondCorrection;
            parameters[i] -= learningRate * firstEstimate / (Math.Sqrt(secondEstimate) + _epsilon);
        }
    }
}
