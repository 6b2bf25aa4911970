using Evorec.Tests.Support;
using Evorec.Training.Gradient;

namespace Evorec.Tests.Training.Gradient;

public sealed class GradientStepTests
{
    /// <summary>Kingma &amp; Ba 2015, Algorithm 1, two steps worked by hand.</summary>
    [Fact]
    public void AdamFollowsAlgorithmOneWorkedByHand()
    {
        var adam = new AdamStep(2, beta1: 0.9, beta2: 0.999, epsilon: 1e-8);
        double[] theta = [1.0, -2.0];
        adam.Update(theta, [0.5, -4.0], learningRate: 0.1);

        // Step 1: m = 0.1 g, v = 0.001 g², m̂ = g, v̂ = g², Δ = −α g / (|g| + ε).
        Assert.Equal(1.0 - (0.1 * 0.5 / (0.5 + 1e-8)), theta[0], 15);
        Assert.Equal(-2.0 + (0.1 * 4.0 / (4.0 + 1e-8)), theta[1], 15);

        double before = theta[0];
        adam.Update(theta, [-1.0, 0.0], learningRate: 0.1);

        // Step 2 for θ₀: m = 0.9·0.05 + 0.1·(−1) = −0.055, v = 0.999·0.00025 + 0.001·1 = 0.00124975,
        // m̂ = −0.055 / 0.19, v̂ = 0.00124975 / 0.001999.
        double mHat = -0.055 / (1 - (0.9 * 0.9));
        double vHat = 0.00124975 / (1 - (0.999 * 0.999));
        Assert.Equal(before - (0.1 * mHat / (Math.Sqrt(vHat) + 1e-8)), theta[0], 14);
    }

    /// <summary>v ← μ v − η g, θ ← θ + v, worked by hand.</summary>
    [Fact]
    public void MomentumAccumulatesVelocity()
    {
        var sgd = new MomentumStep(1, momentum: 0.5);
        double[] theta = [1.0];
        sgd.Update(theta, [2.0], learningRate: 0.1);
        Assert.Equal(0.8, theta[0], 15);
        sgd.Update(theta, [2.0], learningRate: 0.1);
        Assert.Equal(0.8 - 0.1 - 0.2, theta[0], 15);
    }

    [Fact]
    public void UpdatesAllocateNothing()
    {
        var adam = new AdamStep(10, 0.9, 0.999, 1e-8);
        var sgd = new MomentumStep(10, 0.9);
        var theta = new double[10];
        var gradient = new double[10];
        adam.Update(theta, gradient, 0.1);
        sgd.Update(theta, gradient, 0.1);
        Assert.Equal(0, SteadyAllocation.Bytes(() =>
        {
            for (int i = 0; i < 100; i++)
            {
                adam.Update(theta, gradient, 0.1);
                sgd.Update(theta, gradient, 0.1);
            }
        }));
    }
}
