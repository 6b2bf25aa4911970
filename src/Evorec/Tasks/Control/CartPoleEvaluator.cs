using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Tasks.Control;

/// <summary>
/// Runs cart-pole episodes and the solution tests of the two protocols. An episode resets the
/// network, starts the system in a given state, and repeats: inputs from the state, one network
/// step, the force from its first output held for one control step (two RK4 steps of 0.01 s),
/// then the failure check. "Steps balanced" t counts the control steps after which the system
/// was still inside its bounds. Not thread-safe; one per thread. Nothing here allocates per step.
/// </summary>
/// <remarks>
/// <para><b>Steps fitness</b> (protocol with velocities, NEAT 1.2.1 <c>CartPole::evalNet</c>
/// Markov case, <c>pole2_evaluate</c>): one episode of up to 100,000 steps from the standard
/// start; fitness t; solved when t = 100,000. No further test.</para>
/// <para><b>Damping fitness</b> (protocol without velocities, NEAT's <c>pole2_epoch</c>):
/// 1,000-step episodes scored by <see cref="DampingFitness"/>. NEAT runs the long test on one
/// champion every generation; from the same start and a reset network its first 1,000 steps
/// repeat the fitness episode, so only a champion that balanced the whole episode can pass. The
/// evaluation is therefore marked solved exactly when t = 1,000, which makes the trainer verify
/// that champion (<see cref="Verify"/>): (1) 100,000 steps from the standard start, and if it
/// survives (2) the 625 starts of <see cref="GeneralizationGrid"/>, 1,000 steps each with the
/// network reset before each; it solves the task if it balances at least 200. These tests are
/// not fitness evaluations.</para>
/// <para>Error, in task units: 1 − t/T for a T-step fitness episode (the fraction of the
/// episode not balanced), for both fitness functions. Fitness is higher-is-better: t, or the
/// damping fitness. A non-finite output ends the episode as <see cref="Evaluation.Broken"/>.</para>
/// <para>Differences from the reference code, all outside what decides a run: NEAT's fitness
/// counts the failing step too (t + 1, and 100,001 for a survivor), which shifts every score by
/// one; NEAT accepts 99,999 steps in its 100,000-step tests and 999 in its 1,000-step
/// generalization runs, where this task requires every step.</para>
/// <para><see cref="Test"/> is the generalization test of the network: its fitness is the
/// number of starts balanced (of 625) and its error the fraction not balanced.
/// <see cref="TestMetrics"/> reports <c>steps_balanced</c>, the steps balanced from the standard
/// start over the long test's length.</para>
/// </remarks>
public sealed class CartPoleEvaluator : ITaskEvaluator, ITraceable
{
    /// <summary>The most control steps <see cref="Trace"/> records (20 simulated seconds).</summary>
    public const int TraceSteps = 1000;

    private readonly CartPoleSetup _setup;
    private readonly CartPoleSystem _system;
    private readonly double[] _state = new double[CartPoleSystem.StateLength];
    private readonly double[] _start = new double[CartPoleSystem.StateLength];
    private readonly double[] _jiggles = new double[DampingFitness.Window];
    private readonly double[] _input;
    private readonly double[] _output = new double[1];

    /// <summary>Creates an evaluator for <paramref name="setup"/>.</summary>
    public CartPoleEvaluator(CartPoleSetup setup)
    {
        _setup = setup;
        _system = new CartPoleSystem(setup.Poles, setup.CartFriction);
        _input = new double[setup.InputCount];
    }

    /// <summary>Whether the damping protocol's solution tests apply.</summary>
    public bool HasVerification => _setup.Fitness == CartPoleFitness.Damping;

    /// <inheritdoc/>
    public Evaluation Evaluate(IRecurrentNetwork network, StreamKey key)
    {
        _setup.StandardStart(_start);
        bool damping = _setup.Fitness == CartPoleFitness.Damping;
        CartPoleEpisode episode = Run(network, _start, _setup.EpisodeSteps, damping);
        if (episode.Broken)
        {
            return Evaluation.Broken(episode.NetworkSteps);
        }

        int episodeSteps = _setup.EpisodeSteps;
        double fitness = damping
            ? DampingFitness.Of(episode.Balanced, episodeSteps, episode.JiggleSum)
            : episode.Balanced;
        double error = 1.0 - ((double)episode.Balanced / episodeSteps);
        return new Evaluation(fitness, error, episode.Balanced == episodeSteps, episode.NetworkSteps);
    }

    /// <inheritdoc/>
    public Evaluation Test(IRecurrentNetwork network)
    {
        int score = GeneralizationScore(network, out long networkSteps);
        return new Evaluation(score, 1.0 - ((double)score / GeneralizationGrid.Count), score >= _setup.GeneralizationThreshold, networkSteps);
    }

