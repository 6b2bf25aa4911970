using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;

namespace Evorec.Training.Gradient;

/// <summary>
/// The gradient trainers' loop (<c>bptt</c>, <c>rtrl</c>): epochs of shuffled minibatches of training
/// sequences, each learned by an <see cref="ISequenceLearner"/> — backpropagation through time over whole
/// sequences (<see cref="BpttLearner"/>; Werbos, Proc. IEEE 78(10), 1990), truncated BPTT
/// (<see cref="TruncatedBpttLearner"/>; Williams &amp; Peng 1990) or real-time recurrent learning
/// (<see cref="RtrlLearner"/>; Williams &amp; Zipser 1989) — with an SGD-with-momentum or Adam update.
/// </summary>
/// <remarks>
/// <para>Loss: the mean squared error over the scored steps (those after each sequence's washout) and
/// outputs of a minibatch, L = (1/n) Σ (y − d)², n = scored steps × outputs in the minibatch. The
/// tasks' own errors (NRMSE, symbol errors, …) are monotone in, or close relatives of, this loss;
/// generative tasks are trained teacher-forced, as their <see cref="SequenceDataset"/> lists them, while
/// the task's evaluator runs them free.</para>
/// <para>One <see cref="Step"/> is one epoch: the training sequences are shuffled (keyed by run key and
/// epoch) and cut into minibatches of <see cref="GradientOptions.BatchSize"/>; each minibatch gives one update,
/// after gradient-norm clipping (<see cref="GradientUpdate"/>) at the epoch's learning rate η₀ · decay^epoch;
/// online learners update within each sequence instead, at the same learning rate. Then the current weights are evaluated by the task's
/// own evaluator, so fitness, error and the solved criterion are those of the evolutionary trainers;
/// <see cref="Best"/> is the fittest epoch's weights.</para>
/// <para>Cost accounting: <c>Evaluations</c> grows by 2 per epoch — one for the training pass
/// (a forward and backward pass over every training sequence) and one for the task evaluation.
/// <c>NetworkSteps</c> counts forward steps (training, task evaluation, validation, solution tests);
/// <c>BackwardSteps</c> counts backward steps.</para>
/// <para>Early stopping: with validation sequences and <see cref="GradientOptions.Patience"/> &gt; 0, the
/// mean squared validation error of the current weights is measured every epoch; after
/// <c>patience</c> epochs without improvement the trainer finishes (<see cref="FinishedReason"/>).</para>
/// </remarks>
public sealed class GradientTrainer : ITrainer
{
    private readonly GradientOptions _options;
    private readonly NetworkSpec _spec;
    private readonly ISequenceLearner _learner;
    private readonly GradientUpdate _update;
    private readonly ITaskEvaluator _evaluator;
    private readonly IRecurrentNetwork _network;
    private readonly IReadOnlyList<Sequence> _train;
    private readonly IReadOnlyList<Sequence> _validation;
    private readonly StreamKey _shuffleKey;
    private readonly StreamKey _evaluationKey;
    private readonly double[] _parameters;
    private readonly double[] _gradient;
    private readonly double[] _outputs;
    private readonly double[] _outputGradients;
    private readonly int[] _order;
    private int _epoch;
    private long _evaluations;
    private long _forwardSteps;
    private long _backwardSteps;
    private double _bestValidation = double.PositiveInfinity;
    private double? _bestCandidateValidation;
    private int _epochsWithoutImprovement;

