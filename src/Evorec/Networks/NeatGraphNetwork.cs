using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Evorec.Networks;

/// <summary>
/// A decoded NEAT graph, activated synchronously one tick per <see cref="Step"/> (the "cyclic"
/// semantics of NEAT 1.2.1's <c>Network::activate</c> and of SharpNEAT's <c>CyclicNetwork</c>):
/// the sensors take the step's input (and the bias node 1); then every other node computes its net
/// input from the activations its sources had before the step — so a connection between two
/// non-sensor nodes, recurrent or not, delays its signal by one step, while a connection from a
/// sensor carries the current input — and all nodes update at once:
/// a_n(t) = f_n(slope · Σ_{enabled c: s→n} w_c · a_s(t')), with t' = t for sensors and t − 1
/// otherwise; f_n is the hidden or output activation. All activations start at 0 after
/// <see cref="Reset"/>. A feed-forward graph of depth d therefore shows an input's full effect at
/// its outputs after d steps with the input held, which is how static tasks such as XOR read it
/// (NEAT 1.2.1's <c>xor_evaluate</c> activates depth + 2 times). Unlike NEAT 1.2.1, a node whose
/// sources have not been reached yet computes f(0) instead of staying inactive, so the first
/// steps after a reset can differ from NEAT's; steady states are the same. The option
/// <c>activationScheme: neat121</c> (<see cref="NeatGraphScheme.Neat121"/>) computes NEAT's semantics
/// instead (below).
/// Each node sums its connections in innovation order (<see cref="NeatGraphTopology"/>), as NEAT
/// does (its genes are kept in innovation order, and <c>Genome::genesis</c> appends each enabled
/// gene's link to its target's incoming list).
/// <para>
/// When the connections between non-sensor nodes form no cycle, the same semantics are computed
/// with less work, bit for bit: nodes are updated in place by decreasing level (a node reads only
/// sensors and nodes of lower level, which still hold the previous step's values), and a node whose
/// inputs have not changed is not recomputed. With the input held from step t₀ on, a node of level L
/// reads only values that are constant from step t₀ + L − 1 on, so it is constant from step t₀ + L;
/// so on the k-th step with an unchanged input (bitwise) only the nodes of level k − 1 or more are
/// recomputed, and after max level + 1 such steps the state is a fixed point and a step only copies
/// the outputs. This is the settling of a feed-forward network (its outputs after depth steps are
/// those of one pass in topological order, the "acyclic" activation of SharpNEAT's
/// <c>NeuralNetAcyclic</c>), obtained without changing what any step returns.
/// </para>
/// <para>
/// <see cref="HoldFromReset"/> goes further for an acyclic graph held for at least max level + 1
/// ticks: it computes the fixed point in one pass by increasing level (each node from its sources'
/// final values, summed in the same order), which is the state those ticks reach; held for fewer
/// ticks, it runs the settling steps without the per-step overhead. It does so only when no step
/// could have produced a non-finite output on the way: both activations bounded (logistic or tanh)
/// and every weight finite, so every net input is finite or ±∞ and never NaN. Otherwise it steps.
/// </para>
/// <para>
/// With <see cref="NeatGraphScheme.Neat121"/> a step is NEAT 1.2.1's <c>Network::activate</c>
/// (network.cpp), a reset is its <c>Network::flush</c> and loading a graph is <c>Genome::genesis</c>
/// (a new network). Each node has an activation, a "reached" mark (NEAT's
/// <c>activation_count</c> &gt; 0) and an active flag. A step writes the input into the sensors, then
/// runs passes until every output is reached, at least one: a pass first visits the non-sensor nodes
/// in index order (NEAT's <c>all_nodes</c> order: the genome's nodes by increasing id, which is this
/// network's node order — sensors, outputs, hidden nodes), summing for each its sources' activations
/// (<c>get_active_out</c>: 0 for a node not reached) and setting its flag when one of its sources is a
/// sensor or has its flag set — the flag as it stands at that moment, so this pass's for a source
/// visited earlier in the pass and the previous pass's for a later one (or for the node itself);
/// then every flagged node takes f(slope · sum) and is reached. An unflagged node keeps its
/// activation, so a node no active source feeds stays at 0 and reads as 0, not f(0). When the
/// outputs are still not all reached after 19 passes NEAT's <c>activate</c> returns false (its
/// 20th count aborts) and its experiments score the network as failed (0.0001 in
/// <c>CartPole::evalNet</c>, 0.001 in <c>xor_evaluate</c>); here every output of that step is NaN, which
/// Evorec's tasks treat as a broken network (<see cref="Tasks.Evaluation.Broken"/>: fitness 0,
/// error ∞, the episode or pattern loop stops). Once every node that can be reached has been, a
/// step is one pass, the synchronous update above. A reset is NEAT's flush: starting from the
/// outputs, it clears the activation and reached mark of each output and, recursively, of each
/// source of a cleared node that is reached (a sensor is not a source it follows: the sensors are
/// written on every step); the active flags are kept, as <c>NNode::flushback</c> keeps them, so on
/// the first step after a reset every node that was flagged is flagged again in the first pass and
/// that step is one pass (unreached sources reading 0), while after a load the flags are clear and
/// the first step repeats passes. Neither the settling path nor the one-pass held input applies to
/// this scheme: every step runs the passes and <see cref="HoldFromReset"/> steps.
/// </para>
/// <see cref="Step"/>, <see cref="HoldFromReset"/> and <see cref="Reset"/> allocate nothing in either scheme; loading a larger graph than any
/// before grows the buffers.
/// </summary>
public sealed partial class NeatGraphNetwork : ISettlingNetwork
{
    private const int LargestDenseId = 1 << 20;

