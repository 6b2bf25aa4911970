using Evorec.Numerics;

namespace Evorec.Training.Evolution;

/// <summary>
/// CoSyNE's permutation step (Gomez, Schmidhuber &amp; Miikkulainen, JMLR 9, 2008, §3, the step
/// after Algorithm 1's recombination): each entry x_ij of a weight subpopulation is marked with
/// probability p_ij = 1 − ((f_j − f_min) / (f_max − f_min))^(1/n), where f_j is the fitness of
/// the network the entry took part in, f_min and f_max the worst and best network fitness of the
/// generation and n the number of weights (subpopulations); then, in each subpopulation, the
/// marked entries are shuffled among themselves. The best network's entries have p = 0 and stay.
/// </summary>
internal static class SynapsePermutation
{
    /// <summary>
    /// The marking probability of an entry whose network had <paramref name="fitness"/>. Edge
    /// cases, which the paper does not discuss: a non-finite fitness, or a generation whose finite
    /// fitnesses are all equal, normalises to 0 (always marked) — the caller keeps the first-ranked
    /// network out of the marking so it never moves.
    /// </summary>
    public static double Probability(double fitness, double worst, double best, int weightCount)
    {
        if (!double.IsFinite(fitness) || !(best > worst))
        {
            return 1.0;
        }

        double normalized = Math.Clamp((fitness - worst) / (best - worst), 0.0, 1.0);
        return 1.0 - Math.Pow(normalized, 1.0 / weightCount);
    }

    /// <summary>
    /// Marks and permutes weight column <paramref name="column"/> of rows [0, <paramref name="rowCount"/>)
    /// of <paramref name="rows"/>: row j is marked with <paramref name="probability"/>[j], and the
    /// values of the marked rows are permuted uniformly at random (Fisher-Yates). Returns the
    /// number of marked rows; their indices are left in <paramref name="marked"/>.
    /// </summary>
    public static int MarkAndPermute(
        CandidateBatch rows,
        int rowCount,
        int column,
        ReadOnlySpan<double> probability,
        Span<int> marked,
        Span<double> values,
        RandomStream random)
    {
        int count = 0;
        for (int j = 0; j < rowCount; j++)
        {
            if (random.NextDouble() < probability[j])
            {
                marked[count++] = j;
            }
        }

        for (int k = 0; k < count; k++)
        {
            values[k] = rows[marked[k]][column];
        }

        random.Shuffle(values[..count]);
        for (int k = 0; k < count; k++)
        {
            rows[marked[k]][column] = values[k];
        }

        return count;
    }
}