    /// <summary>
    /// Creates the trainer for the network and task of <paramref name="context"/>, learning each sequence
    /// with the learner <paramref name="createLearner"/> makes for the longest sequence of the dataset.
    /// </summary>
    public GradientTrainer(GradientOptions options, TrainerContext context, Func<int, ISequenceLearner> createLearner)
    {
        SequenceDataset dataset = Dataset(context);

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.BatchSize);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.LearningRate);
        ArgumentOutOfRangeException.ThrowIfNegative(options.ClipNorm);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Patience);
        _options = options;
        _spec = context.Network;
        int count = _spec.Layout.Count;
        IGradientStep step = options.Method == GradientMethod.Adam
            ? new AdamStep(count, options.Beta1, options.Beta2, options.Epsilon)
            : new MomentumStep(count, options.Momentum);
        _update = new GradientUpdate(step, options.ClipNorm);
        _evaluator = context.Task.CreateEvaluator();
        _network = _spec.Create();
        _train = dataset.Train;
        _validation = dataset.Validation;
        _shuffleKey = context.Key.Then("shuffle");
        _evaluationKey = context.Key.Then("evaluation");
        _parameters = InitialParameters(options, _spec, context.Key.Then("initialization"));
        _gradient = new double[count];
        int longest = _train.Concat(_validation).Max(s => s.Length);
        _learner = createLearner(longest);
        _outputs = new double[longest * _spec.OutputCount];
        _outputGradients = new double[longest * _spec.OutputCount];
        _order = Enumerable.Range(0, _train.Count).ToArray();
    }

    /// <inheritdoc/>
    public BestCandidate? Best { get; private set; }

    /// <inheritdoc/>
    public SolveRecord? Solved { get; private set; }

    /// <inheritdoc/>
    public string? FinishedReason { get; private set; }

    /// <summary>The current parameter vector.</summary>
    public ReadOnlySpan<double> Parameters => _parameters;

    /// <inheritdoc/>
    public GenerationRecord Step()
    {
        _update.LearningRate = _options.LearningRate * Math.Pow(_options.LearningRateDecay, _epoch);
        new RandomStream(_shuffleKey.Then(_epoch)).Shuffle(_order.AsSpan());
        int batchSize = _learner.UpdatesOnline ? 1 : _options.BatchSize;
        for (int start = 0; start < _order.Length; start += batchSize)
        {
            TrainBatch(start, Math.Min(start + batchSize, _order.Length));
        }

        _evaluations++;
        _spec.Load(_parameters, _network);
        Evaluation evaluation = _evaluator.Evaluate(_network, _evaluationKey.Then(_epoch));
        _evaluations++;
        _forwardSteps += evaluation.NetworkSteps;
        double fitness = double.IsNaN(evaluation.Fitness) ? double.NegativeInfinity : evaluation.Fitness;

        double? validation = null;
        if (_validation.Count > 0)
        {
            validation = ValidationError();
            UpdateEarlyStopping(validation.Value);
        }

        bool better = Best is null || fitness > Best.Fitness;
        if (Solved is null && evaluation.Solved)
        {
            Verification? verification = null;
            if (_evaluator.HasVerification)
            {
                _spec.Load(_parameters, _network);
                verification = _evaluator.Verify(_network);
            }

            if (verification is null || verification.Passed)
            {
                Solved = new SolveRecord(_epoch, _evaluations, _evaluations, verification?.Metrics ?? new Dictionary<string, double>());
                better = true;
            }
        }

        if (better)
        {
            Best = new BestCandidate(fitness, evaluation.Error, (double[])_parameters.Clone(), _epoch, _evaluationKey.Then(_epoch));
            _bestCandidateValidation = validation;
        }

        var record = new GenerationRecord(
            _epoch,
            _evaluations,
            _forwardSteps,
            0.0,
            fitness,
            fitness,
            evaluation.Error,
            Best!.Error,
            _bestCandidateValidation,
            _backwardSteps);
        _epoch++;
        return record;
    }

    /// <inheritdoc/>
    public IRecurrentNetwork CreateBestNetwork()
    {
        if (Best is null)
        {
            throw new InvalidOperationException("No epoch has run yet.");
        }

        IRecurrentNetwork network = _spec.Create();
        _spec.Load(Best.Parameters, network);
        return network;
    }

    private void TrainBatch(int start, int end)
    {
        long scored = 0;
        for (int i = start; i < end; i++)
        {
            Sequence sequence = _train[_order[i]];
            scored += SquaredError.ScoredOutputs(sequence, 0, sequence.Length);
        }

        Array.Clear(_gradient);
        double scale = scored == 0 ? 0.0 : 1.0 / scored;
        for (int i = start; i < end; i++)
        {
            Sequence sequence = _train[_order[i]];
            _backwardSteps += _learner.Learn(_parameters, sequence, _gradient, scale, _update);
            _forwardSteps += sequence.Length;
        }

        if (!_learner.UpdatesOnline)
        {
            _update.Apply(_parameters, _gradient);
        }
    }

    private double ValidationError()
    {
        double sum = 0.0;
        long scored = 0;
        foreach (Sequence sequence in _validation)
        {
            sum += BpttLearner.SumSquaredError(_learner.Passes, _parameters, sequence, _outputs, _outputGradients, default, 0.0);
            scored += SquaredError.ScoredOutputs(sequence, 0, sequence.Length);
            _forwardSteps += sequence.Length;
        }

        double error = scored == 0 ? 0.0 : sum / scored;
        return double.IsNaN(error) ? double.PositiveInfinity : error;
    }

    private void UpdateEarlyStopping(double validation)
    {
        if (validation < _bestValidation)
        {
            _bestValidation = validation;
            _epochsWithoutImprovement = 0;
            return;
        }

        _epochsWithoutImprovement++;
        if (_options.Patience > 0 && _epochsWithoutImprovement >= _options.Patience)
        {
            FinishedReason = $"early stopping: no validation improvement in {_options.Patience} epochs";
        }
    }

    private static SequenceDataset Dataset(TrainerContext context)
    {
        SequenceDataset dataset = context.Task.Dataset
            ?? throw new ArgumentException($"Task '{context.Task.Kind}' has no supervised data; gradient training needs a SequenceDataset.", nameof(context));
        if (dataset.Train.Count == 0)
        {
            throw new ArgumentException($"Task '{context.Task.Kind}' has no training sequences.", nameof(context));
        }

        return dataset;
    }

    private static double[] InitialParameters(GradientOptions options, NetworkSpec spec, StreamKey key)
    {
        int count = spec.Layout.Count;
        if (options.InitParameters is { } given)
        {
            if (given.Length != count)
            {
                throw new ArgumentException($"initParameters has {given.Length} values; {spec.Describe()} has {count} parameters.", nameof(options));
            }

            return (double[])given.Clone();
        }

        var random = new RandomStream(key);
        var parameters = new double[count];
        foreach (ParameterBlock block in spec.Layout.Blocks)
        {
            double limit = options.Initialization == WeightInitialization.Glorot
                ? block.Columns > 1 ? Math.Sqrt(6.0 / (block.Rows + block.Columns)) : 0.0
                : options.InitScale;
            for (int i = block.Offset; i < block.Offset + block.Length; i++)
            {
                parameters[i] = limit == 0.0 ? 0.0 : random.NextDouble(-limit, limit);
            }
        }

        return parameters;
    }
}
