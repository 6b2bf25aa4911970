using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Tasks;

/// <summary>
/// One-step-ahead prediction of the Mackey-Glass series (τ = 17, sampled every 1.0; see
/// <see cref="MackeyGlassSeries"/>): the input is x(t), the target x(t + 1). The network runs
/// over a washout and then the training segment; the test segment follows the training data.
/// Error: NRMSE of the scored steps (normalised by the targets' variance). Fitness: 1 / (1 + error).
/// Solved: training error ≤ <c>solvedBelow</c>.
/// One-step prediction at Δt = 1 is nearly trivial, so the persistence predictor's error
/// (y(t + 1) = x(t)) on the same steps is recorded beside it as <c>persistence_nrmse</c> and
/// <c>persistence_test_nrmse</c> (Jaeger &amp; Haas's free-running NRMSE84 protocol is a separate option).
/// </summary>
public sealed class MackeyGlassTask : ITask
{
    /// <summary>Creates the task instance for <paramref name="context"/>.</summary>
    public MackeyGlassTask(MackeyGlassOptions options, TaskContext context)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Washout);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Discard);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.OffsetRange);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TrainLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TestLength);
        Options = options;
        Offset = new RandomStream(context.DataKey).NextInt(options.OffsetRange);
        int start = options.Discard + Offset;
        int trainSteps = options.Washout + options.TrainLength;
        Series = MackeyGlassSeries.Generate(start + trainSteps + options.TestLength + 1, options.Tau)[start..];
        Train = OneStepSequence(0, trainSteps, options.Washout);
        Test = OneStepSequence(options.TrainLength, trainSteps + options.TestLength, options.Washout);
        Dataset = new SequenceDataset([Train], [], [Test]);
        Baselines = new Dictionary<string, double>
        {
            ["persistence_nrmse"] = PersistenceNrmse(Train),
            ["persistence_test_nrmse"] = PersistenceNrmse(Test),
        };
    }

    /// <summary>The options of this instance.</summary>
    public MackeyGlassOptions Options { get; }

    /// <summary>This instance's random offset into the series.</summary>
    public int Offset { get; }

    /// <summary>The samples this instance uses, from its offset on.</summary>
    public double[] Series { get; }

    /// <summary>Washout and training steps.</summary>
    public Sequence Train { get; }

    /// <summary>Washout and test steps, following the training steps.</summary>
    public Sequence Test { get; }

    /// <inheritdoc/>
    public string Kind => "mackey-glass";

    /// <inheritdoc/>
    public int InputCount => 1;

    /// <inheritdoc/>
    public int OutputCount => 1;

    /// <inheritdoc/>
    public SequenceDataset Dataset { get; }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, double> Baselines { get; }

    /// <inheritdoc/>
    public ITaskEvaluator CreateEvaluator() => new Evaluator(this);

    /// <summary>Steps [from, to) of the series: input x(t), target x(t + 1).</summary>
    private Sequence OneStepSequence(int from, int to, int washout) =>
        new(Series[from..to], 1, Series[(from + 1)..(to + 1)], 1, washout);

    private static double PersistenceNrmse(Sequence sequence)
    {
        var error = default(ErrorAccumulator);
        for (int t = sequence.Washout; t < sequence.Length; t++)
        {
            error.Add(sequence.Inputs[t], sequence.Targets[t]);
        }

        return error.Nrmse;
    }

    private sealed class Evaluator(MackeyGlassTask task) : ITaskEvaluator, ITraceable
    {
        private readonly double[] _output = new double[1];

        public bool HasVerification => false;

        public Evaluation Evaluate(IRecurrentNetwork network, StreamKey key) => Run(network, task.Train);

        public Evaluation Test(IRecurrentNetwork network) => Run(network, task.Test);

        public Verification Verify(IRecurrentNetwork network) => throw new NotSupportedException("mackey-glass has no solution tests.");

        /// <summary>The test sequence, one-step-ahead: input x(t), target x(t + 1), the network's output.</summary>
        public TaskTrace Trace(IRecurrentNetwork network) => SequenceRunner.Trace(network, task.Test, 1);

        private Evaluation Run(IRecurrentNetwork network, Sequence sequence)
        {
            var error = default(ErrorAccumulator);
            long steps = SequenceRunner.RunOpenLoop(network, sequence, _output, ref error);
            if (error.IsBroken)
            {
                return Evaluation.Broken(steps);
            }

            double nrmse = error.Nrmse;
            return new Evaluation(FitnessFromError.Of(nrmse), nrmse, nrmse <= task.Options.SolvedBelow, steps);
        }
    }
}
