using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Tasks.Memory;

/// <summary>
/// Delayed recall (echo a random integer after lag k), a long-lag memory probe in the family of Jaeger's
/// delay-k recall of a random input stream (short-term memory capacity; GMD Report 152, 2002) and the
/// copy/delay tasks of the LSTM literature; it has no single canonical protocol, so this one is defined here.
/// Each step the network reads an integer in 0 … m − 1, uniform and independent, one-hot on m inputs; from
/// step k on its m outputs must name the integer read k steps earlier — the right output the most active
/// (argmax). The network is reset before each sequence; a sequence is right when every scored step is.
/// Error: the fraction of training sequences not processed correctly. Fitness: the fraction of scored
/// training steps right. Solved: every training (and validation) sequence right. Sweep <c>lag</c> to report
/// success against lag. Baseline: <c>chance_step_accuracy</c> = 1/m. Data come from the task's data key.
/// </summary>
public sealed class DelayedRecallTask : ITask
{
    /// <summary>Creates the task instance for <paramref name="context"/>.</summary>
    public DelayedRecallTask(DelayedRecallOptions options, TaskContext context)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Symbols, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Lag);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.Length, options.Lag);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TrainSequences);
        ArgumentOutOfRangeException.ThrowIfNegative(options.ValidationSequences);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TestSequences);
        Options = options;
        Dataset = new SequenceDataset(
            Draw(context.DataKey.Then("train"), options.TrainSequences),
            Draw(context.DataKey.Then("validation"), options.ValidationSequences),
            Draw(context.DataKey.Then("test"), options.TestSequences));
        Baselines = new Dictionary<string, double> { ["chance_step_accuracy"] = 1.0 / options.Symbols };
    }

    /// <summary>The options of this instance.</summary>
    public DelayedRecallOptions Options { get; }

    /// <inheritdoc/>
    public string Kind => "delayed-recall";

    /// <inheritdoc/>
    public int InputCount => Options.Symbols;

    /// <inheritdoc/>
    public int OutputCount => Options.Symbols;

    /// <inheritdoc/>
    public SequenceDataset Dataset { get; }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, double> Baselines { get; }

    /// <inheritdoc/>
    public ITaskEvaluator CreateEvaluator() => new Evaluator(this);

    /// <summary>The sequence of the integers <paramref name="values"/>: one-hot inputs, one-hot targets lagged by <paramref name="lag"/>.</summary>
    public static Sequence Encode(ReadOnlySpan<int> values, int symbols, int lag)
    {
        int length = values.Length;
        var inputs = new double[length * symbols];
        var targets = new double[length * symbols];
        for (int t = 0; t < length; t++)
        {
            inputs[(t * symbols) + values[t]] = 1.0;
            if (t >= lag)
            {
                targets[(t * symbols) + values[t - lag]] = 1.0;
            }
        }

        return new Sequence(inputs, symbols, targets, symbols, lag);
    }

    private Sequence[] Draw(StreamKey key, int count)
    {
        var random = new RandomStream(key);
        var sequences = new Sequence[count];
        var values = new int[Options.Length];
        for (int i = 0; i < count; i++)
        {
            for (int t = 0; t < values.Length; t++)
            {
                values[t] = random.NextInt(Options.Symbols);
            }

            sequences[i] = Encode(values, Options.Symbols, Options.Lag);
        }

        return sequences;
    }

    private sealed class Evaluator(DelayedRecallTask task) : ITaskEvaluator
    {
        private readonly double[] _output = new double[task.OutputCount];

        public bool HasVerification => false;

        public Evaluation Evaluate(IRecurrentNetwork network, StreamKey key)
        {
            SymbolScore train = Score(network, task.Dataset.Train);
            Evaluation evaluation = train.ToEvaluation();
            if (!evaluation.Solved || task.Dataset.Validation.Count == 0)
            {
                return evaluation;
            }

            SymbolScore validation = Score(network, task.Dataset.Validation);
            return evaluation with { Solved = validation.AllCorrect, NetworkSteps = train.NetworkSteps + validation.NetworkSteps };
        }

        public Evaluation Test(IRecurrentNetwork network) => Score(network, task.Dataset.Test).ToEvaluation();

        public Verification Verify(IRecurrentNetwork network) => throw new NotSupportedException("delayed-recall has no solution tests.");

        public IReadOnlyDictionary<string, double> TestMetrics(IRecurrentNetwork network) =>
            new Dictionary<string, double> { ["test_step_accuracy"] = Score(network, task.Dataset.Test).StepAccuracy };

        private SymbolScore Score(IRecurrentNetwork network, IReadOnlyList<Sequence> sequences) =>
            SymbolSequenceScorer.Score(network, sequences, SymbolCriterion.MostActive, 0.5, _output);
    }
}
