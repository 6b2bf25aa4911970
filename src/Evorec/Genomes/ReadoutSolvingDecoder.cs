using Evorec.Networks;
using Evorec.Tasks;

namespace Evorec.Genomes;

/// <summary>
/// A decoder stage that leaves the spec's readout blocks out of the genome and solves them per
/// candidate in closed form: the genome's genes fill the other parameters (in layout order), the
/// network is run over the task's training sequences (teacher-forced when
/// <see cref="NetworkSpec.ReadoutNeedsTeacherForcing"/>), the readout features after each
/// sequence's washout are accumulated into normal equations, and the readout is solved by ridge
/// regression or the pseudo-inverse (<see cref="ReadoutSolver"/>). This is the hybrid of Evolino
/// (Schmidhuber, Wierstra, Gagliolo &amp; Gomez, Neural Computation 19, 2007, §3: "the output
/// weights are computed by linear regression" with the pseudo-inverse on the training sequences)
/// and of echo state network training (Jaeger, GMD Report 148, 2001, §4.1), applicable to any
/// evolutionary trainer. Networks with training noise (<see cref="ITrainingNoise"/>) have it on during
/// this training run only. The decoded parameter vector holds the solved readout, so a run's best
/// parameters rebuild exactly the evaluated network.
/// </summary>
public sealed class ReadoutSolvingDecoder : IGenomeDecoder
{
    private readonly int[] _genomeIndices;
    private readonly int[] _readoutIndices;
    private readonly IReadOnlyList<Sequence> _training;
    private readonly int _featureCount;

    /// <summary>Creates the stage; throws <see cref="ArgumentException"/> when the spec or task does not allow a closed-form readout.</summary>
    public ReadoutSolvingDecoder(NetworkSpec network, SequenceDataset? dataset, ReadoutMethod method, double ridgeLambda)
    {
        if (method == ReadoutMethod.Evolved)
        {
            throw new ArgumentException("The readout-solving decoder needs readout 'ridge' or 'pseudo-inverse'.", nameof(method));
        }

        if (network.ReadoutUnsupportedReason is { } reason)
        {
            throw new ArgumentException($"readout '{Name(method)}' is not possible on this network: {reason}.", nameof(network));
        }

        if (method == ReadoutMethod.Ridge && !(ridgeLambda > 0 && double.IsFinite(ridgeLambda)))
        {
            throw new ArgumentException($"ridgeLambda must be positive and finite for readout 'ridge', not {ridgeLambda}.", nameof(ridgeLambda));
        }

        IRecurrentNetwork probe = network.Create();
        if (probe is not IReadoutFeatures features)
        {
            throw new ArgumentException($"readout '{Name(method)}' is not possible: network '{network.Kind}' does not expose its readout features.", nameof(network));
        }

        if (network.ReadoutNeedsTeacherForcing && probe is not ITeacherForcible)
        {
            throw new ArgumentException($"readout '{Name(method)}' is not possible: network '{network.Kind}' feeds its outputs back but cannot be teacher-forced.", nameof(network));
        }

        if (dataset is null || dataset.Train.Count == 0)
        {
            throw new ArgumentException($"readout '{Name(method)}' needs a task with training sequences (a sequence dataset); this task has none.", nameof(dataset));
        }

        var readoutBlocks = network.Layout.ReadoutBlocks.ToArray();
        int columns = readoutBlocks.Sum(b => b.Columns);
        if (readoutBlocks.Length == 0 || readoutBlocks.Any(b => b.Rows != network.OutputCount) || columns != features.FeatureCount)
        {
            throw new ArgumentException($"network '{network.Kind}' declares readout blocks that do not match its {features.FeatureCount} readout features.", nameof(network));
        }

        foreach (Sequence sequence in dataset.Train)
        {
            if (sequence.InputSize != network.InputCount || sequence.TargetSize != network.OutputCount)
            {
                throw new ArgumentException("The training sequences do not match the network's inputs and outputs.", nameof(dataset));
            }
        }

        Network = network;
        Method = method;
        RidgeLambda = ridgeLambda;
        _training = dataset.Train;
        _featureCount = features.FeatureCount;
        _readoutIndices = new int[network.OutputCount * _featureCount];
        for (int output = 0; output < network.OutputCount; output++)
        {
            int column = 0;
            foreach (ParameterBlock block in readoutBlocks)
            {
                for (int c = 0; c < block.Columns; c++)
                {
                    _readoutIndices[(output * _featureCount) + column++] = block.IndexOf(output, c);
                }
            }
        }

        var isReadout = new bool[network.Layout.Count];
        foreach (int index in _readoutIndices)
        {
            isReadout[index] = true;
        }

        _genomeIndices = Enumerable.Range(0, network.Layout.Count).Where(i => !isReadout[i]).ToArray();
        GenomeLayout = BuildGenomeLayout(network.Layout, isReadout);
    }

