using MathNet.Numerics;

namespace Evorec.Reporting.Inference;

/// <summary>
/// The two-sided Mann-Whitney U test (Wilcoxon rank-sum test) of two independent samples (H. B.
/// Mann &amp; D. R. Whitney, Annals of Mathematical Statistics 18(1), 1947; F. Wilcoxon, Biometrics
/// Bulletin 1(6), 1945). Values may be +∞ — an unsolved run ranked worst — and then tie with each
/// other. Small samples get the exact p-value, larger ones the normal approximation, as in
/// Hollander &amp; Wolfe, "Nonparametric Statistical Methods" (1973), §4.1.
/// </summary>
/// <remarks>
/// <para>Exact (<see cref="Exact"/>): the permutation distribution of the first sample's rank sum
/// over all C(n₁ + n₂, n₁) equally likely assignments of the pooled mid-ranks, counted by dynamic
/// programming. Without ties it is the classical null distribution that R's <c>wilcox.test</c>
/// uses; with ties it is the conditional (permutation) distribution given the ties, as in
/// <c>coin::wilcox_test(distribution = "exact")</c> — R's <c>wilcox.test</c> falls back to the normal
/// approximation there instead. The two-sided p-value is min(1, 2 · min(P(S ≤ s), P(S ≥ s))), R's rule.</para>
/// <para>Normal (<see cref="NormalApproximation"/>): z = (U − n₁n₂/2 − ½ sign(U − n₁n₂/2)) / σ with
/// σ² = n₁n₂/12 · ((N + 1) − Σ(t³ − t) / (N(N − 1))) over tie groups of size t, p = 2Φ(−|z|): R's
/// <c>wilcox.test(exact = FALSE, correct = TRUE)</c>. All values tied gives p = 1.</para>
/// </remarks>
public static class MannWhitneyU
{
    /// <summary>Samples with fewer values than this on both sides get the exact p-value (R's threshold).</summary>
    public const int ExactLimit = 50;

    /// <summary>The test, exact when both samples have fewer than <see cref="ExactLimit"/> values, otherwise by the normal approximation.</summary>
    /// <exception cref="ArgumentException">A sample is empty or holds NaN.</exception>
    public static MannWhitneyResult Test(IReadOnlyList<double> first, IReadOnlyList<double> second) =>
        first.Count < ExactLimit && second.Count < ExactLimit ? Exact(first, second) : NormalApproximation(first, second);

    /// <summary>The test with the exact (permutation) p-value.</summary>
    public static MannWhitneyResult Exact(IReadOnlyList<double> first, IReadOnlyList<double> second)
    {
        RequireValues(first, second);
        var (ranks, _) = Ranking.MidRanks(first, second);
        int n1 = first.Count;
        int total = ranks.Length;

        // Doubled mid-ranks are integers; count subsets of size k by their doubled rank sum.
        int[] scores = ranks.Select(r => (int)Math.Round(2 * r)).ToArray();
        int maximum = scores.OrderDescending().Take(n1).Sum();
        var counts = new double[n1 + 1, maximum + 1];
        counts[0, 0] = 1;
        for (int item = 0; item < total; item++)
        {
            int score = scores[item];
            for (int size = Math.Min(item + 1, n1); size >= 1; size--)
            {
                for (int sum = maximum - score; sum >= 0; sum--)
                {
                    double ways = counts[size - 1, sum];
                    if (ways != 0)
                    {
                        counts[size, sum + score] += ways;
                    }
                }
            }
        }

        int observed = scores.Take(n1).Sum();
        double all = 0;
        double atMost = 0;
        double atLeast = 0;
        for (int sum = 0; sum <= maximum; sum++)
        {
            double ways = counts[n1, sum];
            all += ways;
            atMost += sum <= observed ? ways : 0;
            atLeast += sum >= observed ? ways : 0;
        }

        double p = Math.Min(1, 2 * Math.Min(atMost, atLeast) / all);
        return new MannWhitneyResult(Ranking.U(ranks, n1), p, RankTestMethod.Exact);
    }

    /// <summary>The test with the normal approximation's p-value (tie and continuity corrections).</summary>
    public static MannWhitneyResult NormalApproximation(IReadOnlyList<double> first, IReadOnlyList<double> second)
    {
        RequireValues(first, second);
        var (ranks, ties) = Ranking.MidRanks(first, second);
        double n1 = first.Count;
        double n2 = second.Count;
        double n = n1 + n2;
        double u = Ranking.U(ranks, first.Count);
        double tieSum = ties.Sum(t => ((double)t * t * t) - t);
        double variance = n1 * n2 / 12 * ((n + 1) - (tieSum / (n * (n - 1))));
        if (!(variance > 0))
        {
            return new MannWhitneyResult(u, 1, RankTestMethod.Normal);
        }

        double difference = u - (n1 * n2 / 2);
        double z = (difference - (0.5 * Math.Sign(difference))) / Math.Sqrt(variance);
        double p = SpecialFunctions.Erfc(Math.Abs(z) / Math.Sqrt(2));
        return new MannWhitneyResult(u, Math.Min(1, p), RankTestMethod.Normal);
    }

    private static void RequireValues(IReadOnlyList<double> first, IReadOnlyList<double> second)
    {
        if (first.Count == 0 || second.Count == 0)
        {
            throw new ArgumentException("Both samples need at least one value.");
        }
    }
}