    /// <summary>NEAT 1.2.1's <c>abortcount</c> limit: <c>activate</c> gives up when it would start the 20th pass.</summary>
    private const int AbortPasses = 20;

    private readonly NeatGraphSpec _spec;
    private readonly NeatGraphTopology _topology = new();
    private int[] _nodeIds = [];
    private int[] _indexOfId = [];
    private double[] _activation = [];
    private double[] _next = [];
    private int[] _sources = [];
    private int[] _targets = [];
    private double[] _weights = [];
    private bool[] _reached = [];
    private bool[] _flagged = [];
    private int[] _flushStack = [];
    private int _nodeCount;
    private int _connectionCount;
    private int _unchangedSteps;
    private bool _finiteWeights;
    private bool _denseIds;
    private readonly int _hiddenStart;
    private readonly Activation _outputActivation;
    private readonly Activation _hiddenActivation;
    private readonly double _slope;
    private readonly bool _neat121;

    internal NeatGraphNetwork(NeatGraphSpec spec)
    {
        _spec = spec;
        SensorCount = spec.InputCount + (spec.HasBias ? 1 : 0);
        _hiddenStart = SensorCount + spec.OutputCount;
        _outputActivation = spec.OutputActivation;
        _hiddenActivation = spec.HiddenActivation;
        _slope = spec.Slope;
        _neat121 = spec.Scheme == NeatGraphScheme.Neat121;
        Load(spec.MinimalEncoding);
    }

    /// <inheritdoc/>
    public int InputCount => _spec.InputCount;

    /// <inheritdoc/>
    public int OutputCount => _spec.OutputCount;

    /// <summary>Number of sensors (inputs and the bias node).</summary>
    public int SensorCount { get; }

    /// <summary>Number of nodes of the loaded graph.</summary>
    public int NodeCount => _nodeCount;

    /// <summary>Number of hidden nodes of the loaded graph.</summary>
    public int HiddenCount => _nodeCount - SensorCount - OutputCount;

    /// <summary>Number of enabled connections of the loaded graph.</summary>
    public int ConnectionCount => _connectionCount;

    /// <summary>Whether the loaded graph's connections between non-sensor nodes form no cycle (then steps take the settling path).</summary>
    public bool IsAcyclic => _topology.IsAcyclic;

    /// <summary>How many non-sensor nodes are reached (with <see cref="NeatGraphScheme.Neat121"/>; otherwise 0).</summary>
    internal int ReachedCount
    {
        get
        {
            if (!_neat121)
            {
                return 0;
            }

            int count = 0;
            for (int n = SensorCount; n < _nodeCount; n++)
            {
                count += _reached[n] ? 1 : 0;
            }

            return count;
        }
    }

    /// <inheritdoc/>
    public void Reset()
    {
        if (_neat121)
        {
            Flush();
            return;
        }

        ClearActivations();
    }

    /// <inheritdoc/>
    public void Step(ReadOnlySpan<double> input, Span<double> output)
    {
        if (_neat121)
        {
            StepNeat121(input, output);
            return;
        }

        if (_topology.IsAcyclic)
        {
            StepAcyclic(input);
        }
        else
        {
            StepCyclic(input);
        }

        _activation.AsSpan(SensorCount, OutputCount).CopyTo(output);
    }

