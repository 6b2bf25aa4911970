using Evorec.Tasks;

namespace Evorec.Tests.Tasks.TimeSeries;

public sealed class MackeyGlassSeriesTests
{
    /// <summary>
    /// An independent reference: classical RK4 at step h = 0.01 (τ/h = 1700 steps, so the delayed value at
    /// the step ends is a stored point; at the half steps it is the mean of two stored points), x = 1.2 for t ≤ 0.
    /// </summary>
    private static double[] ReferenceSamples(int count, double tau = 17.0)
    {
        const double h = 0.01;
        const int perSample = 100;
        int delay = (int)Math.Round(tau / h);
        int steps = (count - 1) * perSample;
        var x = new double[steps + 1];
        x[0] = 1.2;
        double History(int index) => index <= 0 ? (index == 0 ? x[0] : 1.2) : x[index];
        double F(double value, double delayed) => (0.2 * delayed / (1 + Math.Pow(delayed, 10))) - (0.1 * value);
        for (int n = 0; n < steps; n++)
        {
            double d0 = History(n - delay);
            double d1 = History(n + 1 - delay);
            double dHalf = 0.5 * (d0 + d1);
            double k1 = F(x[n], d0);
            double k2 = F(x[n] + (0.5 * h * k1), dHalf);
            double k3 = F(x[n] + (0.5 * h * k2), dHalf);
            double k4 = F(x[n] + (h * k3), d1);
            x[n + 1] = x[n] + (h / 6 * (k1 + (2 * k2) + (2 * k3) + k4));
        }

        var samples = new double[count];
        for (int i = 0; i < count; i++)
        {
            samples[i] = x[i * perSample];
        }

        return samples;
    }

    /// <summary>
    /// The task integrates at h = 0.1 with linearly interpolated delayed values at the half steps; that
    /// interpolation, O(h²)·|x''|/8 ≈ 6e-5 per evaluation (|x''| ≲ 0.05 on the attractor), dominates RK4's own
    /// O(h⁴) error, and the chaotic dynamics (largest Lyapunov exponent about 0.006–0.01 per unit of time at
    /// τ = 17) amplify the accumulated difference. Measured against the h = 0.01 reference: 1.7e-5 up to t = 50,
    /// 2.1e-4 up to t = 300. The tolerances are a few times those, on a signal of range about 1.
    /// </summary>
    [Fact]
    public void Matches_a_fine_step_reference_integration()
    {
        double[] task = MackeyGlassSeries.Generate(301);
        double[] reference = ReferenceSamples(301);
        for (int i = 0; i <= 300; i++)
        {
            Assert.True(Math.Abs(task[i] - reference[i]) < (i <= 50 ? 1e-4 : 1e-3), $"t = {i}: {task[i]} against {reference[i]}");
        }
    }

    [Fact]
    public void The_reference_comparison_detects_a_one_percent_error_in_the_delay()
    {
        double[] task = MackeyGlassSeries.Generate(301, tau: 17.17);
        double[] reference = ReferenceSamples(301);
        double largest = Enumerable.Range(0, 301).Max(i => Math.Abs(task[i] - reference[i]));
        Assert.True(largest > 1e-2, $"largest difference {largest}");
    }

    [Fact]
    public void Stays_on_the_known_attractor_range()
    {
        double[] samples = MackeyGlassSeries.Generate(6000)[1000..];
        Assert.InRange(samples.Min(), 0.2, 0.6);
        Assert.InRange(samples.Max(), 1.1, 1.4);
    }

    [Fact]
    public void The_euler_integrator_is_jaegers_equation_23()
    {
        double[] task = MackeyGlassSeries.Generate(301, integrator: MackeyGlassIntegrator.Euler);
        var fine = new double[3001];
        fine[0] = 1.2;
        for (int n = 0; n < 3000; n++)
        {
            double delayed = n - 170 < 0 ? 1.2 : fine[n - 170];
            fine[n + 1] = fine[n] + (0.1 * ((0.2 * delayed / (1 + Math.Pow(delayed, 10))) - (0.1 * fine[n])));
        }

        for (int i = 0; i <= 300; i++)
        {
            Assert.Equal(fine[10 * i], task[i], 12);
        }
    }
}
