using Evorec.Tasks.Control;

namespace Evorec.Tests.Tasks.Control;

public sealed class CartPoleSetupTests
{
    private static readonly double[] State = [1.2, -0.8, 0.05, 0.3, -0.02, 1.6];

    private static double[] Observe(CartPoleOptions options)
    {
        var setup = new CartPoleSetup(options);
        var input = new double[setup.InputCount];
        setup.Observe(State, input);
        return input;
    }

    [Fact]
    public void StanleyInputsAreNeatsScalingWithABiasOfOneHalfLast()
    {
        Assert.Equal(
            [1.2 / 4.8, -0.8 / 2, 0.05 / 0.52, 0.3 / 2, -0.02 / 0.52, 1.6 / 2, 0.5],
            Observe(new CartPoleOptions { Poles = 2, Velocities = true }));
        Assert.Equal(
            [1.2 / 4.8, 0.05 / 0.52, -0.02 / 0.52, 0.5],
            Observe(new CartPoleOptions { Poles = 2, Velocities = false }));
        Assert.Equal(
            [1.2 / 4.8, -0.8 / 2, 0.05 / 0.52, 0.3 / 2, 0.5],
            Observe(new CartPoleOptions { Poles = 1, Velocities = true }));
        Assert.Equal(
            [1.2 / 4.8, 0.05 / 0.52, 0.5],
            Observe(new CartPoleOptions { Poles = 1, Velocities = false }));
    }

    [Fact]
    public void GomezInputsAreHisCodesScalingWithABiasOfOne()
    {
        var gomez = CartPoleProtocol.Gomez2008;
        Assert.Equal(
            [1.2 / 2.4, -0.8 / 10, 0.05 / 0.628329, 0.3 / 5, -0.02 / 0.628329, 1.6 / 16, 1.0],
            Observe(new CartPoleOptions { Protocol = gomez, Poles = 2, Velocities = true }));
        Assert.Equal(
            [1.2 / 2.4, 0.05 / 0.52, -0.02 / 0.52, 1.0],
            Observe(new CartPoleOptions { Protocol = gomez, Poles = 2, Velocities = false }));
        Assert.Equal(
            [1.2 / 2.4, -0.8 / 10, 0.05 / 0.2094384, 0.3 / 5, 1.0],
            Observe(new CartPoleOptions { Protocol = gomez, Poles = 1, Velocities = true }));
        Assert.Equal(
            [1.2 / 2.4, 0.05 / 0.2094384],
            Observe(new CartPoleOptions { Protocol = gomez, Poles = 1, Velocities = false }));
    }

    [Fact]
    public void PresetsSetStartAngleFrictionAndMinimumForce()
    {
        var stanley = new CartPoleSetup(new CartPoleOptions());
        var gomez = new CartPoleSetup(new CartPoleOptions { Protocol = CartPoleProtocol.Gomez2008 });
        Assert.Equal(0.07, stanley.StartAngle);
        Assert.Equal(4.0156035 * 0.0174532, gomez.StartAngle);
        Assert.Equal(0.0700851, gomez.StartAngle, 7);
        Assert.Equal(0.0, stanley.CartFriction);
        Assert.Equal(0.0005, gomez.CartFriction);
        Assert.Equal(0.0, stanley.MinimumForce);
        Assert.Equal(0.0390625, gomez.MinimumForce);

        var start = new double[6];
        gomez.StandardStart(start);
        Assert.Equal([0, 0, gomez.StartAngle, 0, 0, 0], start);
        Assert.Equal(0.1, new CartPoleSetup(new CartPoleOptions { StartAngle = 0.1 }).StartAngle);
    }

    [Fact]
    public void FitnessAndEpisodeLengthFollowTheVelocitiesUnlessOverridden()
    {
        var markov = new CartPoleSetup(new CartPoleOptions { Velocities = true });
        var nonMarkov = new CartPoleSetup(new CartPoleOptions { Velocities = false });
        Assert.Equal(CartPoleFitness.Steps, markov.Fitness);
        Assert.Equal(100_000, markov.EpisodeSteps);
        Assert.Equal(CartPoleFitness.Damping, nonMarkov.Fitness);
        Assert.Equal(1_000, nonMarkov.EpisodeSteps);
        var standard = new CartPoleSetup(new CartPoleOptions { Velocities = false, Fitness = CartPoleFitness.Steps });
        Assert.Equal(100_000, standard.EpisodeSteps);
        Assert.Equal(500, new CartPoleSetup(new CartPoleOptions { EpisodeSteps = 500 }).EpisodeSteps);
        Assert.Equal(100_000, markov.TestSteps);
        Assert.Equal(1_000, markov.GeneralizationSteps);
        Assert.Equal(200, markov.GeneralizationThreshold);
    }

    [Theory]
    [InlineData(1.0, 10.0)]
    [InlineData(0.5, 0.0)]
    [InlineData(0.0, -10.0)]
    [InlineData(0.75, 5.0)]
    [InlineData(1.7, 10.0)]
    [InlineData(-3.0, -10.0)]
    public void LogisticMappingIsNeatsTwentyTimesOutputMinusOneHalfClamped(double output, double force)
    {
        Assert.Equal(force, new CartPoleSetup(new CartPoleOptions()).Force(output), 12);
    }

    [Theory]
    [InlineData(1.0, 10.0)]
    [InlineData(0.0, 0.0)]
    [InlineData(-0.25, -2.5)]
    [InlineData(4.0, 10.0)]
    public void SymmetricMappingIsTenTimesOutputClamped(double output, double force)
    {
        var setup = new CartPoleSetup(new CartPoleOptions { ForceMapping = CartPoleForceMapping.Symmetric });
        Assert.Equal(force, setup.Force(output), 12);
    }

    [Theory]
    [InlineData(0.5, 0.0390625)]
    [InlineData(0.501, 0.0390625)]
    [InlineData(0.499, -0.0390625)]
    [InlineData(0.6, 2.0)]
    public void GomezRaisesSmallForcesToTenOver256Newtons(double output, double force)
    {
        var setup = new CartPoleSetup(new CartPoleOptions { Protocol = CartPoleProtocol.Gomez2008 });
        Assert.Equal(force, setup.Force(output), 12);
    }

    [Theory]
    [InlineData(3, null, 200)]
    [InlineData(2, 0, 200)]
    [InlineData(2, null, 626)]
    public void InconsistentOptionsAreRefused(int poles, int? episodeSteps, int threshold)
    {
        Assert.Throws<ArgumentException>(() => new CartPoleSetup(new CartPoleOptions
        {
            Poles = poles,
            EpisodeSteps = episodeSteps,
            GeneralizationThreshold = threshold,
        }));
    }
}
