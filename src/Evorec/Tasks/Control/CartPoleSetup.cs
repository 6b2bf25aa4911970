namespace Evorec.Tasks.Control;

/// <summary>
/// One fully resolved cart-pole setup: a protocol preset for a number of poles and velocity
/// information, with the options' overrides applied.
/// </summary>
/// <remarks>
/// <para><b>stanley2002</b> (NEAT 1.2.1 <c>experiments.cpp</c>: <c>CartPole::evalNet</c>, <c>init</c>,
/// <c>step</c>): long pole at 0.07 rad, everything else 0; inputs x/4.8, ẋ/2, θ₁/0.52, θ̇₁/2,
/// θ₂/0.52, θ̇₂/2 and a bias 0.5 last (without velocities x/4.8, θ₁/0.52, θ₂/0.52, 0.5);
/// no cart–track friction; no minimum force. NEAT's code has no continuous single-pole task
/// (its single pole is Sutton &amp; Anderson's bang-bang Euler simulator): with one pole this
/// preset drops the short pole's inputs and fails at 12°, as Gomez's code does.</para>
/// <para><b>gomez2008</b> (Gomez's CoSyNE 1.1 <c>CartPole.C</c>, © 2007): long pole at
/// 4.0156035° × 0.0174532 rad/° (the code's default <c>poleangle</c> times its
/// <c>one_degree</c>); inputs with velocities x/2.4, ẋ/10, θ₁/0.628329, θ̇₁/5, θ₂/0.628329,
/// θ̇₂/16 and a bias 1 last, with one pole x/2.4, ẋ/10, θ/0.2094384, θ̇/5, 1; without
/// velocities x/2.4, θ₁/0.52, θ₂/0.52, 1, and with one pole x/2.4, θ/0.2094384 and no bias
/// (the code leaves that input slot at a constant 0, which we drop); cart–track friction
/// μ_c = 5e-4; and forces smaller in magnitude than 10/256 N are raised to ±10/256 N
/// (<c>one_over_256</c>, sign of F with F = 0 counted positive). The text of the CoSyNE paper
/// itself could not be retrieved for this check: the preset follows the author's code, and
/// where the paper and the code differ the paper is not represented here.</para>
/// <para>Both codes' damping fitness and episode bookkeeping differ in small ways; this task
/// implements NEAT's for both presets (see <see cref="DampingFitness"/>).</para>
/// </remarks>
public sealed class CartPoleSetup
{
    /// <summary>The long pole's start angle in NEAT's code, radians.</summary>
    public const double StanleyStartAngle = 0.07;

    /// <summary>The long pole's start angle in Gomez's code: 4.0156035° × 0.0174532 rad/°.</summary>
    public const double GomezStartAngle = 4.0156035 * 0.0174532;

    /// <summary>The default fitness episode with steps fitness.</summary>
    public const int LongEpisode = 100_000;

    /// <summary>The default fitness episode with damping fitness.</summary>
    public const int DampingEpisode = 1_000;

    private readonly int[] _observedVariables;
    private readonly double[] _divisors;

    /// <summary>Resolves <paramref name="options"/>; throws <see cref="ArgumentException"/> when they are inconsistent.</summary>
    public CartPoleSetup(CartPoleOptions options)
    {
        if (options.Poles is not (1 or 2))
        {
            throw new ArgumentException($"poles must be 1 or 2, not {options.Poles}.");
        }

        if (options.EpisodeSteps is <= 0)
        {
            throw new ArgumentException("episodeSteps must be positive.");
        }

        if (options.TestSteps <= 0 || options.GeneralizationSteps <= 0)
        {
            throw new ArgumentException("testSteps and generalizationSteps must be positive.");
        }

        if (options.GeneralizationThreshold < 0 || options.GeneralizationThreshold > GeneralizationGrid.Count)
        {
            throw new ArgumentException($"generalizationThreshold must be between 0 and {GeneralizationGrid.Count}.");
        }

        if (options.StartAngle is { } angle && !(Math.Abs(angle) < Math.PI))
        {
            throw new ArgumentException("startAngle must be a finite angle in radians, below pi in magnitude.");
        }

        Poles = options.Poles;
        Velocities = options.Velocities;
        Protocol = options.Protocol;
        Fitness = options.Fitness ?? (options.Velocities ? CartPoleFitness.Steps : CartPoleFitness.Damping);
        ForceMapping = options.ForceMapping;
        bool gomez = Protocol == CartPoleProtocol.Gomez2008;
        StartAngle = options.StartAngle ?? (gomez ? GomezStartAngle : StanleyStartAngle);
        EpisodeSteps = options.EpisodeSteps ?? (Fitness == CartPoleFitness.Damping ? DampingEpisode : LongEpisode);
        TestSteps = options.TestSteps;
        GeneralizationSteps = options.GeneralizationSteps;
        GeneralizationThreshold = options.GeneralizationThreshold;
        CartFriction = gomez ? CartPoleSystem.TrackFriction : 0.0;
        MinimumForce = gomez ? CartPoleSystem.MaxForce / 256 : 0.0;
        (_observedVariables, _divisors, Bias) = gomez ? GomezInputs(Poles, Velocities) : StanleyInputs(Poles, Velocities);
    }