    /// <inheritdoc/>
    public int HoldFromReset(ReadOnlySpan<double> input, int ticks, Span<double> output)
    {
        NeatGraphTopology topology = _topology;
        if (_neat121 || !topology.IsAcyclic || ticks < 1 || !_finiteWeights
            || _spec.HiddenActivation == Activation.Linear || _spec.OutputActivation == Activation.Linear)
        {
            return HeldInput.StepFromReset(this, input, ticks, output);
        }

        double[] activation = _activation;
        int[] schedule = topology.Schedule;
        if (ticks > topology.MaxLevel)
        {
            // Every node settles within the ticks: one pass by increasing level gives the fixed point.
            SetSensors(activation, input);
            for (int p = topology.AtLeast[0] - 1; p >= 0; p--)
            {
                int n = schedule[p];
                activation[n] = Compute(n, activation);
            }

            _unchangedSteps = topology.MaxLevel + 1;
        }
        else
        {
            // The last tick sees transients: the settling steps, without the per-step overhead
            // (no output can be non-finite, so there is nothing to check on the way).
            Reset();
            SetSensors(activation, input);
            for (int tick = 0; tick < ticks; tick++)
            {
                int end = topology.AtLeast[tick];
                for (int p = 0; p < end; p++)
                {
                    int n = schedule[p];
                    activation[n] = Compute(n, activation);
                }
            }

            _unchangedSteps = ticks;
        }

        activation.AsSpan(SensorCount, OutputCount).CopyTo(output);
        return ticks;
    }

    private void StepCyclic(ReadOnlySpan<double> input)
    {
        double[] current = _activation;
        double[] next = _next;
        SetSensors(current, input);
        for (int n = SensorCount; n < _nodeCount; n++)
        {
            next[n] = Compute(n, current);
        }

        _activation = next;
        _next = current;
    }

    private void StepAcyclic(ReadOnlySpan<double> input)
    {
        double[] activation = _activation;
        if (!SetSensors(activation, input))
        {
            _unchangedSteps = 0;
        }

        int unchanged = _unchangedSteps;
        NeatGraphTopology topology = _topology;
        if (unchanged > topology.MaxLevel)
        {
            return;
        }

        int[] schedule = topology.Schedule;
        int end = topology.AtLeast[unchanged];
        for (int p = 0; p < end; p++)
        {
            int n = schedule[p];
            activation[n] = Compute(n, activation);
        }

        _unchangedSteps = unchanged + 1;
    }

    /// <summary>Clears every activation (the synchronous scheme's reset).</summary>
    private void ClearActivations()
    {
        Array.Clear(_activation, 0, _nodeCount);
        Array.Clear(_next, 0, _nodeCount);
        _unchangedSteps = 0;
    }

    /// <summary>Node <paramref name="n"/>'s activation from <paramref name="values"/>: its connections summed in order, then f(slope · sum).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Compute(int n, double[] values) =>
        Activate(n < _hiddenStart ? _outputActivation : _hiddenActivation, _slope, NetInput(n, values));

    /// <summary>Node <paramref name="n"/>'s net input from <paramref name="values"/>: w · value over its connections, summed in order from 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double NetInput(int n, double[] values)
    {
        // The topology checked every index when it was built, so the loop reads without bounds checks.
        NeatGraphTopology topology = _topology;
        ref int start = ref MemoryMarshal.GetArrayDataReference(topology.IncomingStart);
        ref int source = ref MemoryMarshal.GetArrayDataReference(topology.Sources);
        ref double weight = ref MemoryMarshal.GetArrayDataReference(topology.Weights);
        ref double value = ref MemoryMarshal.GetArrayDataReference(values);
        int end = Unsafe.Add(ref start, n + 1);
        double sum = 0.0;
        for (int c = Unsafe.Add(ref start, n); c < end; c++)
        {
            sum += Unsafe.Add(ref weight, c) * Unsafe.Add(ref value, Unsafe.Add(ref source, c));
        }

        return sum;
    }

