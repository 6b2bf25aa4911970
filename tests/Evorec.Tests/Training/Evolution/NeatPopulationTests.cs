using Evorec.Numerics;
using Evorec.Training.Evolution;

namespace Evorec.Tests.Training.Evolution;

public sealed class NeatPopulationTests
{
    [Fact]
    public void TheMinimalStartIsOneSpeciesOfIdenticalTopologies()
    {
        var population = new NeatPopulation(new NeatOptions(), 2, true, 1, new StreamKey(1));

        Assert.Equal(150, population.Genomes.Count);
        Assert.Single(population.Species);
        Assert.All(population.Genomes, g => Assert.Equal([0, 1, 2], g.Connections.Select(c => c.Innovation)));
    }

    [Fact]
    public void TheThresholdFallsTowardAHigherTargetAndRisesTowardALowerOne()
    {
        var falling = new NeatPopulation(new NeatOptions { Population = 20, TargetSpecies = 50 }, 2, true, 1, new StreamKey(2));
        falling.Advance(Fitness(20), 0);
        Assert.Equal(2.7, falling.CompatibilityThreshold, 12);
        falling.Advance(Fitness(20), 1);
        Assert.Equal(2.4, falling.CompatibilityThreshold, 12);

        var rising = new NeatPopulation(new NeatOptions { Population = 20, TargetSpecies = 1, CompatibilityThreshold = 0.01, MinimumThreshold = 0.01 }, 2, true, 1, new StreamKey(3));
        Assert.True(rising.Species.Count > 1);
        rising.Advance(Fitness(20), 0);
        Assert.Equal(0.31, rising.CompatibilityThreshold, 12);

        var fixedThreshold = new NeatPopulation(new NeatOptions { Population = 20 }, 2, true, 1, new StreamKey(4));
        fixedThreshold.Advance(Fitness(20), 0);
        Assert.Equal(3.0, fixedThreshold.CompatibilityThreshold);
    }

    [Fact]
    public void EveryGenomeBelongsToTheSpeciesThatListsItAndThePopulationSizeIsKept()
    {
        var population = new NeatPopulation(new NeatOptions { Population = 40, CompatibilityThreshold = 0.5 }, 2, true, 1, new StreamKey(5));
        for (int generation = 0; generation < 5; generation++)
        {
            population.Advance(Fitness(40), generation);
            Assert.Equal(40, population.Genomes.Count);
            Assert.Equal(40, population.Species.Sum(s => s.Members.Count));
            for (int s = 0; s < population.Species.Count; s++)
            {
                Assert.All(population.Species[s].Members, m => Assert.Equal(s, population.SpeciesOf(m)));
            }
        }
    }

    [Fact]
    public void TheSameKeyBreedsTheSamePopulation()
    {
        static string Fingerprint(int seed)
        {
            var population = new NeatPopulation(new NeatOptions { Population = 30, AddNodeProbability = 0.3, AddConnectionProbability = 0.3 }, 2, true, 1, new StreamKey((ulong)seed));
            for (int generation = 0; generation < 4; generation++)
            {
                population.Advance(Fitness(30), generation);
            }

            return string.Join(";", population.Genomes.Select(g => string.Join(",", g.Connections.Select(c => $"{c.Innovation}:{c.Weight:R}:{c.Enabled}"))));
        }

        Assert.Equal(Fingerprint(6), Fingerprint(6));
        Assert.NotEqual(Fingerprint(6), Fingerprint(7));
    }

    [Theory]
    [InlineData(1.5, 0.0, "toggleEnableProbability must lie in [0, 1], got 1.5.")]
    [InlineData(0.0, -0.1, "reenableProbability must lie in [0, 1], got -0.1.")]
    [InlineData(double.NaN, 0.0, "toggleEnableProbability must lie in [0, 1], got NaN.")]
    public void EnableMutationProbabilitiesOutsideTheUnitIntervalAreRefusedByName(double toggle, double reenable, string message)
    {
        var options = new NeatOptions { ToggleEnableProbability = toggle, ReenableProbability = reenable };
        var exception = Assert.Throws<ArgumentException>(() => new NeatPopulation(options, 2, true, 1, new StreamKey(1)));
        Assert.Equal(message, exception.Message);
    }

    [Fact]
    public void AnUndefinedWeightMutationIsRefusedByName()
    {
        var options = new NeatOptions { WeightMutation = (Evorec.Genomes.NeatWeightScheme)7 };
        var exception = Assert.Throws<ArgumentException>(() => new NeatPopulation(options, 2, true, 1, new StreamKey(1)));
        Assert.Equal("weightMutation must be paper or neat121, got 7.", exception.Message);
    }

    [Fact]
    public void ReenablingLeavesFewerDisabledGenesThanAddNodeAloneAndTogglingChangesThePopulation()
    {
        static (int Disabled, string Fingerprint) Breed(double toggle, double reenable)
        {
            var options = new NeatOptions { Population = 30, AddNodeProbability = 0.3, ToggleEnableProbability = toggle, ReenableProbability = reenable };
            var population = new NeatPopulation(options, 2, true, 1, new StreamKey(8));
            for (int generation = 0; generation < 6; generation++)
            {
                population.Advance(Fitness(30), generation);
            }

            int disabled = population.Genomes.Sum(g => g.Connections.Count(c => !c.Enabled));
            string fingerprint = string.Join(";", population.Genomes.Select(g => string.Join(",", g.Connections.Select(c => $"{c.Innovation}:{c.Enabled}"))));
            return (disabled, fingerprint);
        }

        (int plain, string plainFingerprint) = Breed(0.0, 0.0);
        Assert.True(plain > 0);
        Assert.True(Breed(0.0, 1.0).Disabled < plain);
        Assert.NotEqual(plainFingerprint, Breed(1.0, 0.0).Fingerprint);
    }

    private static double[] Fitness(int count) => Enumerable.Range(0, count).Select(i => 1.0 + (i % 7)).ToArray();
}
