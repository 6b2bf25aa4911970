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
    /// <remarks>
    /// One merge of the two innovation-sorted lists: while both have genes left, a gene without a
    /// match lies below the other list's current gene, hence within its range, so it is disjoint;
    /// the genes left over once one list is exhausted lie beyond the other's last innovation, so they
    /// are the excess genes.
    /// </remarks>
    public static NeatGeneAlignment Of(NeatGenome first, NeatGenome second)
    {
        ReadOnlySpan<NeatConnectionGene> a = first.ConnectionSpan;
        ReadOnlySpan<NeatConnectionGene> b = second.ConnectionSpan;
        int i = 0;
        int j = 0;
        int matching = 0;
        int disjoint = 0;
        double difference = 0;
        while (i < a.Length && j < b.Length)
        {
            int x = a[i].Innovation;
            int y = b[j].Innovation;
            if (x == y)
            {
                matching++;
                difference += Math.Abs(a[i].Weight - b[j].Weight);
                i++;
                j++;
            }
            else
            {
                disjoint++;
                if (x < y)
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }
        }

        return new NeatGeneAlignment(matching, disjoint, a.Length - i + (b.Length - j), difference);
    }
}
