using Evorec.Numerics;

namespace Evorec.Genomes;

/// <summary>
/// A NEAT genome (Stanley &amp; Miikkulainen, "Evolving neural networks through augmenting
/// topologies", Evolutionary Computation 10(2), 2002, §3.1): a list of node genes sorted by id
/// (sensors, then outputs, then hidden nodes in order of creation) and a list of connection genes
/// sorted by innovation number. Sensors and outputs are the same in every genome of a run; a
/// connection gene may form a cycle (a recurrent connection), including a self-loop.
/// </summary>
public sealed class NeatGenome
{
    private readonly List<NeatNodeGene> _nodes;
    private readonly List<NeatConnectionGene> _connections;

    /// <summary>Creates a genome; throws <see cref="ArgumentException"/> unless it is well formed.</summary>
    /// <param name="nodes">Node genes; sorted by id here.</param>
    /// <param name="connections">Connection genes; sorted by innovation here.</param>
    public NeatGenome(IEnumerable<NeatNodeGene> nodes, IEnumerable<NeatConnectionGene> connections)
    {
        _nodes = nodes.OrderBy(n => n.Id).ToList();
        _connections = connections.OrderBy(c => c.Innovation).ToList();
        Validate();
    }

    private NeatGenome(List<NeatNodeGene> nodes, List<NeatConnectionGene> connections, bool validated)
    {
        _ = validated;
        _nodes = nodes;
        _connections = connections;
    }

    /// <summary>The node genes, sorted by id.</summary>
    public IReadOnlyList<NeatNodeGene> Nodes => _nodes;

    /// <summary>The connection genes, sorted by innovation number.</summary>
    public IReadOnlyList<NeatConnectionGene> Connections => _connections;

