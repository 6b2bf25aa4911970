namespace Evorec.Reporting.Inference;

/// <summary>
/// The Wilson score interval of a binomial proportion (E. B. Wilson, "Probable inference, the law
/// of succession, and statistical inference", JASA 22, 1927; recommended over the Wald interval by
/// Brown, Cai &amp; DasGupta, Statistical Science 16(2), 2001, and by Newcombe, Statistics in
/// Medicine 17, 1998, method 3). With p̂ = x/n and z the 97.5% normal quantile:
/// centre (p̂ + z²/2n) / (1 + z²/n), half-width z / (1 + z²/n) · √(p̂(1 − p̂)/n + z²/4n²).
/// It equals R's <c>prop.test(x, n, correct = FALSE)$conf.int</c>.
/// </summary>
public static class WilsonInterval
{
    /// <summary>Φ⁻¹(0.975), the normal quantile of a two-sided 95% interval.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>
    /// The 95% interval of <paramref name="successes"/> out of <paramref name="trials"/>; null for no trials.
    /// The bounds are exactly 0 for no successes and exactly 1 for all successes (the formula's values there, without rounding noise).
    /// </summary>
    public static (double Low, double High)? Of(int successes, int trials)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successes, trials);
        if (trials == 0)
        {
            return null;
        }

        double n = trials;
        double p = successes / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + (z2 / n);
        double centre = (p + (z2 / (2 * n))) / denominator;
        double half = Z95 / denominator * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n)));
        double low = successes == 0 ? 0 : Math.Max(0, centre - half);
        double high = successes == trials ? 1 : Math.Min(1, centre + half);
        return (low, high);
    }
}
