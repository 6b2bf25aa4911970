using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Tasks.Languages;

/// <summary>
/// Learning aⁿbⁿ (<c>anbn</c>) or aⁿbⁿcⁿ (<c>anbncn</c>) by next-symbol-set prediction (see
/// <see cref="CountingLanguage"/>; Gers &amp; Schmidhuber, IEEE TNN 12(6), 2001; Evolino, Neural Computation
/// 19(3), 2007). The network is reset before each string; a string counts only if every step is right
/// (outputs thresholded at 0.5 by default). Training: every string with n = <c>trainMin</c> … <c>trainMax</c>
/// (1 … 10). Error: the fraction of training strings not processed correctly. Fitness: the fraction of
/// training steps predicted correctly (graded, so selection can climb). Solved: every training string right.
/// Test (the generalization measure): strings n = 1 … <c>testMax</c>; its error is the fraction wrong, and
/// the metric <c>generalization_n</c> is the largest N such that every n ≤ N is right (0 if n = 1 fails),
/// with <c>generalization_cap</c> = testMax beside it, since N cannot exceed it.
/// The data have no random part.
/// </summary>
public sealed class CountingLanguageTask : ITask
{
    /// <summary>Creates the task of <paramref name="blocks"/> blocks (2: aⁿbⁿ, 3: aⁿbⁿcⁿ).</summary>
    public CountingLanguageTask(int blocks, CountingLanguageOptions options, TaskContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TrainMin);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.TrainMax, options.TrainMin);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TestMax);
        Options = options;
        Language = new CountingLanguage(blocks, options.IncludeEmptyString);
        Kind = blocks == 2 ? "anbn" : "anbncn";
        var train = new List<Sequence>();
        for (int n = options.TrainMin; n <= options.TrainMax; n++)
        {
            train.Add(Language.Encode(n));
        }

        var test = new List<Sequence>();
        for (int n = 1; n <= options.TestMax; n++)
        {
            test.Add(Language.Encode(n));
        }

        Dataset = new SequenceDataset(train, [], test);
    }

    /// <summary>The options of this instance.</summary>
    public CountingLanguageOptions Options { get; }

    /// <summary>The language.</summary>
    public CountingLanguage Language { get; }

    /// <inheritdoc/>
    public string Kind { get; }

    /// <inheritdoc/>
    public int InputCount => Language.InputSymbols.Length;

    /// <inheritdoc/>
    public int OutputCount => Language.OutputSymbols.Length;

    /// <inheritdoc/>
    public SequenceDataset Dataset { get; }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, double> Baselines { get; } = new Dictionary<string, double>();

    /// <inheritdoc/>
    public ITaskEvaluator CreateEvaluator() => new Evaluator(this);

    private sealed class Evaluator(CountingLanguageTask task) : ITaskEvaluator
    {
        private readonly double[] _output = new double[task.OutputCount];

        public bool HasVerification => false;

        public Evaluation Evaluate(IRecurrentNetwork network, StreamKey key) =>
            SymbolSequenceScorer.Score(network, task.Dataset.Train, task.Options.Criterion, task.Options.Threshold, _output).ToEvaluation();

        public Evaluation Test(IRecurrentNetwork network) =>
            SymbolSequenceScorer.Score(network, task.Dataset.Test, task.Options.Criterion, task.Options.Threshold, _output).ToEvaluation();

        public Verification Verify(IRecurrentNetwork network) => throw new NotSupportedException($"{task.Kind} has no solution tests.");

        public IReadOnlyDictionary<string, double> TestMetrics(IRecurrentNetwork network)
        {
            int largest = 0;
            foreach (Sequence sequence in task.Dataset.Test)
            {
                if (!SymbolSequenceScorer.IsCorrect(network, sequence, task.Options.Criterion, task.Options.Threshold, _output))
                {
                    break;
                }

                largest++;
            }

            return new Dictionary<string, double>
            {
                ["generalization_n"] = largest,
                ["generalization_cap"] = task.Options.TestMax,
            };
        }
    }
}
