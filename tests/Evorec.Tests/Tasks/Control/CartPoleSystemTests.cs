using Evorec.Tasks.Control;

namespace Evorec.Tests.Tasks.Control;

public sealed class CartPoleSystemTests
{
    /// <summary>
    /// An independent reference written from the published equations (Wieland 1991, as given in
    /// REFERENCES.md) with a textbook RK4: y ← y + h/6 (k1 + 2k2 + 2k3 + k4), two steps of 0.01 s per control step.
    /// </summary>
    private static double[] ReferenceControlStep(double[] y, double force, int poles)
    {
        for (int i = 0; i < 2; i++)
        {
            y = ReferenceRungeKutta(y, force, poles, 0.01);
        }

        return y;
    }

    private static double[] ReferenceRungeKutta(double[] y, double force, int poles, double h)
    {
        double[] k1 = ReferenceDerivative(y, force, poles);
        double[] k2 = ReferenceDerivative(Add(y, k1, h / 2), force, poles);
        double[] k3 = ReferenceDerivative(Add(y, k2, h / 2), force, poles);
        double[] k4 = ReferenceDerivative(Add(y, k3, h), force, poles);
        var next = new double[6];
        for (int i = 0; i < 6; i++)
        {
            next[i] = y[i] + (h / 6 * (k1[i] + (2 * k2[i]) + (2 * k3[i]) + k4[i]));
        }

        return next;
    }

    private static double[] Add(double[] y, double[] k, double h) => y.Select((v, i) => v + (h * k[i])).ToArray();

    /// <summary>F̃_i = m l θ̇² sin θ + ¾ m cos θ (μ θ̇/(m l) + g sin θ); m̃_i = m(1 − ¾cos²θ); ẍ = (F + ΣF̃)/(M + Σm̃); θ̈ = −3/(4l)(ẍ cos θ + g sin θ + μ θ̇/(m l)); g = −9.8.</summary>
    private static double[] ReferenceDerivative(double[] y, double force, int poles)
    {
        const double g = -9.8;
        const double mu = 2e-6;
        double[] masses = [0.1, 0.01];
        double[] halfLengths = [0.5, 0.05];
        double forces = 0;
        double effectiveMasses = 0;
        for (int p = 0; p < poles; p++)
        {
            double theta = y[2 + (2 * p)];
            double omega = y[3 + (2 * p)];
            double m = masses[p];
            double l = halfLengths[p];
            forces += (m * l * omega * omega * Math.Sin(theta)) + (0.75 * m * Math.Cos(theta) * ((mu * omega / (m * l)) + (g * Math.Sin(theta))));
            effectiveMasses += m * (1 - (0.75 * Math.Cos(theta) * Math.Cos(theta)));
        }

        double xAcceleration = (force + forces) / (1.0 + effectiveMasses);
        var d = new double[6];
        d[0] = y[1];
        d[1] = xAcceleration;
        for (int p = 0; p < poles; p++)
        {
            double theta = y[2 + (2 * p)];
            double omega = y[3 + (2 * p)];
            d[2 + (2 * p)] = omega;
            d[3 + (2 * p)] = -(3 / (4 * halfLengths[p])) * ((xAcceleration * Math.Cos(theta)) + (g * Math.Sin(theta)) + (mu * omega / (masses[p] * halfLengths[p])));
        }

        return d;
    }

    [Theory]
    [InlineData(2, 0.0)]
    [InlineData(1, 0.0)]
    [InlineData(2, 10.0)]
    [InlineData(2, -3.7)]
    [InlineData(1, 10.0)]
    public void TrajectoryAgreesWithAnIndependentRungeKuttaOfThePublishedEquations(int poles, double force)
    {
        var system = new CartPoleSystem(poles);
        double[] state = [0, 0, 0.07, 0, 0, 0];
        double[] reference = [0, 0, 0.07, 0, 0, 0];
        for (int step = 0; step < 100; step++)
        {
            system.Advance(state, force);
            reference = ReferenceControlStep(reference, force, poles);
            for (int i = 0; i < 6; i++)
            {
                Assert.True(Math.Abs(state[i] - reference[i]) <= 1e-9, $"step {step + 1}, variable {i}: {state[i]} vs {reference[i]}");
            }
        }

        // The trajectory really went somewhere (the long pole swings far past its start).
        Assert.True(Math.Abs(state[2]) > 0.2);
    }

