using MathNet.Numerics;

namespace Evorec.Reporting.Inference;

/// <summary>
/// Fisher's exact test of a 2 × 2 table (R. A. Fisher, "Statistical Methods for Research
/// Workers", 1934, §21.02), here successes and failures of two methods. Conditional on the
/// margins, the first cell is hypergeometric; the two-sided p-value sums the probabilities of
/// every table no more probable than the observed one (with R's relative tolerance of 10⁻⁷ for
/// ties in probability), as R's <c>fisher.test</c> computes it.
/// </summary>
public static class FisherExact
{
    private const double RelativeTolerance = 1 + 1e-7;

    /// <summary>
    /// The two-sided p-value for <paramref name="successesA"/> of <paramref name="trialsA"/>
    /// against <paramref name="successesB"/> of <paramref name="trialsB"/>; 1 when either has no trials.
    /// </summary>
    public static double TwoSided(int successesA, int trialsA, int successesB, int trialsB)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(successesA);
        ArgumentOutOfRangeException.ThrowIfNegative(successesB);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successesA, trialsA);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(successesB, trialsB);
        if (trialsA == 0 || trialsB == 0)
        {
            return 1;
        }

        int successes = successesA + successesB;
        int low = Math.Max(0, successes - trialsB);
        int high = Math.Min(trialsA, successes);
        var logProbabilities = new double[high - low + 1];
        for (int x = low; x <= high; x++)
        {
            logProbabilities[x - low] = LogChoose(trialsA, x) + LogChoose(trialsB, successes - x) - LogChoose(trialsA + trialsB, successes);
        }

        double observed = Math.Exp(logProbabilities[successesA - low]);
        double p = 0;
        foreach (double logProbability in logProbabilities)
        {
            double probability = Math.Exp(logProbability);
            if (probability <= observed * RelativeTolerance)
            {
                p += probability;
            }
        }

        return Math.Min(1, p);
    }

    private static double LogChoose(int n, int k) =>
        SpecialFunctions.FactorialLn(n) - SpecialFunctions.FactorialLn(k) - SpecialFunctions.FactorialLn(n - k);
}
