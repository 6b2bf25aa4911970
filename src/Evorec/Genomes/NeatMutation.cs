using Evorec.Numerics;

namespace Evorec.Genomes;

/// <summary>
/// NEAT's mutations (Stanley &amp; Miikkulainen 2002, §3.1, Figure 3, and §4.1):
/// <list type="bullet">
/// <item>weights: each connection weight is perturbed by a uniform draw from
/// [−<see cref="WeightPower"/>, <see cref="WeightPower"/>] or, with probability
/// <see cref="WeightReplaceProbability"/>, replaced by such a draw (paper §4.1: "each weight had
/// a 90% chance of being uniformly perturbed and a 10% chance of being assigned a new random
/// value"; the range is NEAT 1.2.1's <c>weight_mut_power</c> 2.5, where both the perturbation and
/// the cold replacement are uniform in ±power, <c>Genome::mutate_link_weights</c>), then clamped
/// to [−<see cref="WeightCap"/>, <see cref="WeightCap"/>] as NEAT 1.2.1 does ("Cap the weights at
/// 8.0 (experimental)"; the paper does not mention a cap);</item>
/// <item>add node: an enabled connection, chosen uniformly, is split; the old connection is
/// disabled, the new one into the new node gets weight 1 and the one out of it the old weight
/// (§3.1); as in NEAT 1.2.1 (<c>Genome::mutate_add_node</c>) connections from the bias node are
/// not split (NEAT 1.2.1 also favours older genes in genomes of fewer than 15 genes, which the
/// paper does not mention and this does not do);</item>
/// <item>add connection: a new connection with a weight uniform in
/// [−<see cref="NewConnectionWeightRange"/>, <see cref="NewConnectionWeightRange"/>] (NEAT 1.2.1:
/// ±1) joins two unconnected nodes. As in NEAT 1.2.1 (<c>Genome::mutate_add_link</c>,
/// <c>recur_only_prob</c>), with probability <see cref="RecurrentProbability"/> it looks only for a
/// recurrent connection (one closing a cycle, self-loops included), otherwise only for a
/// feed-forward one; connections out of output nodes count as recurrent there. It makes up to
/// <see cref="ConnectionTries"/> random picks (NEAT 1.2.1 <c>newlink_tries</c> 20) and gives up
/// if none fits.</item>
/// </list>
/// </summary>
/// <param name="WeightPower">Range of weight perturbations and replacements.</param>
/// <param name="WeightReplaceProbability">Probability that a mutated weight is replaced rather than perturbed.</param>
/// <param name="NewConnectionWeightRange">Range of a new connection's weight.</param>
/// <param name="RecurrentProbability">Probability that add-connection looks for a recurrent connection.</param>
/// <param name="ConnectionTries">Random picks add-connection makes before it gives up.</param>
/// <param name="WeightCap">The largest magnitude a weight mutation leaves.</param>
public sealed record NeatMutation(double WeightPower, double WeightReplaceProbability, double NewConnectionWeightRange, double RecurrentProbability, int ConnectionTries, double WeightCap)
{
    /// <summary>Perturbs or replaces every connection weight of <paramref name="genome"/>.</summary>
    public void MutateWeights(NeatGenome genome, RandomStream random)
    {
        for (int i = 0; i < genome.Connections.Count; i++)
        {
            double draw = random.NextDouble(-WeightPower, WeightPower);
            double weight = random.NextDouble() < WeightReplaceProbability ? draw : genome.Connections[i].Weight + draw;
            genome.SetWeight(i, Math.Clamp(weight, -WeightCap, WeightCap));
        }
    }

    /// <summary>Splits a random enabled connection not from the bias node; false when there is none or the node already exists.</summary>
    public bool AddNode(NeatGenome genome, NeatInnovationTracker tracker, RandomStream random)
    {
        int splittable = 0;
        for (int i = 0; i < genome.Connections.Count; i++)
        {
            if (IsSplittable(genome, genome.Connections[i]))
            {
                splittable++;
            }
        }

        if (splittable == 0)
        {
            return false;
        }

        int pick = random.NextInt(splittable);
        int index = -1;
        for (int i = 0; i < genome.Connections.Count; i++)
        {
            if (IsSplittable(genome, genome.Connections[i]) && pick-- == 0)
            {
                index = i;
                break;
            }
        }

        NeatConnectionGene old = genome.Connections[index];
        NeatNodeSplit split = tracker.Split(old.Innovation);
        if (genome.ContainsNode(split.NodeId))
        {
            return false;
        }

        genome.Disable(index);
        genome.InsertNode(new NeatNodeGene(split.NodeId, NeatNodeType.Hidden));
        genome.InsertConnection(new NeatConnectionGene(split.IncomingInnovation, old.Source, split.NodeId, 1.0, true));
        genome.InsertConnection(new NeatConnectionGene(split.OutgoingInnovation, split.NodeId, old.Target, old.Weight, true));
        return true;
    }

    private static bool IsSplittable(NeatGenome genome, NeatConnectionGene connection) =>
        connection.Enabled && genome.Nodes[genome.IndexOfNode(connection.Source)].Type != NeatNodeType.Bias;

    /// <summary>Adds a connection between two unconnected nodes; false when no try found one.</summary>
    public bool AddConnection(NeatGenome genome, NeatInnovationTracker tracker, RandomStream random)
    {
        bool recurrent = random.NextDouble() < RecurrentProbability;
        IReadOnlyList<NeatNodeGene> nodes = genome.Nodes;
        int firstNonSensor = 0;
        while (firstNonSensor < nodes.Count && nodes[firstNonSensor].IsSensor)
        {
            firstNonSensor++;
        }

        int targets = nodes.Count - firstNonSensor;
        for (int attempt = 0; attempt < ConnectionTries; attempt++)
        {
            NeatNodeGene source = recurrent
                ? nodes[firstNonSensor + random.NextInt(targets)]
                : nodes[random.NextInt(nodes.Count)];
            NeatNodeGene target = nodes[firstNonSensor + random.NextInt(targets)];
            if (genome.ContainsConnection(source.Id, target.Id))
            {
                continue;
            }

            bool closesCycle = source.Type == NeatNodeType.Output || genome.Reaches(target.Id, source.Id);
            if (closesCycle != recurrent)
            {
                continue;
            }

            int innovation = tracker.ConnectionInnovation(source.Id, target.Id);
            double weight = random.NextDouble(-NewConnectionWeightRange, NewConnectionWeightRange);
            genome.InsertConnection(new NeatConnectionGene(innovation, source.Id, target.Id, weight, true));
            return true;
        }

        return false;
    }
}