    /// <summary>Writes the input and the bias into the sensors; whether every sensor kept its bits.</summary>
    private bool SetSensors(double[] activation, ReadOnlySpan<double> input)
    {
        int inputCount = _spec.InputCount;
        bool same = true;
        for (int i = 0; i < inputCount; i++)
        {
            same &= BitConverter.DoubleToInt64Bits(activation[i]) == BitConverter.DoubleToInt64Bits(input[i]);
            activation[i] = input[i];
        }

        if (_spec.HasBias)
        {
            same &= activation[inputCount] == 1.0;
            activation[inputCount] = 1.0;
        }

        return same;
    }

    /// <summary>Loads a graph in <see cref="NeatGraphEncoding"/> and resets; throws <see cref="ArgumentException"/> when it does not fit the spec.</summary>
    internal void Load(ReadOnlySpan<double> encoding)
    {
        if (!NeatGraphEncoding.HasValidHeader(encoding))
        {
            throw new ArgumentException("The parameters are not a neat-graph encoding (format 1: 3 + 2·nodes + 5·connections values).", nameof(encoding));
        }

        int nodeCount = (int)encoding[1];
        int connectionCount = (int)encoding[2];
        if (nodeCount < SensorCount + _spec.OutputCount)
        {
            throw new ArgumentException($"A neat-graph network for this task has at least {SensorCount + _spec.OutputCount} nodes, not {nodeCount}.", nameof(encoding));
        }

        EnsureCapacity(nodeCount, connectionCount);
        int k = NeatGraphEncoding.HeaderLength;
        int previousId = -1;
        for (int n = 0; n < nodeCount; n++)
        {
            double id = encoding[k];
            if (!NeatGraphEncoding.IsCount(id) || id <= previousId)
            {
                throw new ArgumentException("Node ids must be increasing non-negative integers.", nameof(encoding));
            }

            previousId = (int)id;
            _nodeIds[n] = previousId;
            if ((int)encoding[k + 1] != ExpectedType(n))
            {
                throw new ArgumentException(
                    $"A neat-graph network for this task has {_spec.InputCount} inputs{(_spec.HasBias ? ", a bias node" : string.Empty)} and {_spec.OutputCount} outputs, then hidden nodes; node gene {n} does not fit.",
                    nameof(encoding));
            }

            k += NeatGraphEncoding.NodeStride;
        }

        BuildIdIndex(nodeCount);
        int enabled = 0;
        for (int c = 0; c < connectionCount; c++)
        {
            if (encoding[k + 4] != 0.0)
            {
                int source = IndexOfId(encoding[k + 1], nodeCount);
                int target = IndexOfId(encoding[k + 2], nodeCount);
                if (source < 0 || target < SensorCount)
                {
                    throw new ArgumentException($"Connection gene {c} reads a missing node or feeds a sensor.", nameof(encoding));
                }

                _sources[enabled] = source;
                _targets[enabled] = target;
                _weights[enabled] = encoding[k + 3];
                enabled++;
            }

            k += NeatGraphEncoding.ConnectionStride;
        }

        Install(nodeCount, _sources.AsSpan(0, enabled), _targets.AsSpan(0, enabled), _weights.AsSpan(0, enabled));
    }

    /// <summary>
    /// Loads a graph given by node indices rather than by an encoding, for a decoder that produced
    /// it from a well-formed genome of this spec's shape (sensors, outputs, then hidden nodes):
    /// <paramref name="nodeCount"/> nodes and, in innovation order, the enabled connections from
    /// node index <paramref name="sources"/>[c] to <paramref name="targets"/>[c]; then resets.
    /// Throws <see cref="ArgumentException"/> when an index is out of range or feeds a sensor.
    /// </summary>
    internal void LoadIndexed(int nodeCount, ReadOnlySpan<int> sources, ReadOnlySpan<int> targets, ReadOnlySpan<double> weights)
    {
        if (nodeCount < SensorCount + OutputCount || targets.Length != sources.Length || weights.Length != sources.Length)
        {
            throw new ArgumentException($"A neat-graph network for this task has at least {SensorCount + OutputCount} nodes and one weight per connection.", nameof(nodeCount));
        }

        for (int c = 0; c < sources.Length; c++)
        {
            if ((uint)sources[c] >= (uint)nodeCount || targets[c] < SensorCount || targets[c] >= nodeCount)
            {
                throw new ArgumentException($"Connection {c} reads a missing node or feeds a sensor.", nameof(sources));
            }
        }

        EnsureCapacity(nodeCount, sources.Length);
        Install(nodeCount, sources, targets, weights);
    }

