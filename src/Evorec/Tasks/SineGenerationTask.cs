using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Tasks;

/// <summary>
/// Sine generation, the classic closed-loop test of recurrent networks (for example Jaeger,
/// "The echo state approach", GMD Report 148, 2001, §4.1 uses a sine generator): the input at
/// step n is the previous value d(n − 1) of d(n) = sin(ω n + φ). During a washout the network
/// is teacher-forced (it receives the true previous value, and networks whose state holds their
/// own outputs have them overwritten with the target); then it runs free, its own previous output
/// fed back as input, and must continue the sine.
/// Error: NRMSE over the free-running steps. Fitness: 1 / (1 + error). Solved: error ≤ <c>solvedBelow</c>.
/// The test evaluation runs free for <c>testLength</c> steps instead.
/// </summary>
public sealed class SineGenerationTask : ITask
{
    private readonly double[] _train;
    private readonly double[] _test;

    /// <summary>Creates the task instance for <paramref name="context"/>.</summary>
    public SineGenerationTask(SineGenerationOptions options, TaskContext context)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Washout);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.Length);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.TestLength);
        Options = options;
        Phase = options.RandomPhase ? new RandomStream(context.DataKey).NextDouble(0, 2 * Math.PI) : 0.0;
        _train = Signal(options.Washout + options.Length);
        _test = Signal(options.Washout + options.TestLength);
        Dataset = new SequenceDataset([ToSequence(_train)], [], [ToSequence(_test)]);
    }

    /// <summary>The options of this instance.</summary>
    public SineGenerationOptions Options { get; }

    /// <summary>The phase φ of this instance.</summary>
    public double Phase { get; }

    /// <inheritdoc/>
    public string Kind => "sine-generation";

    /// <inheritdoc/>
    public int InputCount => 1;

    /// <inheritdoc/>
    public int OutputCount => 1;

    /// <inheritdoc/>
    public SequenceDataset Dataset { get; }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, double> Baselines { get; } = new Dictionary<string, double>();

    /// <inheritdoc/>
    public ITaskEvaluator CreateEvaluator() => new Evaluator(this);

    /// <summary>d(n) for n = −1 … count − 1, stored at index n + 1.</summary>
    private double[] Signal(int count)
    {
        var values = new double[count + 1];
        for (int n = -1; n < count; n++)
        {
            values[n + 1] = Math.Sin((Options.Frequency * n) + Phase);
        }

        return values;
    }

    private Sequence ToSequence(double[] signal)
    {
        int length = signal.Length - 1;
        return new Sequence(signal[..length], 1, signal[1..], 1, Options.Washout);
    }

    private sealed class Evaluator(SineGenerationTask task) : ITaskEvaluator, ITraceable
    {
        private readonly double[] _input = new double[1];
        private readonly double[] _output = new double[1];

        public bool HasVerification => false;

        public Evaluation Evaluate(IRecurrentNetwork network, StreamKey key) => Run(network, task._train);

        public Evaluation Test(IRecurrentNetwork network) => Run(network, task._test);

        /// <summary>The test run: the input fed (the target during the washout, the network's previous output after), d(n), the output.</summary>
        public TaskTrace Trace(IRecurrentNetwork network)
        {
            var trace = new TaskTrace(TaskTrace.SupervisedColumns(1, 1));
            Run(network, task._test, trace);
            return trace;
        }

        public Verification Verify(IRecurrentNetwork network) => throw new NotSupportedException("sine-generation has no solution tests.");

        /// <summary>
        /// Washout teacher-forced, then free-running; <paramref name="signal"/>[n + 1] = d(n). With a
        /// <paramref name="trace"/>, every step is recorded (evaluations pass none and allocate nothing).
        /// </summary>
        private Evaluation Run(IRecurrentNetwork network, double[] signal, TaskTrace? trace = null)
        {
            int washout = task.Options.Washout;
            int length = signal.Length - 1;
            var teacher = network as ITeacherForcible;
            var error = default(ErrorAccumulator);
            network.Reset();
            double previousOutput = 0.0;
            for (int n = 0; n < length; n++)
            {
                _input[0] = n < washout ? signal[n] : previousOutput;
                network.Step(_input, _output);
                previousOutput = _output[0];
                trace?.Add([_input[0], signal[n + 1], previousOutput, n < washout ? 1 : 0]);
                if (n < washout)
                {
                    teacher?.ForceOutputs(signal.AsSpan(n + 1, 1));
                    continue;
                }

                error.Add(previousOutput, signal[n + 1]);
                if (error.IsBroken)
                {
                    return Evaluation.Broken(n + 1);
                }
            }

            double nrmse = error.Nrmse;
            return new Evaluation(FitnessFromError.Of(nrmse), nrmse, nrmse <= task.Options.SolvedBelow, length);
        }
    }
}
