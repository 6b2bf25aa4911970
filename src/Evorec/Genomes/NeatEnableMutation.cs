using Evorec.Numerics;

namespace Evorec.Genomes;

/// <summary>
/// NEAT 1.2.1's two mutations of the enable bit, which the 2002 paper does not describe (its §4.1
/// lists none; NEAT 1.2.1's XOR and Markov pole-balancing parameter files set both to 0, its
/// <c>p2nv.ne</c> for double pole without velocities to <c>mutate_toggle_enable_prob</c> 0.1 and
/// <c>mutate_gene_reenable_prob</c> 0.05):
/// <list type="bullet">
/// <item>toggle (<c>Genome::mutate_toggle_enable(1)</c>): a connection gene chosen uniformly is
/// enabled if it is disabled; if it is enabled it is disabled only when another enabled gene
/// leaves the same source node ("we need to make sure that another gene connects out of the
/// in-node, because if not a section of network will break off and become isolated"), otherwise
/// it stays as it is. (The goNEAT port's <c>mutateToggleEnable</c> never enables a gene; this
/// follows the C++.)</item>
/// <item>re-enable (<c>Genome::mutate_gene_reenable</c>): the first disabled gene in innovation
/// order is enabled; nothing changes when all are enabled.</item>
/// </list>
/// Neither allocates.
/// </summary>
public static class NeatEnableMutation
{
    /// <summary>Toggles a connection gene chosen uniformly (one draw); false when the genome has none or the gene was kept enabled.</summary>
    public static bool Toggle(NeatGenome genome, RandomStream random)
    {
        int count = genome.Connections.Count;
        return count > 0 && Toggle(genome, random.NextInt(count));
    }

    /// <summary>Toggles connection gene <paramref name="index"/> as described above; false when it was kept enabled.</summary>
    public static bool Toggle(NeatGenome genome, int index)
    {
        ReadOnlySpan<NeatConnectionGene> genes = genome.ConnectionSpan;
        NeatConnectionGene gene = genes[index];
        if (!gene.Enabled)
        {
            genome.Enable(index);
            return true;
        }

        for (int i = 0; i < genes.Length; i++)
        {
            if (i != index && genes[i].Enabled && genes[i].Source == gene.Source)
            {
                genome.Disable(index);
                return true;
            }
        }

        return false;
    }

    /// <summary>Enables the first disabled connection gene; false when there is none.</summary>
    public static bool Reenable(NeatGenome genome)
    {
        ReadOnlySpan<NeatConnectionGene> genes = genome.ConnectionSpan;
        for (int i = 0; i < genes.Length; i++)
        {
            if (!genes[i].Enabled)
            {
                genome.Enable(i);
                return true;
            }
        }

        return false;
    }
}
