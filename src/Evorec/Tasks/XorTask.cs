using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Tasks;

/// <summary>
/// XOR, NEAT's sanity check (Stanley &amp; Miikkulainen 2002; NEAT 1.2.1 <c>xor_evaluate</c>):
/// the four patterns (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0, in that order, with a constant bias
/// input 1.0 first as NEAT's <c>{1.0, a, b}</c>. XOR is static: for each pattern the network is
/// reset (NEAT flushes it), then stepped with the input held until its outputs settle or for a
/// fixed number of ticks, and its first output is read. NEAT activates a graph depth + 2 times;
/// a fixed-topology recurrent network has no depth, so the number of ticks is an option
/// (default 3: input → hidden → output with one to spare, our choice). With no settle tolerance a
/// pattern is run through <see cref="HeldInput.Run"/>, which lets a network that can
/// (<see cref="ISettlingNetwork"/>, such as an acyclic <c>neat-graph</c>) reach the same outputs
/// without stepping every tick.
/// Fitness, error and the solved criterion: <see cref="XorScore"/>. The test is the same evaluation.
/// </summary>
public sealed class XorTask : ITask
{
    /// <summary>Creates the task; throws <see cref="ArgumentException"/> for inconsistent options.</summary>
    public XorTask(XorOptions options, TaskContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (options.Ticks < 1)
        {
            throw new ArgumentException("ticks must be at least 1.");
        }

        if (!(options.SettleTolerance >= 0))
        {
            throw new ArgumentException("settleTolerance must be 0 or positive.");
        }

        Options = options;
    }

    /// <summary>The options of this instance.</summary>
    public XorOptions Options { get; }

    /// <inheritdoc/>
    public string Kind => "xor";

    /// <inheritdoc/>
    public int InputCount => Options.Bias ? 3 : 2;

    /// <inheritdoc/>
    public int OutputCount => 1;

    /// <inheritdoc/>
    public SequenceDataset? Dataset => null;

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, double> Baselines { get; } = new Dictionary<string, double>();

    /// <inheritdoc/>
    public ITaskEvaluator CreateEvaluator() => new Evaluator(this);

    private sealed class Evaluator(XorTask task) : ITaskEvaluator
    {
        private readonly double[] _input = new double[task.InputCount];
        private readonly double[] _output = new double[1];
        private readonly double[] _answers = new double[4];

        public bool HasVerification => false;

        public Evaluation Evaluate(IRecurrentNetwork network, StreamKey key)
        {
            int offset = task.Options.Bias ? 1 : 0;
            if (task.Options.Bias)
            {
                _input[0] = 1.0;
            }

            long steps = 0;
            for (int pattern = 0; pattern < 4; pattern++)
            {
                _input[offset] = pattern >> 1;
                _input[offset + 1] = pattern & 1;
                if (task.Options.SettleTolerance == 0)
                {
                    steps += HeldInput.Run(network, _input, task.Options.Ticks, _output);
                    if (!double.IsFinite(_output[0]))
                    {
                        return Evaluation.Broken(steps);
                    }
                }
                else if (!Settle(network, ref steps))
                {
                    return Evaluation.Broken(steps);
                }

                _answers[pattern] = _output[0];
            }

            double error = XorScore.Error(_answers);
            return new Evaluation(XorScore.Fitness(error), error, XorScore.Solves(_answers), steps);
        }

        /// <summary>Steps from a reset until the output moves by at most the tolerance or the ticks run out; false on a non-finite output.</summary>
        private bool Settle(IRecurrentNetwork network, ref long steps)
        {
            network.Reset();
            double previous = double.NaN;
            for (int tick = 0; tick < task.Options.Ticks; tick++)
            {
                network.Step(_input, _output);
                steps++;
                if (!double.IsFinite(_output[0]))
                {
                    return false;
                }

                if (Math.Abs(_output[0] - previous) <= task.Options.SettleTolerance)
                {
                    break;
                }

                previous = _output[0];
            }

            return true;
        }

        public Evaluation Test(IRecurrentNetwork network) => Evaluate(network, default);

        public Verification Verify(IRecurrentNetwork network) => throw new NotSupportedException("xor has no solution tests.");
    }
}