    /// <summary>
    /// The damping protocol's solution tests: the long test from the standard start, then the
    /// generalization test. Metrics: <c>test_steps_balanced</c>, and <c>generalization_score</c>
    /// when the long test was passed.
    /// </summary>
    public Verification Verify(IRecurrentNetwork network)
    {
        var metrics = new Dictionary<string, double>();
        _setup.StandardStart(_start);
        CartPoleEpisode longTest = Run(network, _start, _setup.TestSteps, trackJiggle: false);
        metrics["test_steps_balanced"] = longTest.Balanced;
        if (longTest.Broken || longTest.Balanced < _setup.TestSteps)
        {
            return new Verification(false, metrics);
        }

        int score = GeneralizationScore(network, out _);
        metrics["generalization_score"] = score;
        return new Verification(score >= _setup.GeneralizationThreshold, metrics);
    }

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, double> TestMetrics(IRecurrentNetwork network)
    {
        _setup.StandardStart(_start);
        CartPoleEpisode episode = Run(network, _start, _setup.TestSteps, trackJiggle: false);
        return new Dictionary<string, double> { ["steps_balanced"] = episode.Balanced };
    }

    /// <summary>
    /// The episode from the standard start, as <see cref="TestMetrics"/> runs it, for at most <see cref="TraceSteps"/> control
    /// steps: each row holds the state the network observed (<c>cart_position</c>, <c>cart_velocity</c>,
    /// <c>pole_angle_1</c>, <c>pole_velocity_1</c> and, with two poles, <c>pole_angle_2</c>, <c>pole_velocity_2</c>;
    /// metres, m/s, radians, rad/s) and the <c>force</c> it then applied (N). When the system fails, a last row holds the
    /// failed state with no force (NaN).
    /// </summary>
    public TaskTrace Trace(IRecurrentNetwork network)
    {
        string[] variables = _setup.Poles == 2
            ? ["cart_position", "cart_velocity", "pole_angle_1", "pole_velocity_1", "pole_angle_2", "pole_velocity_2"]
            : ["cart_position", "cart_velocity", "pole_angle_1", "pole_velocity_1"];
        var trace = new TaskTrace([.. variables, "force"]);
        _setup.StandardStart(_start);
        Run(network, _start, Math.Min(TraceSteps, _setup.TestSteps), trackJiggle: false, trace, variables.Length);
        return trace;
    }

    /// <summary>How many of the 625 generalization starts <paramref name="network"/> balances for the generalization length.</summary>
    public int GeneralizationScore(IRecurrentNetwork network, out long networkSteps)
    {
        int score = 0;
        networkSteps = 0;
        for (int i = 0; i < GeneralizationGrid.Count; i++)
        {
            GeneralizationGrid.Start(i, _start);
            CartPoleEpisode episode = Run(network, _start, _setup.GeneralizationSteps, trackJiggle: false);
            networkSteps += episode.NetworkSteps;
            if (!episode.Broken && episode.Balanced == _setup.GeneralizationSteps)
            {
                score++;
            }
        }

        return score;
    }

    /// <summary>
    /// One episode of at most <paramref name="maxSteps"/> control steps from <paramref name="start"/>,
    /// the network reset first. With <paramref name="trackJiggle"/> the jiggle of the last 100
    /// balanced states is summed (in time order, as the reference code does).
    /// </summary>
    public CartPoleEpisode Run(IRecurrentNetwork network, ReadOnlySpan<double> start, int maxSteps, bool trackJiggle) =>
        Run(network, start, maxSteps, trackJiggle, trace: null, variables: 0);

    /// <summary>The episode, recording the first <paramref name="variables"/> state variables and the force of each step into <paramref name="trace"/> when given.</summary>
    private CartPoleEpisode Run(IRecurrentNetwork network, ReadOnlySpan<double> start, int maxSteps, bool trackJiggle, TaskTrace? trace, int variables)
    {
        network.Reset();
        start.CopyTo(_state);
        int balanced = 0;
        long networkSteps = 0;
        while (balanced < maxSteps)
        {
            _setup.Observe(_state, _input);
            network.Step(_input, _output);
            networkSteps++;
            double output = _output[0];
            if (!double.IsFinite(output))
            {
                return new CartPoleEpisode(balanced, networkSteps, true, 0.0);
            }

            double force = _setup.Force(output);
            if (trace is not null)
            {
                Record(trace, variables, force);
            }

            _system.Advance(_state, force);
            if (_system.IsFailed(_state))
            {
                if (trace is not null)
                {
                    Record(trace, variables, double.NaN);
                }

                break;
            }

            if (trackJiggle)
            {
                _jiggles[balanced % DampingFitness.Window] = DampingFitness.Jiggle(_state);
            }

            balanced++;
        }

        double jiggleSum = 0.0;
        if (trackJiggle && balanced >= DampingFitness.Window)
        {
            for (int i = 0; i < DampingFitness.Window; i++)
            {
                jiggleSum += _jiggles[(balanced + i) % DampingFitness.Window];
            }
        }

        return new CartPoleEpisode(balanced, networkSteps, false, jiggleSum);
    }

    private void Record(TaskTrace trace, int variables, double force)
    {
        var row = new double[variables + 1];
        _state.AsSpan(0, variables).CopyTo(row);
        row[variables] = force;
        trace.Add(row);
    }
}
