namespace Evorec.Tasks;

/// <summary>
/// The Mackey-Glass delay differential equation (Mackey &amp; Glass, Science 197, 1977),
/// dx/dt = β x(t−τ) / (1 + x(t−τ)^n) − γ x(t) with β = 0.2, γ = 0.1, n = 10,
/// in the chaotic regime τ = 17 used by Jaeger &amp; Haas (Science 304, 2004).
/// Integrated by classical fourth-order Runge-Kutta with a fine step (0.1 by default) and the
/// delayed values linearly interpolated from the stored fine-step history, or by forward Euler as Jaeger
/// prepared the ESN benchmark data (GMD Report 148, 2001, §6.1, eq. 23); x(t) = x₀ for t ≤ 0.
/// </summary>
public static class MackeyGlassSeries
{
    /// <summary>β of the equation.</summary>
    public const double Beta = 0.2;

    /// <summary>γ of the equation.</summary>
    public const double Gamma = 0.1;

    /// <summary>The exponent n of the equation.</summary>
    public const double Exponent = 10.0;

    /// <summary>
    /// Returns <paramref name="count"/> samples x(0), x(Δ), x(2Δ), … with Δ = <paramref name="sampleInterval"/>.
    /// </summary>
    public static double[] Generate(int count, double tau = 17.0, double step = 0.1, double sampleInterval = 1.0, double initial = 1.2, MackeyGlassIntegrator integrator = MackeyGlassIntegrator.RungeKutta4)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(step);
        int stepsPerSample = (int)Math.Round(sampleInterval / step);
        if (stepsPerSample < 1 || Math.Abs((stepsPerSample * step) - sampleInterval) > 1e-9)
        {
            throw new ArgumentException("The sample interval must be a whole number of integration steps.", nameof(sampleInterval));
        }

        int totalSteps = (count - 1) * stepsPerSample;
        var fine = new double[totalSteps + 1];
        fine[0] = initial;
        double delaySteps = tau / step;
        for (int n = 0; n < totalSteps; n++)
        {
            double x = fine[n];
            if (integrator == MackeyGlassIntegrator.Euler)
            {
                fine[n + 1] = x + (step * Derivative(x, Delayed(fine, n - delaySteps, initial)));
                continue;
            }

            double delayed0 = Delayed(fine, n - delaySteps, initial);
            double delayedHalf = Delayed(fine, n + 0.5 - delaySteps, initial);
            double delayed1 = Delayed(fine, n + 1 - delaySteps, initial);
            double k1 = Derivative(x, delayed0);
            double k2 = Derivative(x + (0.5 * step * k1), delayedHalf);
            double k3 = Derivative(x + (0.5 * step * k2), delayedHalf);
            double k4 = Derivative(x + (step * k3), delayed1);
            fine[n + 1] = x + (step / 6.0 * (k1 + (2 * k2) + (2 * k3) + k4));
        }

        var samples = new double[count];
        for (int i = 0; i < count; i++)
        {
            samples[i] = fine[i * stepsPerSample];
        }

        return samples;
    }

    /// <summary>The right-hand side of the equation.</summary>
    public static double Derivative(double x, double delayed) =>
        (Beta * delayed / (1.0 + Math.Pow(delayed, Exponent))) - (Gamma * x);

    private static double Delayed(double[] fine, double index, double initial)
    {
        if (index <= 0)
        {
            return index == 0 ? fine[0] : initial;
        }

        int lower = (int)Math.Floor(index);
        double fraction = index - lower;
        return fraction == 0 ? fine[lower] : fine[lower] + (fraction * (fine[lower + 1] - fine[lower]));
    }
}
