namespace Evorec.Networks;

/// <summary>
/// The wiring of a decoded NEAT graph as <see cref="NeatGraphNetwork"/> computes it: each node's
/// incoming connections as one contiguous run (compressed sparse rows by target, built by a
/// stable counting sort, so a node's connections keep their innovation order and its net input
/// sums the same products in the same order as a scatter over all connections would), and, when
/// the connections between non-sensor nodes form no cycle, every such node's level and a schedule
/// of the nodes by decreasing level.
/// <para>
/// The level of a non-sensor node is 0 when it reads only sensors (or nothing), else one more than
/// the highest level among the non-sensor nodes it reads — the longest path to it from a node fed by
/// sensors alone; it is found by a depth-first search over incoming connections that also detects
/// cycles (Cormen, Leiserson, Rivest &amp; Stein, <i>Introduction to Algorithms</i>, 3rd ed., §22.3
/// and §22.4: a back edge exists iff the graph is cyclic; levels are longest paths in the DAG, §24.2).
/// Building allocates only when the graph is larger than any before.
/// </para>
/// </summary>
internal sealed class NeatGraphTopology
{
    private const int Unvisited = 0;
    private const int Visiting = 1;
    private const int Done = 2;

    private int[] _cursor = [];
    private int[] _state = [];
    private int[] _stack = [];

    /// <summary>Start of node n's incoming run in <see cref="Sources"/>/<see cref="Weights"/>; node n's run ends at entry n + 1.</summary>
    public int[] IncomingStart { get; private set; } = new int[1];

    /// <summary>The source node index of each incoming connection, grouped by target.</summary>
    public int[] Sources { get; private set; } = [];

    /// <summary>The weight of each incoming connection, grouped by target.</summary>
    public double[] Weights { get; private set; } = [];

    /// <summary>Whether the connections between non-sensor nodes form no cycle (self-loops are cycles).</summary>
    public bool IsAcyclic { get; private set; }

    /// <summary>The highest level (meaningful when <see cref="IsAcyclic"/>; −1 when there are no non-sensor nodes).</summary>
    public int MaxLevel { get; private set; }

    /// <summary>The level of each node index (sensors: unused).</summary>
    public int[] Levels { get; private set; } = [];

    /// <summary>The non-sensor node indices by decreasing level (when <see cref="IsAcyclic"/>).</summary>
    public int[] Schedule { get; private set; } = [];

    /// <summary>Entry L: how many scheduled nodes have level L or more, that is the length of the schedule's prefix of those nodes (L from 0 to <see cref="MaxLevel"/> + 1).</summary>
    public int[] AtLeast { get; private set; } = new int[1];

    /// <summary>Builds the wiring of <paramref name="nodeCount"/> nodes, the first <paramref name="sensorCount"/> sensors, from connections listed in innovation order.</summary>
    public void Build(int nodeCount, int sensorCount, ReadOnlySpan<int> sources, ReadOnlySpan<int> targets, ReadOnlySpan<double> weights)
    {
        EnsureCapacity(nodeCount, sources.Length);
        int[] start = IncomingStart;
        Array.Clear(start, 0, nodeCount + 1);
        for (int c = 0; c < targets.Length; c++)
        {
            start[targets[c] + 1]++;
        }

        for (int n = 0; n < nodeCount; n++)
        {
            start[n + 1] += start[n];
        }

        int[] cursor = _cursor;
        Array.Copy(start, cursor, nodeCount);
        int[] sorted = Sources;
        double[] sortedWeights = Weights;
        for (int c = 0; c < targets.Length; c++)
        {
            int position = cursor[targets[c]]++;
            sorted[position] = sources[c];
            sortedWeights[position] = weights[c];
        }

        IsAcyclic = FindLevels(nodeCount, sensorCount);
        if (IsAcyclic)
        {
            BuildSchedule(nodeCount, sensorCount);
        }
    }

    private bool FindLevels(int nodeCount, int sensorCount)
    {
        int[] state = _state;
        int[] stack = _stack;
        int[] cursor = _cursor;
        int[] start = IncomingStart;
        int[] sources = Sources;
        int[] levels = Levels;
        Array.Clear(state, 0, nodeCount);
        int maxLevel = -1;
        for (int root = sensorCount; root < nodeCount; root++)
        {
            if (state[root] != Unvisited)
            {
                continue;
            }

            int depth = 0;
            stack[depth++] = root;
            state[root] = Visiting;
            cursor[root] = start[root];
            while (depth > 0)
            {
                int node = stack[depth - 1];
                if (cursor[node] < start[node + 1])
                {
                    int source = sources[cursor[node]++];
                    if (source < sensorCount || state[source] == Done)
                    {
                        continue;
                    }

                    if (state[source] == Visiting)
                    {
                        return false;
                    }

                    state[source] = Visiting;
                    cursor[source] = start[source];
                    stack[depth++] = source;
                    continue;
                }

                int level = 0;
                for (int c = start[node]; c < start[node + 1]; c++)
                {
                    if (sources[c] >= sensorCount)
                    {
                        level = Math.Max(level, levels[sources[c]] + 1);
                    }
                }

                levels[node] = level;
                maxLevel = Math.Max(maxLevel, level);
                state[node] = Done;
                depth--;
            }
        }

        MaxLevel = maxLevel;
        return true;
    }

    private void BuildSchedule(int nodeCount, int sensorCount)
    {
        int[] atLeast = AtLeast;
        int top = MaxLevel + 1;
        Array.Clear(atLeast, 0, top + 1);
        for (int n = sensorCount; n < nodeCount; n++)
        {
            atLeast[Levels[n]]++;
        }

        for (int level = top - 1; level >= 0; level--)
        {
            atLeast[level] += atLeast[level + 1];
        }

        // Nodes of level L fill the schedule from position atLeast[L + 1], in index order.
        int[] cursor = _cursor;
        for (int level = 0; level < top; level++)
        {
            cursor[level] = atLeast[level + 1];
        }

        for (int n = sensorCount; n < nodeCount; n++)
        {
            Schedule[cursor[Levels[n]]++] = n;
        }
    }

    private void EnsureCapacity(int nodeCount, int connectionCount)
    {
        if (Levels.Length < nodeCount)
        {
            int size = Math.Max(nodeCount, 2 * Levels.Length);
            IncomingStart = new int[size + 1];
            AtLeast = new int[size + 1];
            Levels = new int[size];
            Schedule = new int[size];
            _cursor = new int[size];
            _state = new int[size];
            _stack = new int[size];
        }

        if (Sources.Length < connectionCount)
        {
            int size = Math.Max(connectionCount, 2 * Sources.Length);
            Sources = new int[size];
            Weights = new double[size];
        }
    }
}
