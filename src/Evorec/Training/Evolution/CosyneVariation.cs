using Evorec.Numerics;

namespace Evorec.Training.Evolution;

/// <summary>
/// The variation operators both CoSyNE schemes share (Gomez, Schmidhuber &amp; Miikkulainen, JMLR 9,
/// 2008, §3; Gomez's CoSyNE 1.1 code, 2007): breeding a pair, per-weight Cauchy or Gaussian mutation,
/// and the burst mutation around the best network.
/// </summary>
internal static class CosyneVariation
{
    /// <summary>Writes the two children of <paramref name="parent"/> and <paramref name="mate"/>: crossed at one point, or copies.</summary>
    public static void Breed(ReadOnlySpan<double> parent, ReadOnlySpan<double> mate, Span<double> first, Span<double> second, CosyneCrossover crossover, RandomStream random)
    {
        if (crossover == CosyneCrossover.OnePoint)
        {
            OnePointCrossover.Cross(parent, mate, first, second, random);
            return;
        }

        parent.CopyTo(first);
        mate.CopyTo(second);
    }

    /// <summary>Adds noise of scale <c>mutationScale</c> to each weight with probability <c>mutationRate</c>.</summary>
    public static void Mutate(Span<double> genome, CooperativeSynapseNeuroevolutionOptions options, RandomStream random)
    {
        for (int i = 0; i < genome.Length; i++)
        {
            if (random.NextDouble() < options.MutationRate)
            {
                double noise = options.Distribution == MutationDistribution.Cauchy ? random.NextCauchy() : random.NextGaussian();
                genome[i] += options.MutationScale * noise;
            }
        }
    }

    /// <summary>Rows [0, <paramref name="count"/>) become <paramref name="best"/> plus Cauchy noise of scale <paramref name="scale"/> per weight (CoSyNE 1.1 <c>burstMutate</c>).</summary>
    public static void Burst(CandidateBatch rows, int count, ReadOnlySpan<double> best, double scale, RandomStream random)
    {
        for (int j = 0; j < count; j++)
        {
            Span<double> row = rows[j];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = best[i] + (scale * random.NextCauchy());
            }
        }
    }
}
