namespace Evorec.Reporting.Inference;

/// <summary>
/// The Vargha-Delaney A measure of stochastic superiority (A. Vargha &amp; H. D. Delaney, "A
/// critique and improvement of the CL common language effect size statistics of McGraw and Wong",
/// Journal of Educational and Behavioral Statistics 25(2), 2000, eq. 4 and §4): A₁₂ = P(X &gt; Y) +
/// ½ P(X = Y) for X drawn from the first sample and Y from the second, estimated over all pairs,
/// which equals U₁ / (n₁n₂). 0.5 means no difference; Arcuri &amp; Briand (ICSE 2011) recommend it
/// for comparing randomised algorithms.
/// </summary>
public static class VarghaDelaney
{
    /// <summary>A₁₂ of <paramref name="first"/> over <paramref name="second"/> (+∞ values tie with each other).</summary>
    /// <exception cref="ArgumentException">A sample is empty or holds NaN.</exception>
    public static double A(IReadOnlyList<double> first, IReadOnlyList<double> second)
    {
        if (first.Count == 0 || second.Count == 0)
        {
            throw new ArgumentException("Both samples need at least one value.");
        }

        var (ranks, _) = Ranking.MidRanks(first, second);
        return Ranking.U(ranks, first.Count) / ((double)first.Count * second.Count);
    }

    /// <summary>
    /// Vargha and Delaney's labels (2000, p. 106): |A − 0.5| of at least 0.06 is small, 0.14 medium
    /// and 0.21 large (A = 0.56, 0.64, 0.71 or symmetrically 0.44, 0.36, 0.29); below 0.06, negligible.
    /// </summary>
    public static EffectMagnitude Magnitude(double a)
    {
        // Rounded to 10⁻⁹ so that a ratio such as 64/100 lands on its threshold despite rounding.
        double distance = Math.Round(Math.Abs(a - 0.5), 9);
        return distance >= 0.21 ? EffectMagnitude.Large
            : distance >= 0.14 ? EffectMagnitude.Medium
            : distance >= 0.06 ? EffectMagnitude.Small
            : EffectMagnitude.Negligible;
    }
}
