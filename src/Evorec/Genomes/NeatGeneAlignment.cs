namespace Evorec.Genomes;

/// <summary>
/// How the connection genes of two genomes line up by innovation number (Stanley &amp;
/// Miikkulainen 2002, §3.2, Figure 4): matching genes share an innovation number; genes that do
/// not match are disjoint when they fall within the range of the other genome's innovation numbers
/// and excess when they fall beyond it.
/// </summary>
/// <param name="Matching">Number of matching genes.</param>
/// <param name="Disjoint">Number of disjoint genes (of both genomes).</param>
/// <param name="Excess">Number of excess genes.</param>
/// <param name="WeightDifferenceSum">Sum of |w₁ − w₂| over matching genes, disabled ones included.</param>
public readonly record struct NeatGeneAlignment(int Matching, int Disjoint, int Excess, double WeightDifferenceSum)
{
    /// <summary>Aligns the connection genes of <paramref name="first"/> and <paramref name="second"/>.</summary>
    public static NeatGeneAlignment Of(NeatGenome first, NeatGenome second)
    {
        ReadOnlySpan<NeatConnectionGene> a = first.ConnectionSpan;
        ReadOnlySpan<NeatConnectionGene> b = second.ConnectionSpan;
        int maxA = first.MaxInnovation;
        int maxB = second.MaxInnovation;
        int i = 0;
        int j = 0;
        int matching = 0;
        int disjoint = 0;
        int excess = 0;
        double difference = 0;
        while (i < a.Length || j < b.Length)
        {
            if (i < a.Length && j < b.Length && a[i].Innovation == b[j].Innovation)
            {
                matching++;
                difference += Math.Abs(a[i].Weight - b[j].Weight);
                i++;
                j++;
            }
            else if (j >= b.Length || (i < a.Length && a[i].Innovation < b[j].Innovation))
            {
                if (a[i].Innovation > maxB)
                {
                    excess++;
                }
                else
                {
                    disjoint++;
                }

                i++;
            }
            else
            {
                if (b[j].Innovation > maxA)
                {
                    excess++;
                }
                else
                {
                    disjoint++;
                }

                j++;
            }
        }

        return new NeatGeneAlignment(matching, disjoint, excess, difference);
    }
}
