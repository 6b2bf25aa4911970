using Evorec.Numerics;
using Evorec.Tasks.TimeSeries;

namespace Evorec.Tasks;

/// <summary>
/// Prediction of the Mackey-Glass series (τ = 17, sampled every 1.0; see <see cref="MackeyGlassSeries"/>),
/// a generative task: step t reads sample t (teacher-forced) or the network's own previous output
/// (free-running) and predicts sample t + 1. The data start at a random offset per run index after the
/// discarded samples: washout, training, validation and test segments, then (with <c>nrmse84</c>) the
/// NRMSE84 trial blocks (<see cref="Nrmse84Protocol"/>; Jaeger, GMD Report 148, 2001, §6.3; Jaeger &amp; Haas,
/// Science 304, 2004: 100 trials, 1000 teacher-forced samples, the error of the 84th free-running
/// prediction, normalised by the series variance, in the original coordinates). With <c>squash</c> the
/// network works on tanh(x − 1), as Jaeger &amp; Haas.
/// Error: NRMSE of the scored steps (normalised by their targets' variance). Fitness: 1 / (1 + error).
/// Solved: training (and validation, if any) error ≤ <c>solvedBelow</c>. Test: the test segment, or NRMSE84.
/// One-step prediction at Δt = 1 is nearly trivial, so the persistence predictor and a least-squares
/// autoregressive model are run through the same protocol and recorded beside it (<see cref="GenerativeBaselines"/>).
/// </summary>
public sealed class MackeyGlassTask : ITask
{
    /// <summary>The integration step of the equation.</summary>
    public const double IntegrationStep = 0.1;

    /// <summary>Creates the task instance for <paramref name="context"/>.</summary>
    public MackeyGlassTask(MackeyGlassOptions options, TaskContext context)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Washout);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Discard);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.OffsetRange);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TrainLength);
        ArgumentOutOfRangeException.ThrowIfNegative(options.ValidationLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TestLength);
        if (options.FreeRunHorizon < 0 || (options.FreeRunHorizon > 0 && options.Scoring != ScoringMode.FreeRunning))
        {
            throw new ArgumentException($"freeRunHorizon must be 0, or positive with scoring 'free-running'; it is {options.FreeRunHorizon} with scoring '{(options.Scoring == ScoringMode.FreeRunning ? "free-running" : "teacher-forced")}'.", nameof(options));
        }

        Options = options;
        Offset = new RandomStream(context.DataKey).NextInt(options.OffsetRange);
        int start = options.Discard + Offset;
        int segments = options.Washout + options.TrainLength + options.ValidationLength + options.TestLength + 1;
        int blocks = options.Nrmse84 ? options.Trials * (options.TeacherForcedSteps + options.Horizon) : 0;
        Original = MackeyGlassSeries.Generate(start + segments + blocks, options.Tau, IntegrationStep, integrator: options.Integrator)[start..];
        Series = options.Squash ? Array.ConvertAll(Original, Squashing.Forward) : Original;
        Data = new GenerativeSeries(Series, options.Washout, options.TrainLength, options.ValidationLength, options.TestLength);
        Nrmse84 = options.Nrmse84
            ? new Nrmse84Protocol(Series, Original, segments, options.Trials, options.TeacherForcedSteps, options.Horizon, options.Squash)
            : null;
        Dataset = Data.CreateDataset();
        Train = Dataset.Train[0];
        Test = Dataset.Test[0];
        Baselines = GenerativeBaselines.Compute(Data, options.Scoring, options.TestScoring, Nrmse84, options.BaselineLags, options.FreeRunHorizon);
    }

    /// <summary>The options of this instance.</summary>
    public MackeyGlassOptions Options { get; }

    /// <summary>This instance's random offset into the series.</summary>
    public int Offset { get; }

    /// <summary>The samples this instance uses, from its offset on, in the original coordinates.</summary>
    public double[] Original { get; }

    /// <summary>The samples in the network's coordinates (<see cref="Original"/>, or tanh(x − 1) with <c>squash</c>).</summary>
    public double[] Series { get; }

    /// <summary>The split of <see cref="Series"/>.</summary>
    public GenerativeSeries Data { get; }

    /// <summary>The NRMSE84 protocol, when the test uses it.</summary>
    public Nrmse84Protocol? Nrmse84 { get; }

    /// <summary>Washout and training steps, teacher-forced.</summary>
    public Sequence Train { get; }

    /// <summary>The steps up to the test segment, which is scored, teacher-forced.</summary>
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
    public ITaskEvaluator CreateEvaluator()
    {
        var evaluator = new GenerativeSeriesEvaluator(Data, Options.Scoring, Options.TestScoring, Options.SolvedBelow, Nrmse84, Options.FreeRunHorizon);

        // The trace replays the test; it is written only where the test is the one-step prediction it can replay.
        return Options.TestScoring == ScoringMode.TeacherForced && Nrmse84 is null ? new OneStepTracingEvaluator(evaluator, Test) : evaluator;
    }
}
