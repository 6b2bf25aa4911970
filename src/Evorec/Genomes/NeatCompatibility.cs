namespace Evorec.Genomes;

/// <summary>
/// The compatibility distance of NEAT (Stanley &amp; Miikkulainen 2002, §3.3, Equation 1):
/// δ = c₁·E/N + c₂·D/N + c₃·W̄, with E the excess and D the disjoint genes, W̄ the mean weight
/// difference of matching genes (disabled genes included, as NEAT 1.2.1's
/// <c>Genome::compatibility</c>; 0 when no gene matches), and N the number of genes in the larger
/// genome — set to 1 when both genomes have fewer than <see cref="SmallGenomeSize"/> genes, as the
/// paper allows ("N can be set to 1 if both genomes are small, i.e., consist of fewer than 20
/// genes"). NEAT 1.2.1 always uses N = 1; set <see cref="SmallGenomeSize"/> to
/// <see cref="int.MaxValue"/> for that.
/// </summary>
/// <param name="ExcessCoefficient">c₁ (paper §4.1: 1.0).</param>
/// <param name="DisjointCoefficient">c₂ (paper §4.1: 1.0).</param>
/// <param name="WeightCoefficient">c₃ (paper §4.1: 0.4; 3.0 for double pole without velocities).</param>
/// <param name="SmallGenomeSize">Genomes with fewer genes than this are not normalized (paper: 20).</param>
public sealed record NeatCompatibility(double ExcessCoefficient, double DisjointCoefficient, double WeightCoefficient, int SmallGenomeSize)
{
    /// <summary>δ between <paramref name="first"/> and <paramref name="second"/>.</summary>
    public double Distance(NeatGenome first, NeatGenome second)
    {
        NeatGeneAlignment alignment = NeatGeneAlignment.Of(first, second);
        int larger = Math.Max(first.Connections.Count, second.Connections.Count);
        double n = larger < SmallGenomeSize ? 1.0 : larger;
        double meanWeightDifference = alignment.Matching == 0 ? 0.0 : alignment.WeightDifferenceSum / alignment.Matching;
        return (ExcessCoefficient * alignment.Excess / n)
            + (DisjointCoefficient * alignment.Disjoint / n)
            + (WeightCoefficient * meanWeightDifference);
    }
}
