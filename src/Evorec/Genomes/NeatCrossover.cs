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
/// </summary>
/// <param name="DisableProbability">Probability that a gene disabled in either parent is disabled in the child.</param>
/// <param name="AverageProbability">Probability that matching genes get the mean of the parents' weights.</param>
public sealed record NeatCrossover(double DisableProbability, double AverageProbability)
{
    /// <summary>The child of <paramref name="first"/> and <paramref name="second"/> with their fitnesses.</summary>
    public NeatGenome Cross(NeatGenome first, double firstFitness, NeatGenome second, double secondFitness, RandomStream random)
    {
        bool average = random.NextDouble() < AverageProbability;
        int fitter = firstFitness > secondFitness ? 0 : secondFitness > firstFitness ? 1 : -1;
        ReadOnlySpan<NeatConnectionGene> a = first.ConnectionSpan;
        ReadOnlySpan<NeatConnectionGene> b = second.ConnectionSpan;
        var connections = new List<NeatConnectionGene>(Math.Max(a.Length, b.Length) + 2);
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

            if (!Joins(connections, chosen.Source, chosen.Target))
            {
                connections.Add(chosen);
            }
        }

        var nodes = new List<NeatNodeGene>(first.Nodes.Count + 2);
        foreach (NeatNodeGene node in first.NodeSpan)
        {
            if (node.Type != NeatNodeType.Hidden)
            {
                nodes.Add(node);
            }
        }

        int sensorsAndOutputs = nodes.Count;
        AddHidden(first, connections, nodes);
        AddHidden(second, connections, nodes);
        nodes.Sort(sensorsAndOutputs, nodes.Count - sensorsAndOutputs, NodeOrder.Instance);
        return NeatGenome.FromSorted(nodes, connections);
    }

    private sealed class NodeOrder : IComparer<NeatNodeGene>
    {
        public static readonly NodeOrder Instance = new();

        public int Compare(NeatNodeGene x, NeatNodeGene y) => x.Id.CompareTo(y.Id);
    }

    private static bool Joins(List<NeatConnectionGene> connections, int source, int target)
    {
        foreach (NeatConnectionGene connection in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(connections))
        {
            if (connection.Source == source && connection.Target == target)
            {
                return true;
            }
        }

        return false;
    }

    private static void AddHidden(NeatGenome parent, List<NeatConnectionGene> connections, List<NeatNodeGene> nodes)
    {
        foreach (NeatNodeGene node in parent.NodeSpan)
        {
            if (node.Type != NeatNodeType.Hidden || Contains(nodes, node.Id))
            {
                continue;
            }

            foreach (NeatConnectionGene connection in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(connections))
            {
                if (connection.Source == node.Id || connection.Target == node.Id)
                {
                    nodes.Add(node);
                    break;
                }
            }
        }
    }

    private static bool Contains(List<NeatNodeGene> nodes, int id)
    {
        foreach (NeatNodeGene node in System.Runtime.InteropServices.CollectionsMarshal.AsSpan(nodes))
        {
            if (node.Id == id)
            {
                return true;
            }
        }

        return false;
    }
}
