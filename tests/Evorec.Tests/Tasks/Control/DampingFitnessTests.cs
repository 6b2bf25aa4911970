using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Tasks.Control;

namespace Evorec.Tests.Tasks.Control;

public sealed class DampingFitnessTests
{
    [Fact]
    public void FormulaMatchesHandComputedValues()
    {
        // F = 0.1 t/1000 + 0.9 · 0.75 / J for t > 100, else 0.1 t/1000.
        Assert.Equal(0.19, DampingFitness.Of(1000, 1000, 7.5), 15);
        Assert.Equal(0.0101 + 0.3375, DampingFitness.Of(101, 1000, 2.0), 15);
        Assert.Equal(0.01, DampingFitness.Of(100, 1000, 2.0), 15);
        Assert.Equal(0.0036, DampingFitness.Of(36, 1000, 0.0), 15);
        Assert.Equal(3.75, DampingFitness.Jiggle([1, -2, 0.5, -0.25, 9, 9]));
    }

    /// <summary>Runs the episode by hand and sums the jiggle of the states after steps t − 99 … t.</summary>
    private static (int Balanced, double JiggleSum) ByHand(CartPoleSetup setup, LinearController controller)
    {
        var system = new CartPoleSystem(setup.Poles, setup.CartFriction);
        var state = new double[6];
        setup.StandardStart(state);
        var input = new double[setup.InputCount];
        var output = new double[1];
        var jiggles = new List<double>();
        while (jiggles.Count < setup.EpisodeSteps)
        {
            setup.Observe(state, input);
            controller.Step(input, output);
            system.Advance(state, setup.Force(output[0]));
            if (system.IsFailed(state))
            {
                break;
            }

            jiggles.Add(Math.Abs(state[0]) + Math.Abs(state[1]) + Math.Abs(state[2]) + Math.Abs(state[3]));
        }

        double sum = 0;
        foreach (double jiggle in jiggles.Skip(Math.Max(0, jiggles.Count - 100)))
        {
            sum += jiggle;
        }

        return (jiggles.Count, sum);
    }

    [Theory]
    [InlineData(1.0, 1.5, 20.0, 3.0, 1000)]
    [InlineData(0.5, 1.0, 15.0, 2.0, 176)]
    public void EpisodeFitnessSumsTheLastHundredBalancedStates(double kx, double kv, double ktheta, double komega, int expectedBalanced)
    {
        var setup = new CartPoleSetup(new CartPoleOptions { Poles = 1, Velocities = true, Fitness = CartPoleFitness.Damping });
        var controller = new LinearController([kx * 4.8 / 20, kv * 2 / 20, ktheta * 0.52 / 20, komega * 2 / 20, 0.0], 0.5);
        (int balanced, double jiggleSum) = ByHand(setup, controller);
        Assert.Equal(expectedBalanced, balanced);

        Evaluation evaluation = new CartPoleEvaluator(setup).Evaluate(controller, default(StreamKey));
        Assert.Equal(0.1 * (balanced / 1000.0) + (0.9 * (0.75 / jiggleSum)), evaluation.Fitness, 12);
        Assert.Equal(1.0 - (balanced / 1000.0), evaluation.Error, 15);
        Assert.Equal(balanced == 1000, evaluation.Solved);
    }

    [Fact]
    public void ShortEpisodesScoreOnlyTheirLength()
    {
        // With zero force the short pole passes 36° on step 23: 22 steps balanced.
        var setup = new CartPoleSetup(new CartPoleOptions { Velocities = false });
        Evaluation evaluation = new CartPoleEvaluator(setup).Evaluate(LinearController.Constant(setup.InputCount, 0.5), default(StreamKey));
        Assert.Equal(0.0022, evaluation.Fitness, 15);
        Assert.False(evaluation.Solved);
        Assert.Equal(23, evaluation.NetworkSteps);
    }
}
