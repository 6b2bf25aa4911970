namespace Evorec.Reporting.Inference;

/// <summary>
/// Holm's step-down correction of p-values for multiple comparisons (S. Holm, "A simple
/// sequentially rejective multiple test procedure", Scandinavian Journal of Statistics 6(2), 1979):
/// with the m p-values sorted ascending, the adjusted p₍ᵢ₎ = max over j ≤ i of min(1, (m − j + 1) p₍ⱼ₎).
/// Rejecting where the adjusted value is below α controls the family-wise error rate at α.
/// Equals R's <c>p.adjust(p, method = "holm")</c>.
/// </summary>
public static class HolmBonferroni
{
    /// <summary>The adjusted p-values, in the input's order; null entries (tests not done) stay null and do not count in m.</summary>
    public static double?[] Adjust(IReadOnlyList<double?> pValues)
    {
        var present = Enumerable.Range(0, pValues.Count)
            .Where(i => pValues[i].HasValue)
            .OrderBy(i => pValues[i]!.Value)
            .ThenBy(i => i)
            .ToArray();
        var adjusted = new double?[pValues.Count];
        double running = 0;
        for (int rank = 0; rank < present.Length; rank++)
        {
            double p = pValues[present[rank]]!.Value;
            if (double.IsNaN(p) || p < 0 || p > 1)
            {
                throw new ArgumentException($"A p-value must lie in [0, 1], not {p}.", nameof(pValues));
            }

            running = Math.Max(running, Math.Min(1, (present.Length - rank) * p));
            adjusted[present[rank]] = running;
        }

        return adjusted;
    }
}
