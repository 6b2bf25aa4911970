using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Tasks.Control;
using Evorec.Tests.Support;

namespace Evorec.Tests.Tasks.Control;

public sealed class CartPoleEvaluatorTests
{
    private static CartPoleEvaluator EvaluatorFor(CartPoleOptions options) => new(new CartPoleSetup(options));

    [Fact]
    public void AHandDesignedStateFeedbackBalancesTheSinglePoleForOneHundredThousandSteps()
    {
        CartPoleEvaluator evaluator = EvaluatorFor(new CartPoleOptions { Poles = 1, Velocities = true });
        Evaluation evaluation = evaluator.Evaluate(LinearController.SinglePoleFeedback(), default);
        Assert.Equal(100_000, evaluation.Fitness);
        Assert.Equal(0.0, evaluation.Error);
        Assert.True(evaluation.Solved);
        Assert.Equal(100_000, evaluation.NetworkSteps);
        Assert.False(evaluator.HasVerification);
    }

    [Fact]
    public void WithoutControlTheDoublePoleFailsOnStepTwentyThree()
    {
        CartPoleEvaluator evaluator = EvaluatorFor(new CartPoleOptions());
        Evaluation evaluation = evaluator.Evaluate(LinearController.Constant(7, 0.5), default);
        // The cart, pushed by the falling long pole, tips the short pole past 36° first.
        Assert.Equal(22, evaluation.Fitness);
        Assert.Equal(1.0 - (22 / 100_000.0), evaluation.Error, 15);
        Assert.False(evaluation.Solved);
        Assert.Equal(23, evaluation.NetworkSteps);
    }

    [Fact]
    public void NonFiniteOutputsGiveTheBrokenEvaluation()
    {
        CartPoleEvaluator evaluator = EvaluatorFor(new CartPoleOptions { Velocities = false });
        Evaluation evaluation = evaluator.Evaluate(LinearController.Constant(4, double.NaN), default);
        Assert.Equal(Evaluation.Broken(1), evaluation);
    }

    [Fact]
    public void TheDampingProtocolVerifiesWithTheLongTestAndTheGeneralizationGrid()
    {
        CartPoleEvaluator evaluator = EvaluatorFor(new CartPoleOptions { Poles = 1, Velocities = true, Fitness = CartPoleFitness.Damping });
        Assert.True(evaluator.HasVerification);
        LinearController controller = LinearController.SinglePoleFeedback();
        Assert.True(evaluator.Evaluate(controller, default).Solved);

        int resetsBefore = controller.Resets;
        Verification verification = evaluator.Verify(controller);
        Assert.Equal(1 + GeneralizationGrid.Count, controller.Resets - resetsBefore);
        Assert.True(verification.Passed);
        Assert.Equal(100_000, verification.Metrics["test_steps_balanced"]);
        double score = verification.Metrics["generalization_score"];

        // 329 of 625, as an independent Python simulation of the same controller and equations finds.
        Assert.Equal(329, score);

        Evaluation test = evaluator.Test(controller);
        Assert.Equal(score, test.Fitness);
        Assert.Equal(1.0 - (score / 625), test.Error, 15);
        Assert.Equal(100_000, evaluator.TestMetrics(controller)["steps_balanced"]);
    }

    [Fact]
    public void AChampionThatFailsTheLongTestIsNotASolution()
    {
        CartPoleEvaluator evaluator = EvaluatorFor(new CartPoleOptions { Velocities = false });
        Verification verification = evaluator.Verify(LinearController.Constant(4, 0.5));
        Assert.False(verification.Passed);
        Assert.Equal(22, verification.Metrics["test_steps_balanced"]);
        Assert.False(verification.Metrics.ContainsKey("generalization_score"));
    }

    [Fact]
    public void AGeneralizationThresholdAboveTheScoreFailsVerification()
    {
        var options = new CartPoleOptions
        {
            Poles = 1,
            Fitness = CartPoleFitness.Damping,
            TestSteps = 2_000,
            GeneralizationSteps = 100,
            GeneralizationThreshold = 625,
        };
        Verification verification = EvaluatorFor(options).Verify(LinearController.SinglePoleFeedback());
        Assert.False(verification.Passed);
        Assert.True(verification.Metrics["generalization_score"] < 625);
    }

    [Fact]
    public void TheTaskSizesTheNetworkFromItsSetup()
    {
        var task = new CartPoleTask(new CartPoleOptions { Velocities = false }, new TaskContext(default));
        Assert.Equal("cart-pole", task.Kind);
        Assert.Equal(4, task.InputCount);
        Assert.Equal(1, task.OutputCount);
        Assert.Null(task.Dataset);
        Assert.IsType<CartPoleEvaluator>(task.CreateEvaluator());
    }

    [Theory]
    [InlineData(true, CartPoleFitness.Steps)]
    [InlineData(false, CartPoleFitness.Damping)]
    public void EvaluatingAnEpisodeAllocatesNothing(bool velocities, CartPoleFitness fitness)
    {
        var task = new CartPoleTask(new CartPoleOptions { Velocities = velocities, Fitness = fitness }, new TaskContext(default));
        var spec = new ElmanSpec(task.InputCount, 1, new ElmanOptions { Hidden = 5, OutputActivation = Activation.Logistic });
        IRecurrentNetwork network = spec.Create();
        var random = new RandomStream(StreamKey.FromSeed(3));
        double[] parameters = Enumerable.Range(0, spec.Layout.Count).Select(_ => random.NextDouble(-1, 1)).ToArray();
        spec.Load(parameters, network);
        ITaskEvaluator evaluator = task.CreateEvaluator();
        Evaluation first = evaluator.Evaluate(network, default);

        Evaluation again = default;
        long allocated = SteadyAllocation.Bytes(() =>
        {
            for (int i = 0; i < 20; i++)
            {
                again = evaluator.Evaluate(network, default);
            }
        });
        Assert.Equal(0, allocated);
        Assert.Equal(first, again);
        Assert.True(first.NetworkSteps > 0);
    }
}
