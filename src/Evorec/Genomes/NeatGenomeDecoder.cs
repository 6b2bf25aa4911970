using Evorec.Networks;

namespace Evorec.Genomes;

/// <summary>
/// Decodes a <see cref="NeatGenome"/> straight into a <see cref="NeatGraphNetwork"/> (Stanley &amp;
/// Miikkulainen 2002, §3.1: the network expresses the enabled connection genes between the genome's
/// nodes), the same network that loading its <see cref="NeatGenomeEncoding"/> gives, without writing
/// and parsing the flat encoding: node ids become positions through a reused id → position table
/// (binary search for ids too large for a table), and the enabled genes are passed in innovation
/// order. One decoder per thread; decoding allocates only when a genome is larger than any before.
/// </summary>
public sealed class NeatGenomeDecoder
{
    private const int LargestTabledId = 1 << 20;

    private int[] _positionOfId = new int[64];
    private int[] _sources = new int[16];
    private int[] _targets = new int[16];
    private double[] _weights = new double[16];

    /// <summary>Loads <paramref name="genome"/> into <paramref name="network"/> (and resets it); throws <see cref="ArgumentException"/> when the genome does not fit the network's spec.</summary>
    public void Decode(NeatGenome genome, NeatGraphNetwork network)
    {
        ReadOnlySpan<NeatNodeGene> nodes = genome.NodeSpan;
        ReadOnlySpan<NeatConnectionGene> connections = genome.ConnectionSpan;
        CheckShape(nodes, network);
        if (_sources.Length < connections.Length)
        {
            int size = Math.Max(connections.Length, 2 * _sources.Length);
            _sources = new int[size];
            _targets = new int[size];
            _weights = new double[size];
        }

        bool tabled = nodes[^1].Id < LargestTabledId;
        if (tabled)
        {
            if (_positionOfId.Length <= nodes[^1].Id)
            {
                _positionOfId = new int[Math.Max(nodes[^1].Id + 1, 2 * _positionOfId.Length)];
            }

            for (int n = 0; n < nodes.Length; n++)
            {
                _positionOfId[nodes[n].Id] = n;
            }
        }

        int enabled = 0;
        foreach (NeatConnectionGene connection in connections)
        {
            if (connection.Enabled)
            {
                _sources[enabled] = tabled ? Position(connection.Source, nodes) : genome.IndexOfNode(connection.Source);
                _targets[enabled] = tabled ? Position(connection.Target, nodes) : genome.IndexOfNode(connection.Target);
                _weights[enabled] = connection.Weight;
                enabled++;
            }
        }

        network.LoadIndexed(nodes.Length, _sources.AsSpan(0, enabled), _targets.AsSpan(0, enabled), _weights.AsSpan(0, enabled));
    }

    /// <summary>The position of node <paramref name="id"/> from the table, or −1 (entries left from earlier genomes are recognised by checking the id).</summary>
    private int Position(int id, ReadOnlySpan<NeatNodeGene> nodes)
    {
        if ((uint)id >= (uint)_positionOfId.Length)
        {
            return -1;
        }

        int position = _positionOfId[id];
        return (uint)position < (uint)nodes.Length && nodes[position].Id == id ? position : -1;
    }

    /// <summary>The genome's sensors and outputs must be the network's: inputs, the bias node if any, outputs, in that order.</summary>
    private static void CheckShape(ReadOnlySpan<NeatNodeGene> nodes, NeatGraphNetwork network)
    {
        int sensors = network.SensorCount;
        bool fits = nodes.Length >= sensors + network.OutputCount;
        for (int n = 0; fits && n < sensors + network.OutputCount; n++)
        {
            NeatNodeType expected = n < network.InputCount ? NeatNodeType.Input : n < sensors ? NeatNodeType.Bias : NeatNodeType.Output;
            fits = nodes[n].Type == expected;
        }

        if (!fits || (nodes.Length > sensors + network.OutputCount && nodes[sensors + network.OutputCount].Type != NeatNodeType.Hidden))
        {
            throw new ArgumentException($"The genome does not have the network's {network.InputCount} inputs, {sensors - network.InputCount} bias nodes and {network.OutputCount} outputs.", nameof(nodes));
        }
    }
}
