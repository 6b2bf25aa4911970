using Evorec.Networks;

namespace Evorec.Genomes;

/// <summary>
/// Writes a <see cref="NeatGenome"/> in the <c>neat-graph</c> parameter format
/// (<see cref="NeatGraphEncoding"/>) and reads it back: the decoder from genome to network, and the
/// flat form in which a NEAT run's best genome is saved in its run file's <c>best_parameters</c>.
/// </summary>
public static class NeatGenomeEncoding
{
    /// <summary>The flat encoding of <paramref name="genome"/>.</summary>
    public static double[] Encode(NeatGenome genome)
    {
        var values = new double[NeatGraphEncoding.Length(genome.Nodes.Count, genome.Connections.Count)];
        EncodeInto(genome, values);
        return values;
    }

    /// <summary>
    /// Writes the encoding of <paramref name="genome"/> into <paramref name="buffer"/>, growing it
    /// when it is too short, and returns the encoding's length.
    /// </summary>
    public static int EncodeInto(NeatGenome genome, ref double[] buffer)
    {
        int length = NeatGraphEncoding.Length(genome.Nodes.Count, genome.Connections.Count);
        if (buffer.Length < length)
        {
            buffer = new double[Math.Max(length, buffer.Length * 2)];
        }

        EncodeInto(genome, buffer.AsSpan(0, length));
        return length;
    }

    /// <summary>Decodes an encoding; throws <see cref="ArgumentException"/> when it is not one of a well-formed genome.</summary>
    public static NeatGenome Decode(ReadOnlySpan<double> values)
    {
        if (!NeatGraphEncoding.HasValidHeader(values))
        {
            throw new ArgumentException("The values are not a neat-graph encoding (format 1: 3 + 2·nodes + 5·connections values).", nameof(values));
        }

        int nodeCount = (int)values[1];
        int connectionCount = (int)values[2];
        var nodes = new NeatNodeGene[nodeCount];
        int k = NeatGraphEncoding.HeaderLength;
        for (int i = 0; i < nodeCount; i++)
        {
            double type = values[k + 1];
            if (!NeatGraphEncoding.IsCount(values[k]) || !NeatGraphEncoding.IsCount(type) || type > NeatGraphEncoding.HiddenType)
            {
                throw new ArgumentException($"Node gene {i} of the encoding is malformed.", nameof(values));
            }

            nodes[i] = new NeatNodeGene((int)values[k], (NeatNodeType)(int)type);
            k += NeatGraphEncoding.NodeStride;
        }

        var connections = new NeatConnectionGene[connectionCount];
        for (int i = 0; i < connectionCount; i++)
        {
            if (!NeatGraphEncoding.IsCount(values[k]) || !NeatGraphEncoding.IsCount(values[k + 1]) || !NeatGraphEncoding.IsCount(values[k + 2])
                || values[k + 4] is not (0.0 or 1.0))
            {
                throw new ArgumentException($"Connection gene {i} of the encoding is malformed.", nameof(values));
            }

            connections[i] = new NeatConnectionGene((int)values[k], (int)values[k + 1], (int)values[k + 2], values[k + 3], values[k + 4] == 1.0);
            k += NeatGraphEncoding.ConnectionStride;
        }

        return new NeatGenome(nodes, connections);
    }

    private static void EncodeInto(NeatGenome genome, Span<double> values)
    {
        values[0] = NeatGraphEncoding.Format;
        values[1] = genome.Nodes.Count;
        values[2] = genome.Connections.Count;
        int k = NeatGraphEncoding.HeaderLength;
        IReadOnlyList<NeatNodeGene> nodes = genome.Nodes;
        for (int i = 0; i < nodes.Count; i++)
        {
            NeatNodeGene node = nodes[i];
            values[k] = node.Id;
            values[k + 1] = (int)node.Type;
            k += NeatGraphEncoding.NodeStride;
        }

        IReadOnlyList<NeatConnectionGene> connections = genome.Connections;
        for (int i = 0; i < connections.Count; i++)
        {
            NeatConnectionGene connection = connections[i];
            values[k] = connection.Innovation;
            values[k + 1] = connection.Source;
            values[k + 2] = connection.Target;
            values[k + 3] = connection.Weight;
            values[k + 4] = connection.Enabled ? 1.0 : 0.0;
            k += NeatGraphEncoding.ConnectionStride;
        }
    }
}
