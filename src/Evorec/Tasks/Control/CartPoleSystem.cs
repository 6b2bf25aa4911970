using System.Runtime.CompilerServices;

namespace Evorec.Tasks.Control;

/// <summary>
/// The cart with one or two poles hinged side by side on it (Wieland, "Evolving neural network
/// controllers for unstable systems", IJCNN 1991), integrated exactly as Faustino Gomez's
/// simulator that Stanley's NEAT 1.2.1 <c>experiments.cpp</c> (<c>CartPole::step</c>,
/// <c>CartPole::rk4</c>, <c>CartPole::performAction</c>) and Gomez's CoSyNE code
/// (<c>CartPole.C</c>) both carry: for each pole i (half-length l_i, mass m_i),
/// F̃_i = m_i l_i θ̇_i² sin θ_i + ¾ m_i cos θ_i (μ_p θ̇_i / (m_i l_i) + g sin θ_i),
/// m̃_i = m_i (1 − ¾ cos² θ_i),
/// ẍ = (F − μ_c sgn(ẋ) + Σ F̃_i) / (M + Σ m̃_i),
/// θ̈_i = −¾ (ẍ cos θ_i + g sin θ_i + μ_p θ̇_i / (m_i l_i)) / l_i.
/// </summary>
/// <remarks>
/// <para>
/// <b>Sign trap:</b> in these equations g = −9.8 m/s² (the reference code declares
/// <c>GRAVITY = -9.8</c>); with +9.8 the poles would hang like pendulums. The state is
/// (x, ẋ, θ₁, θ̇₁, θ₂, θ̇₂) in metres, m/s, radians and rad/s, angles measured from upright.
/// </para>
/// <para>
/// One control step applies a constant force for two fourth-order Runge-Kutta steps of
/// τ = 0.01 s (0.02 s in all), with the reference code's evaluation order, so a trajectory
/// reproduces the reference arithmetic operation for operation. Constants: cart 1 kg, long pole
/// 0.1 kg and half-length 0.5 m, short pole 0.01 kg and half-length 0.05 m, hinge friction
/// μ_p = 2e-6. The cart–track friction μ_c (5e-4, with sgn(0) = +1) is used by Gomez's CoSyNE
/// code only; NEAT's code declares it but leaves it out, so it is a parameter here.
/// With one pole the short pole's terms are absent (Gomez's code integrates four variables).
/// </para>
/// <para>
/// Sine and cosine come from one <see cref="Math.SinCos"/> call per angle, which returns the
/// same bits as <see cref="Math.Sin"/> and <see cref="Math.Cos"/> (tested) in about 0.8 of their
/// time; the RK4 scratch buffers on the stack are not zeroed (each is written before it is read).
/// </para>
/// </remarks>
[SkipLocalsInit]
public sealed class CartPoleSystem
{
    /// <summary>Gravity in the reference equations: negative (see the sign trap).</summary>
    public const double Gravity = -9.8;

    /// <summary>Mass of the cart, kg.</summary>
    public const double CartMass = 1.0;

    /// <summary>Mass of the long pole, kg.</summary>
    public const double LongPoleMass = 0.1;

    /// <summary>Half-length of the long pole, m.</summary>
    public const double LongPoleHalfLength = 0.5;

    /// <summary>Mass of the short pole, kg.</summary>
    public const double ShortPoleMass = 0.01;

    /// <summary>Half-length of the short pole, m.</summary>
    public const double ShortPoleHalfLength = 0.05;

    /// <summary>Friction of the pole hinges, μ_p.</summary>
    public const double HingeFriction = 0.000002;

    /// <summary>The cart–track friction coefficient of Gomez's code, μ_c.</summary>
    public const double TrackFriction = 0.0005;

    /// <summary>The largest force magnitude, N.</summary>
    public const double MaxForce = 10.0;

    /// <summary>The Runge-Kutta step, s.</summary>
    public const double Tau = 0.01;

    /// <summary>Runge-Kutta steps per control step.</summary>
    public const int SubstepsPerControlStep = 2;

    /// <summary>Half the track: the cart fails beyond ±2.4 m.</summary>
    public const double TrackLimit = 2.4;

    /// <summary>The failure angle with two poles, 36° as the reference code writes it (0.628329 rad).</summary>
    public const double ThirtySixDegrees = 0.628329;

    /// <summary>The failure angle with one pole, 12° as the reference code writes it (0.2094384 rad).</summary>
    public const double TwelveDegrees = 0.2094384;

    /// <summary>Number of state variables: (x, ẋ, θ₁, θ̇₁, θ₂, θ̇₂).</summary>
    public const int StateLength = 6;

