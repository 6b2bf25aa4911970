
namespace Evorec.Tasks.TimeSeries;

/// <summary>
/// Multiple superimposed oscillators (MSO-k; see <see cref="MultipleSuperimposedOscillators"/>), a generative
/// task: the input at step t is sample t (teacher-forced) or the network's own previous output (free-running),
/// the target sample t + 1. Usual protocol (Koryakin et al. 2012; Holzmann &amp; Hauser 2010): washout 100,
/// train 300, free-running test 300 on the following samples, NRMSE. Here the training segment is scored
/// free-running by default (one-step prediction of a smooth signal is nearly trivial); the ESN literature fits
/// its readout teacher-forced, which <c>scoring: teacher-forced</c> gives.
/// Error: NRMSE of the scored steps (normalised by their targets' variance). Fitness: 1 / (1 + error).
/// Solved: training (and validation, if any) NRMSE ≤ <c>solvedBelow</c> — the papers report errors, not a
/// threshold, so 0.1 is this implementation's choice. The signal has no random part: every run index gets the same data.
/// Baselines (<see cref="GenerativeBaselines"/>): persistence and a least-squares autoregressive model with
/// 2k lags, which a sum of k sines satisfies exactly — the linear model solves MSO, so expect it to win.
/// </summary>
public sealed class MsoTask : ITask
{
    /// <summary>Creates the task instance (the context is unused: MSO has no random part).</summary>
    public MsoTask(MsoOptions options, TaskContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (options.Sines < 1 || options.Sines > MultipleSuperimposedOscillators.MaximumSines)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Sines, "sines must be 1 … 8.");
        }

        Options = options;
        int count = options.Washout + options.TrainLength + options.ValidationLength + options.TestLength + 1;
        Data = new GenerativeSeries(MultipleSuperimposedOscillators.Generate(options.Sines, count), options.Washout, options.TrainLength, options.ValidationLength, options.TestLength);
        Dataset = Data.CreateDataset();
        Baselines = GenerativeBaselines.Compute(Data, options.Scoring, options.TestScoring, null, options.BaselineLags ?? (2 * options.Sines));
    }

    /// <summary>The options of this instance.</summary>
    public MsoOptions Options { get; }

    /// <summary>The series and its split.</summary>
    public GenerativeSeries Data { get; }

    /// <inheritdoc/>
    public string Kind => "mso";

    /// <inheritdoc/>
    public int InputCount => 1;

    /// <inheritdoc/>
    public int OutputCount => 1;

    /// <inheritdoc/>
    public SequenceDataset Dataset { get; }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, double> Baselines { get; }

    /// <inheritdoc/>
    public ITaskEvaluator CreateEvaluator() =>
        new GenerativeSeriesEvaluator(Data, Options.Scoring, Options.TestScoring, Options.SolvedBelow, null);
}