    /// <summary>The connection genes as a span (valid until the genome changes).</summary>
    internal ReadOnlySpan<NeatConnectionGene> ConnectionSpan => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_connections);

    /// <summary>The connection genes as a writable span, for changes that keep the genome well formed (weights; valid until genes are inserted).</summary>
    internal Span<NeatConnectionGene> MutableConnectionSpan => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_connections);

    /// <summary>The node genes as a span (valid until the genome changes).</summary>
    internal ReadOnlySpan<NeatNodeGene> NodeSpan => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_nodes);

    /// <summary>Number of input sensors (the bias node not counted).</summary>
    public int InputCount => CountNodes(NeatNodeType.Input);

    /// <summary>Whether the genome has a bias node.</summary>
    public bool HasBias => CountNodes(NeatNodeType.Bias) > 0;

    /// <summary>Number of output nodes.</summary>
    public int OutputCount => CountNodes(NeatNodeType.Output);

    /// <summary>Number of hidden nodes.</summary>
    public int HiddenCount => CountNodes(NeatNodeType.Hidden);

    /// <summary>Number of enabled connection genes (the connections the network expresses).</summary>
    public int EnabledConnectionCount
    {
        get
        {
            int count = 0;
            foreach (NeatConnectionGene connection in ConnectionSpan)
            {
                count += connection.Enabled ? 1 : 0;
            }

            return count;
        }
    }

    /// <summary>The highest innovation number in the genome, or −1 when it has no connection genes.</summary>
    public int MaxInnovation => _connections.Count == 0 ? -1 : _connections[^1].Innovation;

    /// <summary>
    /// The minimal starting genome of NEAT (§3.4, "minimal structure"; NEAT 1.2.1's start genomes):
    /// every sensor connected to every output, no hidden nodes. Node ids: inputs 0 … I−1, then the
    /// bias node (if any), then the outputs; sensor s to output o has innovation s·O + o. Weights are
    /// drawn uniformly from [−<paramref name="weightRange"/>, <paramref name="weightRange"/>]
    /// (NEAT 1.2.1 <c>Population::spawn</c> draws them with power 1.0 so from [−1, 1]).
    /// </summary>
    public static NeatGenome CreateMinimal(int inputCount, bool bias, int outputCount, RandomStream random, double weightRange)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(inputCount);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(outputCount);
        int sensors = inputCount + (bias ? 1 : 0);
        var nodes = new List<NeatNodeGene>(sensors + outputCount);
        for (int i = 0; i < inputCount; i++)
        {
            nodes.Add(new NeatNodeGene(i, NeatNodeType.Input));
        }

        if (bias)
        {
            nodes.Add(new NeatNodeGene(inputCount, NeatNodeType.Bias));
        }

        for (int o = 0; o < outputCount; o++)
        {
            nodes.Add(new NeatNodeGene(sensors + o, NeatNodeType.Output));
        }

        var connections = new List<NeatConnectionGene>(sensors * outputCount);
        for (int s = 0; s < sensors; s++)
        {
            for (int o = 0; o < outputCount; o++)
            {
                connections.Add(new NeatConnectionGene((s * outputCount) + o, s, sensors + o, random.NextDouble(-weightRange, weightRange), true));
            }
        }

        return new NeatGenome(nodes, connections, validated: true);
    }

    /// <summary>The first node id free after the minimal genome of this shape.</summary>
    public static int FirstHiddenId(int inputCount, bool bias, int outputCount) => inputCount + (bias ? 1 : 0) + outputCount;

    /// <summary>The first innovation number free after the minimal genome of this shape.</summary>
    public static int FirstFreeInnovation(int inputCount, bool bias, int outputCount) => (inputCount + (bias ? 1 : 0)) * outputCount;

    /// <summary>
    /// A genome from lists that are already sorted and consistent (the offspring of crossover),
    /// taken over without copying or checking.
    /// </summary>
    internal static NeatGenome FromSorted(List<NeatNodeGene> nodes, List<NeatConnectionGene> connections) =>
        new(nodes, connections, validated: true);

    /// <summary>A deep copy.</summary>
    public NeatGenome Clone() => new([.. _nodes], [.. _connections], validated: true);

    /// <summary>Whether a node with id <paramref name="id"/> exists.</summary>
    public bool ContainsNode(int id) => IndexOfNode(id) >= 0;

    /// <summary>The position of node <paramref name="id"/> in <see cref="Nodes"/>, or −1.</summary>
    public int IndexOfNode(int id)
    {
        int low = 0;
        int high = _nodes.Count - 1;
        while (low <= high)
        {
            int middle = (low + high) >> 1;
            int current = _nodes[middle].Id;
            if (current == id)
            {
                return middle;
            }

            if (current < id)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return -1;
    }

    /// <summary>Whether a connection gene (enabled or not) joins <paramref name="source"/> to <paramref name="target"/>.</summary>
    public bool ContainsConnection(int source, int target)
    {
        foreach (NeatConnectionGene connection in _connections)
        {
            if (connection.Source == source && connection.Target == target)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <paramref name="to"/> can be reached from <paramref name="from"/> along enabled
    /// connections (a node reaches itself).
    /// </summary>
    public bool Reaches(int from, int to)
    {
        if (from == to)
        {
            return true;
        }

        var seen = new HashSet<int> { from };
        var pending = new Stack<int>();
        pending.Push(from);
        while (pending.Count > 0)
        {
            int node = pending.Pop();
            foreach (NeatConnectionGene connection in _connections)
            {
                if (connection.Enabled && connection.Source == node && seen.Add(connection.Target))
                {
                    if (connection.Target == to)
                    {
                        return true;
                    }

                    pending.Push(connection.Target);
                }
            }
        }

        return false;
    }

    /// <summary>Disables connection gene <paramref name="index"/>.</summary>
    internal void Disable(int index) => _connections[index] = _connections[index] with { Enabled = false };

    /// <summary>Enables connection gene <paramref name="index"/>.</summary>
    internal void Enable(int index) => _connections[index] = _connections[index] with { Enabled = true };

    /// <summary>Inserts a node gene at its place by id.</summary>
    internal void InsertNode(NeatNodeGene node)
    {
        int index = _nodes.Count;
        while (index > 0 && _nodes[index - 1].Id > node.Id)
        {
            index--;
        }

        _nodes.Insert(index, node);
    }

    /// <summary>Inserts a connection gene at its place by innovation number.</summary>
    internal void InsertConnection(NeatConnectionGene connection)
    {
        int index = _connections.Count;
        while (index > 0 && _connections[index - 1].Innovation > connection.Innovation)
        {
            index--;
        }

        _connections.Insert(index, connection);
    }

    private int CountNodes(NeatNodeType type)
    {
        int count = 0;
        foreach (NeatNodeGene node in NodeSpan)
        {
            count += node.Type == type ? 1 : 0;
        }

        return count;
    }

    private void Validate()
    {
        for (int i = 1; i < _nodes.Count; i++)
        {
            if (_nodes[i].Id == _nodes[i - 1].Id)
            {
                throw new ArgumentException($"Node id {_nodes[i].Id} appears twice.");
            }

            if (_nodes[i].Type < _nodes[i - 1].Type)
            {
                throw new ArgumentException("Node ids must order the nodes as inputs, bias, outputs, hidden.");
            }
        }

        var pairs = new HashSet<(int, int)>();
        for (int i = 0; i < _connections.Count; i++)
        {
            NeatConnectionGene connection = _connections[i];
            if (i > 0 && connection.Innovation == _connections[i - 1].Innovation)
            {
                throw new ArgumentException($"Innovation number {connection.Innovation} appears twice.");
            }

            int source = IndexOfNode(connection.Source);
            int target = IndexOfNode(connection.Target);
            if (source < 0 || target < 0)
            {
                throw new ArgumentException($"Connection {connection.Innovation} joins a node that is not in the genome.");
            }

            if (_nodes[target].IsSensor)
            {
                throw new ArgumentException($"Connection {connection.Innovation} feeds a sensor.");
            }

            if (!pairs.Add((connection.Source, connection.Target)))
            {
                throw new ArgumentException($"Two connection genes join node {connection.Source} to node {connection.Target}.");
            }

            if (!double.IsFinite(connection.Weight))
            {
                throw new ArgumentException($"Connection {connection.Innovation} has a non-finite weight.");
            }
        }
    }
}