    [Fact]
    public void AccelerationsOfAPushFromRestMatchHandComputedValues()
    {
        // Upright at rest: F̃ = 0, m̃1 = 0.1·0.25, m̃2 = 0.01·0.25, so ẍ = 10 / 1.0275,
        // θ̈1 = −(3/(4·0.5))·ẍ = −1.5 ẍ and θ̈2 = −(3/(4·0.05))·ẍ = −15 ẍ.
        var system = new CartPoleSystem(2);
        var derivatives = new double[6];
        system.Accelerations(10.0, new double[6], derivatives);
        double xAcceleration = 10.0 / 1.0275;
        Assert.Equal(xAcceleration, derivatives[1], 12);
        Assert.Equal(-1.5 * xAcceleration, derivatives[3], 12);
        Assert.Equal(-15 * xAcceleration, derivatives[5], 11);
    }

    [Fact]
    public void WithZeroForceTheLongPoleFallsPastThirtySixDegreesWithinAboutThirtyFiveSteps()
    {
        // The sign trap: with g = −9.8 in these equations the poles fall; with +9.8 they would hang.
        var system = new CartPoleSystem(2);
        double[] state = [0, 0, 0.07, 0, 0, 0];
        int steps = 0;
        double previous = state[2];
        while (state[2] <= CartPoleSystem.ThirtySixDegrees)
        {
            system.Advance(state, 0.0);
            steps++;
            Assert.True(state[2] > previous, "the tilted pole keeps falling the way it leans");
            previous = state[2];
            Assert.True(steps <= 100, "the pole did not fall: check the sign of gravity");
        }

        Assert.Equal(37, steps);
        Assert.True(system.IsFailed(state));
    }

    [Fact]
    public void FailureBoundsAreTheTrackAndTheReferenceAngles()
    {
        var two = new CartPoleSystem(2);
        var one = new CartPoleSystem(1);
        Assert.False(two.IsFailed([2.4, 0, 0.628329, 0, -0.628329, 0]));
        Assert.True(two.IsFailed([2.4000001, 0, 0, 0, 0, 0]));
        Assert.True(two.IsFailed([0, 0, 0, 0, 0.62833, 0]));
        Assert.False(one.IsFailed([0, 0, 0.2094384, 0, 1.0, 0]));
        Assert.True(one.IsFailed([0, 0, -0.20944, 0, 0, 0]));
        Assert.True(two.IsFailed([double.NaN, 0, 0, 0, 0, 0]));
    }

    [Fact]
    public void GomezTrackFrictionOpposesTheCartVelocityWithSignOfZeroPositive()
    {
        var frictionless = new CartPoleSystem(2);
        var rough = new CartPoleSystem(2, CartPoleSystem.TrackFriction);
        var smooth = new double[6];
        var withFriction = new double[6];
        frictionless.Accelerations(1.0, [0, 0.5, 0, 0, 0, 0], smooth);
        rough.Accelerations(1.0, [0, 0.5, 0, 0, 0, 0], withFriction);
        Assert.Equal((1.0 - 0.0005) / 1.0275, withFriction[1], 14);
        Assert.Equal(1.0 / 1.0275, smooth[1], 14);
        rough.Accelerations(1.0, [0, 0.0, 0, 0, 0, 0], withFriction);
        Assert.Equal((1.0 - 0.0005) / 1.0275, withFriction[1], 14);
        rough.Accelerations(1.0, [0, -0.5, 0, 0, 0, 0], withFriction);
        Assert.Equal((1.0 + 0.0005) / 1.0275, withFriction[1], 14);
    }

    /// <summary>The system takes sine and cosine from Math.SinCos; on this runtime its bits are those of Math.Sin and Math.Cos.</summary>
    [Fact]
    public void SinCosGivesTheBitsOfSinAndCos()
    {
        var random = new Random(17);
        for (int i = 0; i < 200_000; i++)
        {
            double angle = (random.NextDouble() - 0.5) * (i % 2 == 0 ? 1.4 : 20.0);
            (double sin, double cos) = Math.SinCos(angle);
            Assert.Equal(BitConverter.DoubleToInt64Bits(Math.Sin(angle)), BitConverter.DoubleToInt64Bits(sin));
            Assert.Equal(BitConverter.DoubleToInt64Bits(Math.Cos(angle)), BitConverter.DoubleToInt64Bits(cos));
        }
    }
}
