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
/// steps after a reset can differ from NEAT's; steady states are the same.
/// Connections are summed in innovation order. <see cref="Step"/> and <see cref="Reset"/>
/// allocate nothing; loading a larger graph than any before grows the buffers.
/// </summary>
public sealed class NeatGraphNetwork : IRecurrentNetwork
{
    private readonly NeatGraphSpec _spec;
    private int[] _nodeIds = [];
    private double[] _activation = [];
    private double[] _next = [];
    private int[] _sources = [];
    private int[] _targets = [];
    private double[] _weights = [];
    private int _nodeCount;
    private int _connectionCount;

    internal NeatGraphNetwork(NeatGraphSpec spec)
    {
        _spec = spec;
        SensorCount = spec.InputCount + (spec.HasBias ? 1 : 0);
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

    /// <inheritdoc/>
    public void Reset()
    {
        Array.Clear(_activation, 0, _nodeCount);
        Array.Clear(_next, 0, _nodeCount);
    }

    /// <inheritdoc/>
    public void Step(ReadOnlySpan<double> input, Span<double> output)
    {
        double[] current = _activation;
        double[] next = _next;
        int inputCount = _spec.InputCount;
        for (int i = 0; i < inputCount; i++)
        {
            current[i] = input[i];
        }

        if (_spec.HasBias)
        {
            current[inputCount] = 1.0;
        }

        int sensors = SensorCount;
        int count = _nodeCount;
        Array.Clear(next, sensors, count - sensors);
        int[] sources = _sources;
        int[] targets = _targets;
        double[] weights = _weights;
        for (int c = 0; c < _connectionCount; c++)
        {
            next[targets[c]] += weights[c] * current[sources[c]];
        }

        int hiddenStart = sensors + OutputCount;
        double slope = _spec.Slope;
        Activate(_spec.OutputActivation, slope, next.AsSpan(sensors, OutputCount));
        Activate(_spec.HiddenActivation, slope, next.AsSpan(hiddenStart, count - hiddenStart));
        _activation = next;
        _next = current;
        next.AsSpan(sensors, OutputCount).CopyTo(output);
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

        int enabled = 0;
        for (int c = 0; c < connectionCount; c++)
        {
            if (encoding[k + 4] != 0.0)
            {
                int source = Array.BinarySearch(_nodeIds, 0, nodeCount, (int)encoding[k + 1]);
                int target = Array.BinarySearch(_nodeIds, 0, nodeCount, (int)encoding[k + 2]);
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

        _nodeCount = nodeCount;
        _connectionCount = enabled;
        Reset();
    }

    private static void Activate(Activation activation, double slope, Span<double> values)
    {
        switch (activation)
        {
            case Activation.Logistic:
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = 1.0 / (1.0 + Math.Exp(-slope * values[i]));
                }

                return;
            case Activation.Tanh:
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = Math.Tanh(slope * values[i]);
                }

                return;
            default:
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = ActivationFunctions.Apply(activation, slope * values[i]);
                }

                return;
        }
    }

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