    /// <summary>Number of poles.</summary>
    public int Poles { get; }

    /// <summary>Whether the inputs include the velocities.</summary>
    public bool Velocities { get; }

    /// <summary>The protocol preset.</summary>
    public CartPoleProtocol Protocol { get; }

    /// <summary>The fitness function (and so the protocol).</summary>
    public CartPoleFitness Fitness { get; }

    /// <summary>How the output becomes the force.</summary>
    public CartPoleForceMapping ForceMapping { get; }

    /// <summary>The long pole's start angle (radians); every other state variable starts at 0.</summary>
    public double StartAngle { get; }

    /// <summary>Control steps of the fitness episode.</summary>
    public int EpisodeSteps { get; }

    /// <summary>Control steps of the champion's long test.</summary>
    public int TestSteps { get; }

    /// <summary>Control steps each generalization start must be balanced.</summary>
    public int GeneralizationSteps { get; }

    /// <summary>Generalization starts a solution must balance.</summary>
    public int GeneralizationThreshold { get; }

    /// <summary>The cart–track friction coefficient μ_c.</summary>
    public double CartFriction { get; }

    /// <summary>Forces of smaller magnitude are raised to this magnitude (0: none).</summary>
    public double MinimumForce { get; }

    /// <summary>The constant bias input appended after the state inputs, or null for none.</summary>
    public double? Bias { get; }

    /// <summary>Number of network inputs.</summary>
    public int InputCount => _observedVariables.Length + (Bias is null ? 0 : 1);

    /// <summary>The state indices the inputs read, in input order.</summary>
    public ReadOnlySpan<int> ObservedVariables => _observedVariables;

    /// <summary>The divisor of each observed state variable.</summary>
    public ReadOnlySpan<double> Divisors => _divisors;

    /// <summary>Writes the standard start state: the long pole at <see cref="StartAngle"/>, everything else 0.</summary>
    public void StandardStart(Span<double> state)
    {
        state.Clear();
        state[2] = StartAngle;
    }

    /// <summary>Writes the network inputs for <paramref name="state"/>: each observed variable over its divisor, then the bias.</summary>
    public void Observe(ReadOnlySpan<double> state, Span<double> input)
    {
        for (int i = 0; i < _observedVariables.Length; i++)
        {
            input[i] = state[_observedVariables[i]] / _divisors[i];
        }

        if (Bias is { } bias)
        {
            input[_observedVariables.Length] = bias;
        }
    }

    /// <summary>The force (N) for network output <paramref name="output"/>: mapped, clamped to ±10 N, then raised to the minimum magnitude.</summary>
    public double Force(double output)
    {
        double force = ForceMapping == CartPoleForceMapping.Logistic
            ? (output - 0.5) * CartPoleSystem.MaxForce * 2
            : output * CartPoleSystem.MaxForce;
        force = Math.Clamp(force, -CartPoleSystem.MaxForce, CartPoleSystem.MaxForce);
        if (force >= 0 && force < MinimumForce)
        {
            return MinimumForce;
        }

        if (force < 0 && force > -MinimumForce)
        {
            return -MinimumForce;
        }

        return force;
    }

    private static (int[] Variables, double[] Divisors, double? Bias) StanleyInputs(int poles, bool velocities) =>
        (poles, velocities) switch
        {
            (2, true) => ([0, 1, 2, 3, 4, 5], [4.8, 2, 0.52, 2, 0.52, 2], 0.5),
            (2, false) => ([0, 2, 4], [4.8, 0.52, 0.52], 0.5),
            (1, true) => ([0, 1, 2, 3], [4.8, 2, 0.52, 2], 0.5),
            _ => ([0, 2], [4.8, 0.52], 0.5),
        };

    private static (int[] Variables, double[] Divisors, double? Bias) GomezInputs(int poles, bool velocities) =>
        (poles, velocities) switch
        {
            (2, true) => ([0, 1, 2, 3, 4, 5], [2.4, 10.0, CartPoleSystem.ThirtySixDegrees, 5.0, CartPoleSystem.ThirtySixDegrees, 16.0], 1.0),
            (2, false) => ([0, 2, 4], [2.4, 0.52, 0.52], 1.0),
            (1, true) => ([0, 1, 2, 3], [2.4, 10.0, CartPoleSystem.TwelveDegrees, 5.0], 1.0),
            _ => ([0, 2], [2.4, CartPoleSystem.TwelveDegrees], null),
        };
}
