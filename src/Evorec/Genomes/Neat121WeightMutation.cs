using Evorec.Numerics;

namespace Evorec.Genomes;

/// <summary>
/// The weight mutation of Stanley's NEAT 1.2.1 C++ code, <c>Genome::mutate_link_weights(power,
/// rate, GAUSSIAN)</c> in <c>genome.cpp</c> (the "original method" loop; the goNEAT port's
/// <c>Genome.mutateLinkWeights</c> in <c>neat/genetics/genome.go</c> is the same but has no cap).
/// <c>Species::reproduce</c> calls it with <c>mutate_link_weights_prob</c> on offspring without a
/// structural mutation and on the population champion's copies, always with rate 1.0 and power
/// <c>weight_mut_power</c>. One call:
/// <list type="number">
/// <item>draws <c>severe</c> once (<c>randfloat() &gt; 0.5</c>, so half the calls);</item>
/// <item>for each connection gene i of the n (innovation order, disabled genes included), sets two
/// thresholds: severe, 0.3 and 0.1; else, in the tail of a genome of at least 10 genes
/// (i &gt; 0.8·n, 0-based — the newest genes, "less time-tested"), 0.5 and 0.3; else 1 − rate and,
/// by a further draw, 1 − rate − 0.1 or 1 − rate ("half the time don't do any cold mutations");</item>
/// <item>draws the noise <c>randposneg()·randfloat()·power</c> (a random sign, then a uniform
/// magnitude: uniform in ±power), then a choice c: c above the first threshold adds the noise
/// (perturbation), c above the second only replaces the weight by it (cold mutation), else the
/// weight stays;</item>
/// <item>clamps the weight to ±cap ("Cap the weights at 8.0 (experimental)").</item>
/// </list>
/// With rate 1.0 a call therefore perturbs every weight (non-severe, older genes), or perturbs 70%,
/// replaces 20% and keeps 10% (severe), or in the tail perturbs 50%, replaces 20% and keeps 30%.
/// The draws per gene are: the cold coin (only in the last case), the sign, the magnitude, the
/// choice. Allocates nothing.
/// </summary>
public static class Neat121WeightMutation
{
    /// <summary>The rate every call site of NEAT 1.2.1 passes.</summary>
    public const double ReproductionRate = 1.0;

    /// <summary>Genomes with at least this many genes mutate their tail differently (NEAT 1.2.1: 10).</summary>
    public const int TailGenomeGenes = 10;

    /// <summary>The tail starts after this fraction of the genes (NEAT 1.2.1 <c>endpart</c>: 0.8).</summary>
    public const double TailStart = 0.8;

    /// <summary>Mutates the weights of <paramref name="genes"/> in place as described above.</summary>
    public static void Mutate(Span<NeatConnectionGene> genes, double power, double rate, double cap, RandomStream random)
    {
        bool severe = random.NextDouble() > 0.5;
        for (int i = 0; i < genes.Length; i++)
        {
            bool cold = !severe && !InTail(i, genes.Length) && random.NextDouble() > 0.5;
            (double gaussPoint, double coldPoint) = Thresholds(severe, i, genes.Length, cold, rate);
            double sign = random.NextInt(2) == 1 ? 1.0 : -1.0;
            double noise = sign * random.NextDouble() * power;
            double choice = random.NextDouble();
            double weight = genes[i].Weight;
            if (choice > gaussPoint)
            {
                weight += noise;
            }
            else if (choice > coldPoint)
            {
                weight = noise;
            }

            genes[i] = genes[i] with { Weight = Math.Clamp(weight, -cap, cap) };
        }
    }

    /// <summary>Whether gene <paramref name="index"/> of <paramref name="count"/> lies in the tail (count ≥ 10 and index &gt; 0.8·count).</summary>
    public static bool InTail(int index, int count) => count >= TailGenomeGenes && index > count * TailStart;

    /// <summary>
    /// The two thresholds (<c>gausspoint</c>, <c>coldgausspoint</c>) of gene <paramref name="index"/>
    /// of <paramref name="count"/>; <paramref name="cold"/> is the outcome of the coin that allows
    /// cold mutations on older genes outside severe calls (ignored elsewhere).
    /// </summary>
    public static (double GaussPoint, double ColdPoint) Thresholds(bool severe, int index, int count, bool cold, double rate)
    {
        if (severe)
        {
            return (0.3, 0.1);
        }

        if (InTail(index, count))
        {
            return (0.5, 0.3);
        }

        return cold ? (1.0 - rate, 1.0 - rate - 0.1) : (1.0 - rate, 1.0 - rate);
    }
}
