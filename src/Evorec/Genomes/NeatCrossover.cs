using Evorec.Numerics;

namespace Evorec.Genomes;

/// <summary>
/// NEAT's crossover (Stanley &amp; Miikkulainen 2002, §3.2, Figure 4): the parents' connection
/// genes are lined up by innovation number; a matching gene is inherited from a parent chosen at
/// random (or, with probability <see cref="AverageProbability"/>, with the parents' mean weight,
/// NEAT 1.2.1's <c>mate_multipoint_avg</c>, used for 40% of matings there); disjoint and excess
/// genes come from the fitter parent, or from either at random (each with probability ½) when the
/// fitnesses are equal, as in Figure 4. A gene disabled in either parent is disabled in the child
/// with probability <see cref="DisableProbability"/> (paper §4.1: 75%), else enabled. Like NEAT
/// 1.2.1, a gene whose two nodes are already joined in the child is skipped (the same connection
/// can carry two innovation numbers when it arose in two generations). The child has the parents'
/// sensors and outputs and the hidden nodes its connection genes use.
/// <para>
/// One pass over the aligned genes; the "already joined" test and the set of nodes in use are
/// hash sets (<see cref="NeatKeySet"/>), and the child's hidden nodes are the merge of the parents'
/// (each sorted by id) restricted to those in use, so a crossover costs time linear in the genes.
/// An instance reuses its scratch buffers: use one per thread.
/// </para>
/// </summary>
/// <param name="disableProbability">Probability that a gene disabled in either parent is disabled in the child.</param>
/// <param name="averageProbability">Probability that matching genes get the mean of the parents' weights.</param>
public sealed class NeatCrossover(double disableProbability, double averageProbability)
{
    private readonly NeatKeySet _pairs = new();
    private readonly NeatKeySet _usedNodes = new();
    private NeatConnectionGene[] _buffer = new NeatConnectionGene[16];

    /// <summary>Probability that a gene disabled in either parent is disabled in the child.</summary>
    public double DisableProbability { get; } = disableProbability;

    /// <summary>Probability that matching genes get the mean of the parents' weights.</summary>
    public double AverageProbability { get; } = averageProbability;

    /// <summary>The child of <paramref name="first"/> and <paramref name="second"/> with their fitnesses.</summary>
    public NeatGenome Cross(NeatGenome first, double firstFitness, NeatGenome second, double secondFitness, RandomStream random)
    {
        bool average = random.NextDouble() < AverageProbability;
        int fitter = firstFitness > secondFitness ? 0 : secondFitness > firstFitness ? 1 : -1;
        ReadOnlySpan<NeatConnectionGene> a = first.ConnectionSpan;
        ReadOnlySpan<NeatConnectionGene> b = second.ConnectionSpan;
        int most = a.Length + b.Length;
        if (_buffer.Length < most)
        {
            _buffer = new NeatConnectionGene[Math.Max(most, 2 * _buffer.Length)];
        }

        Span<NeatConnectionGene> connections = _buffer;
        int count = 0;
        _pairs.Clear(most);
        _usedNodes.Clear(2 * most);
        int i = 0;
        int j = 0;
        while (i < a.Length || j < b.Length)
        {
            NeatConnectionGene chosen;
            if (i < a.Length && j < b.Length && a[i].Innovation == b[j].Innovation)
            {
                NeatConnectionGene x = a[i++];
                NeatConnectionGene y = b[j++];
                chosen = average
                    ? x with { Weight = (x.Weight + y.Weight) / 2.0 }
                    : random.NextDouble() < 0.5 ? x : y;
                if (!x.Enabled || !y.Enabled)
                {
                    chosen = chosen with { Enabled = random.NextDouble() >= DisableProbability };
                }
            }
            else
            {
                bool fromFirst = j >= b.Length || (i < a.Length && a[i].Innovation < b[j].Innovation);
                NeatConnectionGene gene = fromFirst ? a[i++] : b[j++];
                bool keep = fitter == -1 ? random.NextDouble() < 0.5 : fitter == (fromFirst ? 0 : 1);
                if (!keep)
                {
                    continue;
                }

                chosen = gene;
                if (!gene.Enabled)
                {
                    chosen = chosen with { Enabled = random.NextDouble() >= DisableProbability };
                }
            }

            if (_pairs.Add(NeatKeySet.Pair(chosen.Source, chosen.Target)))
            {
                connections[count++] = chosen;
                _usedNodes.Add(chosen.Source);
                _usedNodes.Add(chosen.Target);
            }
        }

        return NeatGenome.FromSorted(ChildNodes(first.NodeSpan, second.NodeSpan), ToList(connections[..count]));
    }

    /// <summary>The first parent's sensors and outputs, then the hidden nodes of either parent that the child's genes use, by id.</summary>
    private List<NeatNodeGene> ChildNodes(ReadOnlySpan<NeatNodeGene> first, ReadOnlySpan<NeatNodeGene> second)
    {
        int firstHidden = FirstHidden(first);
        int secondHidden = FirstHidden(second);
        int used = 0;
        for (int p = firstHidden; p < first.Length; p++)
        {
            used += _usedNodes.Contains(first[p].Id) ? 1 : 0;
        }

        for (int q = secondHidden; q < second.Length; q++)
        {
            used += _usedNodes.Contains(second[q].Id) ? 1 : 0;
        }

        var nodes = new List<NeatNodeGene>(firstHidden + used);
        nodes.AddRange(first[..firstHidden]);

        int i = firstHidden;
        int j = secondHidden;
        while (i < first.Length || j < second.Length)
        {
            NeatNodeGene node;
            if (j >= second.Length || (i < first.Length && first[i].Id <= second[j].Id))
            {
                node = first[i++];
                if (j < second.Length && second[j].Id == node.Id)
                {
                    j++;
                }
            }
            else
            {
                node = second[j++];
            }

            if (_usedNodes.Contains(node.Id))
            {
                nodes.Add(node);
            }
        }

        return nodes;
    }

    /// <summary>The position of the first hidden node (the node genes are sorted by id, hidden ones last).</summary>
    private static int FirstHidden(ReadOnlySpan<NeatNodeGene> nodes)
    {
        int index = nodes.Length;
        while (index > 0 && nodes[index - 1].Type == NeatNodeType.Hidden)
        {
            index--;
        }

        return index;
    }

    private static List<NeatConnectionGene> ToList(ReadOnlySpan<NeatConnectionGene> genes)
    {
        var list = new List<NeatConnectionGene>(genes.Length);
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(list, genes.Length);
        genes.CopyTo(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list));
        return list;
    }
}
