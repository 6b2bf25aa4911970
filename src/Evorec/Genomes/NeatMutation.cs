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
/// 8.0 (experimental)"; the paper does not mention a cap). That is <see cref="NeatWeightScheme.Paper"/>;
/// under <see cref="NeatWeightScheme.Neat121"/> the weights are mutated as NEAT 1.2.1's code does it
/// instead (<see cref="Neat121WeightMutation"/>, same power and cap, the replace probability unused);</item>
/// <item>add node: an enabled connection is split; the old connection is disabled, the new one
/// into the new node gets weight 1 and the one out of it the old weight (§3.1). Which connection
/// follows NEAT 1.2.1 (<c>Genome::mutate_add_node</c>), the paper being silent: never one from
/// the bias node; in genomes of fewer than 15 connection genes, a walk along the genes in
/// innovation order from the first enabled one, stopping at each with probability 0.3 (older genes
/// are favoured, and the mutation fails past the end or on a disabled gene — so it succeeds about
/// half the time in XOR's 3-gene start genome); otherwise uniformly among the enabled ones;</item>
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
/// <param name="WeightScheme">Which weight mutation <see cref="MutateWeights"/> applies.</param>
public sealed record NeatMutation(double WeightPower, double WeightReplaceProbability, double NewConnectionWeightRange, double RecurrentProbability, int ConnectionTries, double WeightCap, NeatWeightScheme WeightScheme = NeatWeightScheme.Paper)
{
    /// <summary>Mutates the connection weights of <paramref name="genome"/> by <see cref="WeightScheme"/>.</summary>
    public void MutateWeights(NeatGenome genome, RandomStream random)
    {
        Span<NeatConnectionGene> genes = genome.MutableConnectionSpan;
        if (WeightScheme == NeatWeightScheme.Neat121)
        {
            Neat121WeightMutation.Mutate(genes, WeightPower, Neat121WeightMutation.ReproductionRate, WeightCap, random);
            return;
        }

        for (int i = 0; i < genes.Length; i++)
        {
            double draw = random.NextDouble(-WeightPower, WeightPower);
            double weight = random.NextDouble() < WeightReplaceProbability ? draw : genes[i].Weight + draw;
            genes[i] = genes[i] with { Weight = Math.Clamp(weight, -WeightCap, WeightCap) };
        }
    }

    /// <summary>Splits a connection not from the bias node (chosen as described above); false when none was chosen or the node already exists.</summary>
    public bool AddNode(NeatGenome genome, NeatInnovationTracker tracker, RandomStream random)
    {
        if (genome.Connections.Count < SmallGenomeGenes)
        {
            // NEAT 1.2.1: walk from the first enabled gene not from the bias, moving on with
            // probability 0.7 per gene, and give up past the end or on a disabled gene.
            int g = 0;
            int n = genome.Connections.Count;
            while (g < n && (!genome.Connections[g].Enabled || IsBias(genome, genome.Connections[g])))
            {
                g++;
            }

            while (g < n && (random.NextDouble() >= OldGeneChoice || IsBias(genome, genome.Connections[g])))
            {
                g++;
            }

            if (g >= n || !genome.Connections[g].Enabled)
            {
                return false;
            }

            return Split(genome, tracker, g);
        }

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

        return Split(genome, tracker, index);
    }

    /// <summary>Genomes with fewer connection genes than this split older genes preferentially (NEAT 1.2.1: 15).</summary>
    public const int SmallGenomeGenes = 15;

    /// <summary>The probability of stopping at each gene in that walk (NEAT 1.2.1: 0.3).</summary>
    public const double OldGeneChoice = 0.3;

    private static bool IsBias(NeatGenome genome, NeatConnectionGene connection) =>
        genome.Nodes[genome.IndexOfNode(connection.Source)].Type == NeatNodeType.Bias;

    private static bool Split(NeatGenome genome, NeatInnovationTracker tracker, int index)
    {
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
        connection.Enabled && !IsBias(genome, connection);

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
