using Evorec.Genomes;
using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Experiments.Benchmarks;

/// <summary>
/// A deterministic random <c>neat-graph</c> genome for <c>evorec bench</c>, the shape of an evolved
/// recurrent network: sensors (the inputs and a bias node), outputs and hidden nodes, every hidden and
/// output node reading <c>inDegree</c> distinct sources drawn from the sensors and the hidden nodes
/// (itself included, so the graph has recurrent connections and self-loops), with weights in (−1, 1)
/// and every connection enabled. Written in <see cref="NeatGraphEncoding"/>.
/// </summary>
public static class BenchmarkGraph
{
    /// <summary>
    /// The encoding (<see cref="NeatGenomeEncoding.Encode"/> of a well-formed <see cref="NeatGenome"/>):
    /// node ids 0… in the order inputs, bias, outputs, hidden; innovations in order of the connections.
    /// </summary>
    public static double[] Genome(int inputs, int outputs, int hidden, int inDegree, StreamKey key)
    {
        int sensors = inputs + 1;
        int nodes = sensors + outputs + hidden;
        int pool = sensors + hidden;
        if (inDegree < 1 || inDegree > pool)
        {
            throw new ArgumentOutOfRangeException(nameof(inDegree), $"Between 1 and the {pool} possible sources.");
        }

        var nodeGenes = new NeatNodeGene[nodes];
        for (int id = 0; id < nodes; id++)
        {
            nodeGenes[id] = new NeatNodeGene(id, id < inputs ? NeatNodeType.Input
                : id < sensors ? NeatNodeType.Bias
                : id < sensors + outputs ? NeatNodeType.Output
                : NeatNodeType.Hidden);
        }

        var random = new RandomStream(key);
        var sources = new int[pool];
        var connections = new List<NeatConnectionGene>((outputs + hidden) * inDegree);
        for (int target = sensors; target < nodes; target++)
        {
            // Sources: the sensors and the hidden nodes (ids sensors + outputs …), a partial shuffle for the first inDegree.
            for (int s = 0; s < pool; s++)
            {
                sources[s] = s < sensors ? s : s + outputs;
            }

            for (int k = 0; k < inDegree; k++)
            {
                int pick = k + random.NextInt(pool - k);
                (sources[k], sources[pick]) = (sources[pick], sources[k]);
                connections.Add(new NeatConnectionGene(connections.Count, sources[k], target, random.NextDouble(-1.0, 1.0), Enabled: true));
            }
        }

        return NeatGenomeEncoding.Encode(new NeatGenome(nodeGenes, connections));
    }

    /// <summary>
    /// The number of enabled connections of a genome of <paramref name="spec"/>, its multiply-adds per
    /// synchronous step: <see cref="NeatGraphNetwork.ConnectionCount"/> of the network it decodes to.
    /// </summary>
    public static long EnabledConnections(NeatGraphSpec spec, double[] genome)
    {
        var network = (NeatGraphNetwork)spec.Create();
        spec.Load(genome, network);
        return network.ConnectionCount;
    }
}
