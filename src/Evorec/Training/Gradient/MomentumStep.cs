namespace Evorec.Training.Gradient;

/// <summary>
/// Stochastic gradient descent with classical (heavy-ball) momentum (Polyak 1964; in the form of
/// Rumelhart, Hinton &amp; Williams 1986 and Sutskever et al., ICML 2013, eq. 1):
/// v ← μ v − η g, θ ← θ + v. With μ = 0 it is plain SGD, θ ← θ − η g.
/// </summary>
public sealed class MomentumStep : IGradientStep
{
    private readonly double[] _velocity;
    private readonly double _momentum;

    /// <summary>Creates the rule for <paramref name="count"/> parameters with momentum μ.</summary>
    public MomentumStep(int count, double momentum)
    {
        if (momentum is < 0.0 or >= 1.0)
        {
            throw new ArgumentOutOfRangeException(nameof(momentum), momentum, "momentum must be in [0, 1).");
        }

        _velocity = new double[count];
        _momentum = momentum;
    }

    /// <inheritdoc/>
    public void Update(Span<double> parameters, ReadOnlySpan<double> gradient, double learningRate)
    {
        for (int i = 0; i < parameters.Length; i++)
        {
            _velocity[i] = (_momentum * _velocity[i]) - (learningRate * gradient[i]);
            parameters[i] += _velocity[i];
        }
    }
}
