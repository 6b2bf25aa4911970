using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Tasks.Memory;

/// <summary>
/// The adding problem (Hochreiter &amp; Schmidhuber, Neural Computation 9(8), 1997, §5.4, Experiment 4; see
/// <see cref="AddingProblem"/> and <see cref="AddingVariant"/>): the network reads pairs (value, marker) and
/// must output, at the last step only, a function of the two marked values. The network is reset before each
/// sequence. A sequence is processed correctly when its final absolute error is below 0.04. H&amp;S stopped
/// training "once the average training error is below 0.01, and the 2000 most recent sequences were processed
/// correctly"; on this task's fixed training set that becomes: solved when every training (and validation)
/// sequence is right and the mean absolute training error is below 0.01 (the paper does not say which average;
/// a mean squared error below 0.01 would already follow from every sequence being right, so the absolute one is read).
/// Error: mean squared final error on the training sequences. Fitness: 1 / (1 + error). Test: 2560 held-out
/// sequences, as in the paper (metric <c>test_correct_fraction</c>; H&amp;S report 0–1 wrong of 2560 for LSTM).
/// Baseline: always predicting the mean training target (<c>mean_predictor_*</c>; for the modern variant this
/// is the 0.167 reference). Data come from the task's data key.
/// </summary>
public sealed class AddingTask : ITask
{
    /// <summary>Creates the task instance for <paramref name="context"/>.</summary>
    public AddingTask(AddingOptions options, TaskContext context)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Length, 10);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TrainSequences);
        ArgumentOutOfRangeException.ThrowIfNegative(options.ValidationSequences);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TestSequences);
        Options = options;
        Dataset = new SequenceDataset(
            Draw(context.DataKey.Then("train"), options.TrainSequences),
            Draw(context.DataKey.Then("validation"), options.ValidationSequences),
            Draw(context.DataKey.Then("test"), options.TestSequences));
        double mean = FinalOutputScorer.MeanTarget(Dataset.Train);
        FinalOutputScore train = FinalOutputScorer.ScoreConstant(Dataset.Train, mean, options.Tolerance);
        FinalOutputScore test = FinalOutputScorer.ScoreConstant(Dataset.Test, mean, options.Tolerance);
        Baselines = new Dictionary<string, double>
        {
            ["mean_predictor_value"] = mean,
            ["mean_predictor_mse"] = train.MeanSquaredError,
            ["mean_predictor_test_mse"] = test.MeanSquaredError,
            ["mean_predictor_test_correct_fraction"] = test.CorrectFraction,
        };
    }

    /// <summary>The options of this instance.</summary>
    public AddingOptions Options { get; }

    /// <inheritdoc/>
    public string Kind => "adding";

    /// <inheritdoc/>
    public int InputCount => 2;

    /// <inheritdoc/>
    public int OutputCount => 1;

    /// <inheritdoc/>
    public SequenceDataset Dataset { get; }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, double> Baselines { get; }

    /// <inheritdoc/>
    public ITaskEvaluator CreateEvaluator() => new Evaluator(this);

    private Sequence[] Draw(StreamKey key, int count)
    {
        var random = new RandomStream(key);
        var sequences = new Sequence[count];
        for (int i = 0; i < count; i++)
        {
            sequences[i] = AddingProblem.Generate(random, Options.Variant, Options.Length);
        }

        return sequences;
    }

    private sealed class Evaluator(AddingTask task) : ITaskEvaluator
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
            bool solved = train.AllCorrect && train.MeanAbsoluteError < task.Options.SolvedMeanErrorBelow;
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

        public Verification Verify(IRecurrentNetwork network) => throw new NotSupportedException("adding has no solution tests.");

        public IReadOnlyDictionary<string, double> TestMetrics(IRecurrentNetwork network)
        {
            FinalOutputScore test = Score(network, task.Dataset.Test);
            return new Dictionary<string, double>
            {
                ["test_correct_fraction"] = test.CorrectFraction,
                ["test_mean_absolute_error"] = test.MeanAbsoluteError,
            };
        }

        private FinalOutputScore Score(IRecurrentNetwork network, IReadOnlyList<Sequence> sequences) =>
            FinalOutputScorer.Score(network, sequences, task.Options.Tolerance, _output);
    }
}
