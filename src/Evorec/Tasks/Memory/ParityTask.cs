using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Tasks.Memory;

/// <summary>
/// Temporal parity (Bengio, Simard &amp; Frasconi, IEEE TNN 5(2), 1994; in the setting of Schmidhuber,
/// Hochreiter &amp; Bengio, "Evaluating benchmark problems by random guessing", in A Field Guide to Dynamical
/// Recurrent Networks, 2001): the network reads a sequence of −1's and 1's, one per step, and at the last
/// step must output 1.0 if the number of 1's is odd and 0.0 if it is even. Lengths are uniform in
/// [<c>minLength</c>, <c>maxLength</c>] (500–600 in 2001); training and test sets of 100 sequences, half of
/// each class; a sequence is classified correctly when the final absolute error is below 0.1; the network is
/// reset before each sequence. Random weight guessing solved it within a few thousand trials in 2001, which
/// makes it a test of whether a method beats guessing. Optional uniform noise on the inputs (Bengio et al.'s
/// [−0.2, 0.2]). Error: mean squared final error on the training set. Fitness: 1 / (1 + error). Solved: every
/// training (and validation) sequence right. Baseline: predicting the mean training target (<c>mean_predictor_*</c>).
/// </summary>
public sealed class ParityTask : ITask
{
    /// <summary>Creates the task instance for <paramref name="context"/>.</summary>
    public ParityTask(ParityOptions options, TaskContext context)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MinLength);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxLength, options.MinLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TrainSequences);
        ArgumentOutOfRangeException.ThrowIfNegative(options.ValidationSequences);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TestSequences);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Noise);
        Options = options;
        Dataset = new SequenceDataset(
            Draw(context.DataKey.Then("train"), options.TrainSequences),
            Draw(context.DataKey.Then("validation"), options.ValidationSequences),
            Draw(context.DataKey.Then("test"), options.TestSequences));
        double mean = FinalOutputScorer.MeanTarget(Dataset.Train);
        Baselines = new Dictionary<string, double>
        {
            ["mean_predictor_mse"] = FinalOutputScorer.ScoreConstant(Dataset.Train, mean, options.Tolerance).MeanSquaredError,
            ["mean_predictor_test_mse"] = FinalOutputScorer.ScoreConstant(Dataset.Test, mean, options.Tolerance).MeanSquaredError,
        };
    }

    /// <summary>The options of this instance.</summary>
    public ParityOptions Options { get; }

    /// <inheritdoc/>
    public string Kind => "parity";

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

    /// <summary>
    /// The parity target of <paramref name="bits"/> (each −1 or 1, before noise): 1 when the number of 1's is odd, else 0.
    /// </summary>
    public static double Target(ReadOnlySpan<double> bits)
    {
        int ones = 0;
        foreach (double bit in bits)
        {
            ones += bit > 0 ? 1 : 0;
        }

        return ones % 2 == 1 ? 1.0 : 0.0;
    }

    /// <summary>
    /// Draws <paramref name="count"/> sequences, alternately odd and even: the bits but the last are uniform and
    /// the last one sets the class, which gives exactly the uniform distribution over sequences of that parity.
    /// </summary>
    private Sequence[] Draw(StreamKey key, int count)
    {
        var random = new RandomStream(key);
        var sequences = new Sequence[count];
        for (int i = 0; i < count; i++)
        {
            int length = Options.MinLength + random.NextInt(Options.MaxLength - Options.MinLength + 1);
            var bits = new double[length];
            int ones = 0;
            for (int t = 0; t < length - 1; t++)
            {
                bits[t] = random.NextInt(2) == 1 ? 1.0 : -1.0;
                ones += bits[t] > 0 ? 1 : 0;
            }

            bool odd = i % 2 == 0;
            bits[length - 1] = (ones % 2 == 1) == odd ? -1.0 : 1.0;
            double target = Target(bits);
            for (int t = 0; t < length && Options.Noise > 0; t++)
            {
                bits[t] += random.NextDouble(-Options.Noise, Options.Noise);
            }

            var targets = new double[length];
            targets[length - 1] = target;
            sequences[i] = new Sequence(bits, 1, targets, 1, length - 1);
        }

        return sequences;
    }

    private sealed class Evaluator(ParityTask task) : ITaskEvaluator
    {
        private readonly double[] _output = new double[1];

        public bool HasVerification => false;

        public Evaluation Evaluate(IRecurrentNetwork network, StreamKey key)
        {
            FinalOutputScore train = Score(network, task.Dataset.Train);
            if (train.IsBroken)
            {
                return Evaluation.Broken(train.NetworkSteps);
            }

            long steps = train.NetworkSteps;
            bool solved = train.AllCorrect;
            if (solved && task.Dataset.Validation.Count > 0)
            {
                FinalOutputScore validation = Score(network, task.Dataset.Validation);
                steps += validation.NetworkSteps;
                solved = validation.AllCorrect;
            }

            return new Evaluation(FitnessFromError.Of(train.MeanSquaredError), train.MeanSquaredError, solved, steps);
        }

        public Evaluation Test(IRecurrentNetwork network)
        {
            FinalOutputScore test = Score(network, task.Dataset.Test);
            return test.IsBroken
                ? Evaluation.Broken(test.NetworkSteps)
                : new Evaluation(FitnessFromError.Of(test.MeanSquaredError), test.MeanSquaredError, test.AllCorrect, test.NetworkSteps);
        }

        public Verification Verify(IRecurrentNetwork network) => throw new NotSupportedException("parity has no solution tests.");

        public IReadOnlyDictionary<string, double> TestMetrics(IRecurrentNetwork network) =>
            new Dictionary<string, double> { ["test_correct_fraction"] = Score(network, task.Dataset.Test).CorrectFraction };

        private FinalOutputScore Score(IRecurrentNetwork network, IReadOnlyList<Sequence> sequences) =>
            FinalOutputScorer.Score(network, sequences, task.Options.Tolerance, _output);
    }
}
