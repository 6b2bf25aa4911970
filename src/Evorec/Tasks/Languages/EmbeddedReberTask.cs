using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Tasks.Languages;

/// <summary>
/// The embedded Reber grammar, Experiment 1 of Hochreiter &amp; Schmidhuber (Neural Computation 9(8), 1997,
/// §5.1; see <see cref="ReberGrammar"/>): the network reads a string one symbol at a time (7 one-hot inputs)
/// and predicts the possible next symbols (7 outputs); it is reset before each string. A trial succeeds when
/// every symbol of every string in both the training set and the 256-string set held apart from it is
/// predicted correctly — the outputs of the possible next symbols always the most active. Here the 256
/// training strings give the fitness and the 256 strings held apart are the validation set, so the solved
/// criterion is the paper's; a further held-out set (not in the paper) is the test, never used for selection.
/// Error: the fraction of training strings not processed correctly. Fitness: the fraction of training steps
/// predicted correctly. Solved: every training and validation string right. Data come from the task's data
/// key. LSTM solved it in 148 of 150 trials; Elman nets trained by Elman's procedure in none (H&amp;S 1997, Table 1).
/// </summary>
public sealed class EmbeddedReberTask : ITask
{
    /// <summary>Creates the task instance for <paramref name="context"/>.</summary>
    public EmbeddedReberTask(EmbeddedReberOptions options, TaskContext context)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TrainStrings);
        ArgumentOutOfRangeException.ThrowIfNegative(options.ValidationStrings);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TestStrings);
        Options = options;
        var random = new RandomStream(context.DataKey);
        var used = new HashSet<string>(StringComparer.Ordinal);
        TrainStrings = Draw(random, options.TrainStrings, used);
        used.UnionWith(TrainStrings);
        ValidationStrings = Draw(random, options.ValidationStrings, used);
        used.UnionWith(ValidationStrings);
        TestStrings = Draw(random, options.TestStrings, used);
        Dataset = new SequenceDataset(
            TrainStrings.Select(ReberGrammar.Encode).ToArray(),
            ValidationStrings.Select(ReberGrammar.Encode).ToArray(),
            TestStrings.Select(ReberGrammar.Encode).ToArray());
    }

    /// <summary>The options of this instance.</summary>
    public EmbeddedReberOptions Options { get; }

    /// <summary>The training strings.</summary>
    public IReadOnlyList<string> TrainStrings { get; }

    /// <summary>The validation strings (none of them a training string).</summary>
    public IReadOnlyList<string> ValidationStrings { get; }

    /// <summary>The test strings (none of them a training or validation string).</summary>
    public IReadOnlyList<string> TestStrings { get; }

    /// <inheritdoc/>
    public string Kind => "embedded-reber";

    /// <inheritdoc/>
    public int InputCount => ReberGrammar.Symbols.Length;

    /// <inheritdoc/>
    public int OutputCount => ReberGrammar.Symbols.Length;

    /// <inheritdoc/>
    public SequenceDataset Dataset { get; }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, double> Baselines { get; } = new Dictionary<string, double>();

    /// <inheritdoc/>
    public ITaskEvaluator CreateEvaluator() => new Evaluator(this);

    /// <summary>Draws <paramref name="count"/> strings, skipping any in <paramref name="excluded"/>.</summary>
    private static string[] Draw(RandomStream random, int count, HashSet<string> excluded)
    {
        var strings = new string[count];
        for (int i = 0; i < count; i++)
        {
            string text;
            do
            {
                text = ReberGrammar.GenerateEmbedded(random);
            }
            while (excluded.Contains(text));

            strings[i] = text;
        }

        return strings;
    }

    private sealed class Evaluator(EmbeddedReberTask task) : ITaskEvaluator
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

        public Verification Verify(IRecurrentNetwork network) => throw new NotSupportedException("embedded-reber has no solution tests.");

        public IReadOnlyDictionary<string, double> TestMetrics(IRecurrentNetwork network)
        {
            var metrics = new Dictionary<string, double>
            {
                ["test_step_accuracy"] = Score(network, task.Dataset.Test).StepAccuracy,
            };
            if (task.Dataset.Validation.Count > 0)
            {
                metrics["validation_string_error"] = Score(network, task.Dataset.Validation).SequenceErrorRate;
            }

            return metrics;
        }

        private SymbolScore Score(IRecurrentNetwork network, IReadOnlyList<Sequence> sequences) =>
            SymbolSequenceScorer.Score(network, sequences, task.Options.Criterion, task.Options.Threshold, _output);
    }
}