    /// <summary>Creates the system.</summary>
    /// <param name="poles">1 (the long pole only) or 2.</param>
    /// <param name="cartFriction">The cart–track friction coefficient μ_c (0 in NEAT's code, <see cref="TrackFriction"/> in Gomez's).</param>
    public CartPoleSystem(int poles, double cartFriction = 0.0)
    {
        if (poles is not (1 or 2))
        {
            throw new ArgumentOutOfRangeException(nameof(poles), poles, "poles must be 1 or 2.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(cartFriction);
        Poles = poles;
        CartFriction = cartFriction;
        FailureAngle = poles == 2 ? ThirtySixDegrees : TwelveDegrees;
    }

    /// <summary>Number of poles.</summary>
    public int Poles { get; }

    /// <summary>The cart–track friction coefficient μ_c.</summary>
    public double CartFriction { get; }

    /// <summary>A pole beyond this angle (radians) fails: 36° with two poles, 12° with one.</summary>
    public double FailureAngle { get; }

    /// <summary>
    /// Whether <paramref name="state"/> is a failure: |x| &gt; 2.4 m or a pole beyond
    /// <see cref="FailureAngle"/>. A non-finite state is a failure too.
    /// </summary>
    public bool IsFailed(ReadOnlySpan<double> state) =>
        !(Math.Abs(state[0]) <= TrackLimit)
        || !(Math.Abs(state[2]) <= FailureAngle)
        || (Poles == 2 && !(Math.Abs(state[4]) <= FailureAngle));

    /// <summary>Advances <paramref name="state"/> by one control step (two RK4 steps of τ) under the constant <paramref name="force"/> (N).</summary>
    public void Advance(Span<double> state, double force)
    {
        Span<double> derivatives = stackalloc double[StateLength];
        for (int i = 0; i < SubstepsPerControlStep; i++)
        {
            derivatives[0] = state[1];
            derivatives[2] = state[3];
            derivatives[4] = state[5];
            Accelerations(force, state, derivatives);
            RungeKutta(force, state, derivatives);
        }
    }

    /// <summary>
    /// Writes ẍ, θ̈₁ and θ̈₂ of <paramref name="state"/> under <paramref name="force"/> into
    /// <paramref name="derivatives"/>[1], [3] and [5] (the reference code's <c>step</c>).
    /// </summary>
    public void Accelerations(double force, ReadOnlySpan<double> state, Span<double> derivatives)
    {
        (double sin1, double cos1) = Math.SinCos(state[2]);
        double gravitySin1 = Gravity * sin1;
        double massLength1 = LongPoleHalfLength * LongPoleMass;
        double friction1 = HingeFriction * state[3] / massLength1;
        double effectiveForce1 = (massLength1 * state[3] * state[3] * sin1)
            + (0.75 * LongPoleMass * cos1 * (friction1 + gravitySin1));
        double effectiveMass1 = LongPoleMass * (1 - (0.75 * cos1 * cos1));

        double cos2 = 0.0;
        double gravitySin2 = 0.0;
        double friction2 = 0.0;
        double effectiveForce2 = 0.0;
        double effectiveMass2 = 0.0;
        if (Poles == 2)
        {
            (double sin2, cos2) = Math.SinCos(state[4]);
            gravitySin2 = Gravity * sin2;
            double massLength2 = ShortPoleHalfLength * ShortPoleMass;
            friction2 = HingeFriction * state[5] / massLength2;
            effectiveForce2 = (massLength2 * state[5] * state[5] * sin2)
                + (0.75 * ShortPoleMass * cos2 * (friction2 + gravitySin2));
            effectiveMass2 = ShortPoleMass * (1 - (0.75 * cos2 * cos2));
        }

        double trackFriction = CartFriction * (state[1] >= 0 ? 1.0 : -1.0);
        double cartAcceleration = (force - trackFriction + effectiveForce1 + effectiveForce2)
            / (effectiveMass1 + effectiveMass2 + CartMass);
        derivatives[1] = cartAcceleration;
        derivatives[3] = -0.75 * ((cartAcceleration * cos1) + gravitySin1 + friction1) / LongPoleHalfLength;
        derivatives[5] = Poles == 2
            ? -0.75 * ((cartAcceleration * cos2) + gravitySin2 + friction2) / ShortPoleHalfLength
            : 0.0;
    }

    /// <summary>One RK4 step of τ from <paramref name="state"/> (in place), <paramref name="slope"/> its derivative (the reference code's <c>rk4</c>).</summary>
    private void RungeKutta(double force, Span<double> state, ReadOnlySpan<double> slope)
    {
        Span<double> trial = stackalloc double[StateLength];
        Span<double> slopeTrial = stackalloc double[StateLength];
        Span<double> slopeMiddle = stackalloc double[StateLength];
        const double half = Tau * 0.5;
        const double sixth = Tau / 6.0;
        for (int i = 0; i < StateLength; i++)
        {
            trial[i] = state[i] + (half * slope[i]);
        }

        Derivative(force, trial, slopeTrial);
        for (int i = 0; i < StateLength; i++)
        {
            trial[i] = state[i] + (half * slopeTrial[i]);
        }

        Derivative(force, trial, slopeMiddle);
        for (int i = 0; i < StateLength; i++)
        {
            trial[i] = state[i] + (Tau * slopeMiddle[i]);
            slopeMiddle[i] += slopeTrial[i];
        }

        Derivative(force, trial, slopeTrial);
        for (int i = 0; i < StateLength; i++)
        {
            state[i] += sixth * (slope[i] + slopeTrial[i] + (2.0 * slopeMiddle[i]));
        }
    }

    private void Derivative(double force, ReadOnlySpan<double> state, Span<double> derivatives)
    {
        Accelerations(force, state, derivatives);
        derivatives[0] = state[1];
        derivatives[2] = state[3];
        derivatives[4] = state[5];
    }
}