    /// <inheritdoc/>
    public int GenomeLength => _genomeIndices.Length;

    /// <inheritdoc/>
    public NetworkSpec Network { get; }

    /// <summary>The solve method.</summary>
    public ReadoutMethod Method { get; }

    /// <summary>The ridge λ.</summary>
    public double RidgeLambda { get; }

    /// <summary>
    /// The layout of the genome: the spec's non-readout blocks, and its neuron groups restricted to
    /// non-readout parameters (groups left empty are dropped), for optimizers that use neuron
    /// groups such as ESP.
    /// </summary>
    public ParameterLayout GenomeLayout { get; }

    /// <summary>The JSON spelling of <paramref name="method"/>.</summary>
    public static string Name(ReadoutMethod method) => method switch
    {
        ReadoutMethod.Ridge => "ridge",
        ReadoutMethod.PseudoInverse => "pseudo-inverse",
        _ => "evolved",
    };

    /// <inheritdoc/>
    public IDecodingWorker CreateWorker() => new Worker(this);

    private static ParameterLayout BuildGenomeLayout(ParameterLayout layout, bool[] isReadout)
    {
        var builder = new ParameterLayout.Builder();
        foreach (ParameterBlock block in layout.Blocks.Where(b => !b.IsReadout))
        {
            builder.Add(block.Name, block.Rows, block.Columns);
        }

        var genomeIndex = new int[layout.Count];
        int next = 0;
        for (int i = 0; i < layout.Count; i++)
        {
            genomeIndex[i] = isReadout[i] ? -1 : next++;
        }

        foreach (NeuronGroup group in layout.NeuronGroups)
        {
            int[] indices = group.Indices.Where(i => !isReadout[i]).Select(i => genomeIndex[i]).ToArray();
            if (indices.Length > 0)
            {
                builder.AddNeuronGroup(group.Name, indices, group.Required);
            }
        }

        return builder.Build();
    }

    private sealed class Worker : IDecodingWorker
    {
        private readonly ReadoutSolvingDecoder _owner;
        private readonly IRecurrentNetwork _network;
        private readonly IReadoutFeatures _features;
        private readonly ITeacherForcible? _forcible;
        private readonly ReadoutSolver _solver;
        private readonly double[] _parameters;
        private readonly double[] _weights;
        private readonly double[] _featureRow;
        private readonly double[] _output;

        public Worker(ReadoutSolvingDecoder owner)
        {
            _owner = owner;
            NetworkSpec spec = owner.Network;
            _network = spec.Create();
            _features = (IReadoutFeatures)_network;
            _forcible = spec.ReadoutNeedsTeacherForcing ? (ITeacherForcible)_network : null;
            _solver = new ReadoutSolver(owner._featureCount, spec.OutputCount, owner.Method, owner.RidgeLambda);
            _parameters = new double[spec.Layout.Count];
            _weights = new double[owner._readoutIndices.Length];
            _featureRow = new double[owner._featureCount];
            _output = new double[spec.OutputCount];
        }

        public ReadOnlySpan<double> Parameters => _parameters;

        public IRecurrentNetwork Decode(ReadOnlySpan<double> genome)
        {
            int[] genomeIndices = _owner._genomeIndices;
            if (genome.Length != genomeIndices.Length)
            {
                throw new ArgumentException($"Expected a genome of {genomeIndices.Length} genes, not {genome.Length}.", nameof(genome));
            }

            Array.Clear(_parameters);
            for (int g = 0; g < genomeIndices.Length; g++)
            {
                _parameters[genomeIndices[g]] = genome[g];
            }

            NetworkSpec spec = _owner.Network;
            spec.Load(_parameters, _network);
            _solver.Clear();
            var noisy = _network as ITrainingNoise;
            noisy?.BeginTrainingNoise();
            IReadOnlyList<Sequence> training = _owner._training;
            for (int s = 0; s < training.Count; s++)
            {
                Sequence sequence = training[s];
                _network.Reset();
                for (int t = 0; t < sequence.Length; t++)
                {
                    _network.Step(sequence.InputAt(t), _output);
                    _forcible?.ForceOutputs(sequence.TargetAt(t));
                    if (t >= sequence.Washout)
                    {
                        _features.ReadFeatures(_featureRow);
                        _solver.Add(_featureRow, sequence.TargetAt(t));
                    }
                }
            }

            noisy?.EndTrainingNoise();
            _solver.Solve(_weights);
            int[] readoutIndices = _owner._readoutIndices;
            for (int i = 0; i < readoutIndices.Length; i++)
            {
                _parameters[readoutIndices[i]] = _weights[i];
            }

            spec.Load(_parameters, _network);
            return _network;
        }
    }
}