    /// <summary>Takes over a checked graph: counts, the finiteness of the weights, the topology; then clears the state (with <see cref="NeatGraphScheme.Neat121"/> the active flags too).</summary>
    private void Install(int nodeCount, ReadOnlySpan<int> sources, ReadOnlySpan<int> targets, ReadOnlySpan<double> weights)
    {
        bool finite = true;
        foreach (double weight in weights)
        {
            finite &= double.IsFinite(weight);
        }

        _nodeCount = nodeCount;
        _connectionCount = sources.Length;
        _finiteWeights = finite;
        _topology.Build(nodeCount, SensorCount, sources, targets, weights);
        ClearActivations();
        if (_neat121)
        {
            // A new network, as NEAT's Genome::genesis makes one: nothing reached, no flag set.
            Array.Clear(_reached, 0, nodeCount);
            Array.Clear(_flagged, 0, nodeCount);
        }
    }

    /// <summary>Fills the id → index table when every id is below <see cref="LargestDenseId"/> (the node ids are increasing).</summary>
    private void BuildIdIndex(int nodeCount)
    {
        int largest = _nodeIds[nodeCount - 1];
        _denseIds = largest < LargestDenseId;
        if (!_denseIds)
        {
            return;
        }

        if (_indexOfId.Length <= largest)
        {
            _indexOfId = new int[Math.Max(largest + 1, 2 * _indexOfId.Length)];
        }

        for (int n = 0; n < nodeCount; n++)
        {
            _indexOfId[_nodeIds[n]] = n;
        }
    }

    /// <summary>The index of the node with id <paramref name="id"/>, or −1. Entries of the table left from earlier graphs are recognised by checking the id.</summary>
    private int IndexOfId(double id, int nodeCount)
    {
        int value = (int)id;
        if (value != id || value < 0)
        {
            return -1;
        }

        if (_denseIds)
        {
            if ((uint)value >= (uint)_indexOfId.Length)
            {
                return -1;
            }

            int index = _indexOfId[value];
            return (uint)index < (uint)nodeCount && _nodeIds[index] == value ? index : -1;
        }

        return Array.BinarySearch(_nodeIds, 0, nodeCount, value) is int found and >= 0 ? found : -1;
    }

    /// <summary>f(slope · x), computed exactly as the activation loops of earlier versions did (so results stay bit for bit).</summary>
    private static double Activate(Activation activation, double slope, double x) => activation switch
    {
        Activation.Logistic => Logistic(-slope * x),
        Activation.Tanh => Math.Tanh(slope * x),
        _ => ActivationFunctions.Apply(activation, slope * x),
    };

    /// <summary>
    /// 1 / (1 + e^t) with <see cref="Math.Exp"/>, skipping the exponential where the result is
    /// exactly 1: for t &lt; <see cref="SaturatedExponent"/>, e^t &lt; 2⁻⁵⁷ is far below 2⁻⁵³, half an ulp of 1,
    /// so 1 + e^t rounds to 1 (IEEE 754 round to nearest) whatever e^t's last bits.
    /// </summary>
    internal static double Logistic(double t) => t < SaturatedExponent ? 1.0 : 1.0 / (1.0 + Math.Exp(t));

    /// <summary>Below this exponent the logistic is exactly 1 (e^−40 ≈ 4.2·10⁻¹⁸ &lt; 2⁻⁵⁷).</summary>
    internal const double SaturatedExponent = -40.0;

    private int ExpectedType(int index)
    {
        if (index < _spec.InputCount)
        {
            return NeatGraphEncoding.InputType;
        }

        if (_spec.HasBias && index == _spec.InputCount)
        {
            return NeatGraphEncoding.BiasType;
        }

        return index < SensorCount + _spec.OutputCount ? NeatGraphEncoding.OutputType : NeatGraphEncoding.HiddenType;
    }

    private void EnsureCapacity(int nodeCount, int connectionCount)
    {
        if (_nodeIds.Length < nodeCount)
        {
            int size = Math.Max(nodeCount, 2 * _nodeIds.Length);
            _nodeIds = new int[size];
            _activation = new double[size];
            _next = new double[size];
            if (_neat121)
            {
                _reached = new bool[size];
                _flagged = new bool[size];
                _flushStack = new int[size];
            }
        }

        if (_sources.Length < connectionCount)
        {
            int size = Math.Max(connectionCount, 2 * _sources.Length);
            _sources = new int[size];
            _targets = new int[size];
            _weights = new double[size];
        }
    }
}
