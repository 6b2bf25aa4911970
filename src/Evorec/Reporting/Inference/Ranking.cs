namespace Evorec.Reporting.Inference;

/// <summary>Mid-ranks of pooled samples: tied values share the mean of the ranks they occupy (ranks from 1).</summary>
internal static class Ranking
{
    /// <summary>
    /// The mid-ranks of <paramref name="first"/> followed by <paramref name="second"/>, and the size of
    /// every group of tied values. Infinities are ordinary values (all +∞ tie with each other, above every finite value).
    /// </summary>
    public static (double[] Ranks, int[] TieSizes) MidRanks(IReadOnlyList<double> first, IReadOnlyList<double> second)
    {
        double[] pooled = [.. first, .. second];
        foreach (double value in pooled)
        {
            if (double.IsNaN(value))
            {
                throw new ArgumentException("A rank test cannot rank NaN; give unsolved or broken runs +∞ to rank them worst.");
            }
        }

        int[] order = Enumerable.Range(0, pooled.Length).OrderBy(i => pooled[i]).ToArray();
        var ranks = new double[pooled.Length];
        var ties = new List<int>();
        for (int start = 0; start < order.Length;)
        {
            int end = start;
            while (end < order.Length && pooled[order[end]].Equals(pooled[order[start]]))
            {
                end++;
            }

            double rank = (start + 1 + end) / 2.0;
            for (int i = start; i < end; i++)
            {
                ranks[order[i]] = rank;
            }

            ties.Add(end - start);
            start = end;
        }

        return (ranks, ties.ToArray());
    }

    /// <summary>U of the first sample: the pairs (x, y) with x &gt; y, ties counting half (R₁ − n₁(n₁ + 1)/2).</summary>
    public static double U(double[] ranks, int firstCount)
    {
        double rankSum = 0;
        for (int i = 0; i < firstCount; i++)
        {
            rankSum += ranks[i];
        }

        return rankSum - (firstCount * (firstCount + 1) / 2.0);
    }
}
