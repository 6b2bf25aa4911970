namespace Evorec.Genomes;

/// <summary>
/// Hands out historical markings (Stanley &amp; Miikkulainen 2002, §3.2): every new connection gene
/// gets the next innovation number and every new node the next node id, except that the same
/// structural innovation arising more than once in one generation gets the same numbers — the
/// paper keeps "a list of the innovations that occurred in the current generation", and NEAT 1.2.1
/// (<c>Population::epoch</c>) clears that list after each generation's reproduction. Adding a
/// connection from a to b is the same innovation as another a → b connection added in the same
/// generation; splitting the connection with innovation i is the same innovation as another split
/// of i in the same generation (same new node id and the same two connection innovations).
/// </summary>
public sealed class NeatInnovationTracker
{
    private readonly Dictionary<(int Source, int Target), int> _connections = [];
    private readonly Dictionary<int, NeatNodeSplit> _splits = [];

    /// <summary>Starts counting after the minimal genome's ids and innovations.</summary>
    public NeatInnovationTracker(int nextNodeId, int nextInnovation)
    {
        NextNodeId = nextNodeId;
        NextInnovation = nextInnovation;
    }

    /// <summary>The id the next new node will get.</summary>
    public int NextNodeId { get; private set; }

    /// <summary>The innovation number the next new connection will get.</summary>
    public int NextInnovation { get; private set; }

    /// <summary>Forgets the current generation's innovations (call once per generation, before reproduction).</summary>
    public void BeginGeneration()
    {
        _connections.Clear();
        _splits.Clear();
    }

    /// <summary>The innovation number of a new connection from <paramref name="source"/> to <paramref name="target"/>.</summary>
    public int ConnectionInnovation(int source, int target)
    {
        if (!_connections.TryGetValue((source, target), out int innovation))
        {
            innovation = NextInnovation++;
            _connections.Add((source, target), innovation);
        }

        return innovation;
    }

    /// <summary>The new node id and the two connection innovations of splitting the connection with <paramref name="innovation"/>.</summary>
    public NeatNodeSplit Split(int innovation)
    {
        if (!_splits.TryGetValue(innovation, out NeatNodeSplit split))
        {
            split = new NeatNodeSplit(NextNodeId++, NextInnovation, NextInnovation + 1);
            NextInnovation += 2;
            _splits.Add(innovation, split);
        }

        return split;
    }
}
