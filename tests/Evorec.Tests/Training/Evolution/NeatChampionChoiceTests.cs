using Evorec.Genomes;
using Evorec.Numerics;
using Evorec.Training.Evolution;

namespace Evorec.Tests.Training.Evolution;

/// <summary>
/// The genome NEAT 1.2.1's <c>pole2_epoch</c> tests each generation in the non-Markov case: the
/// champion of the best-ranked species whose record rose and that was not tested since, else the
/// champion of the best-ranked species.
/// </summary>
public sealed class NeatChampionChoiceTests
{
    private static readonly NeatGenome Genome = NeatGenome.CreateMinimal(1, false, 1, new RandomStream(StreamKey.FromSeed(1)), 1.0);

    private static NeatSpecies Species(int id, double record, params int[] members)
    {
        var species = new NeatSpecies(id, Genome, 0) { BestFitness = record };
        species.Members.AddRange(members);
        return species;
    }

    [Fact]
    public void TheBestSpeciesIsTestedWhenItsRecordRoseAndItsChampionIsItsFittestMember()
    {
        NeatSpecies[] species = [Species(0, 0.5, 0, 1), Species(1, 0.2, 2, 3)];
        double[] fitness = [0.3, 0.9, 0.4, 0.1];

        Assert.Equal(1, NeatChampionChoice.ImprovedSpecies(species, fitness));
        Assert.True(species[0].Tested);
        Assert.False(species[1].Tested);
    }

    [Fact]
    public void ASpeciesBelowTheBestIsTestedWhenOnlyItsRecordRose()
    {
        NeatSpecies[] species = [Species(0, 0.9, 0, 1), Species(1, 0.2, 2, 3), Species(2, 0.1, 4)];
        species[0].Tested = true;
        species[1].Tested = true;
        species[2].Tested = true;
        double[] fitness = [0.9, 0.8, 0.2, 0.1, 0.5];

        // Species 0 (best 0.9) did not beat its record; species 2 (0.5 > 0.1) did, species 1 (0.2) did not.
        Assert.Equal(4, NeatChampionChoice.ImprovedSpecies(species, fitness));
        Assert.True(species[2].Tested);
    }

    [Fact]
    public void AnUntestedSpeciesStaysFirstInLineUntilItIsTested()
    {
        NeatSpecies[] species = [Species(0, 0.0, 0), Species(1, 0.0, 1)];
        double[] fitness = [0.9, 0.5];

        // Both rose; only the best-ranked is tested. Next generation neither rises, but species 1 was never tested.
        Assert.Equal(0, NeatChampionChoice.ImprovedSpecies(species, fitness));
        species[0].BestFitness = 0.9;
        species[1].BestFitness = 0.5;
        Assert.Equal(1, NeatChampionChoice.ImprovedSpecies(species, fitness));
    }

    [Fact]
    public void WhenEverySpeciesWasTestedTheBestSpeciesChampionIsTestedAgain()
    {
        NeatSpecies[] species = [Species(0, 0.9, 0, 1), Species(1, 0.95, 2)];
        species[0].Tested = true;
        species[1].Tested = true;
        double[] fitness = [0.4, 0.9, 0.95];

        Assert.Equal(2, NeatChampionChoice.ImprovedSpecies(species, fitness));
    }

    [Fact]
    public void TiesRankSpeciesAndMembersInTheirOrder()
    {
        NeatSpecies[] species = [Species(0, 0.0, 1, 0), Species(1, 0.0, 2)];
        double[] fitness = [0.7, 0.7, 0.7];

        Assert.Equal(1, NeatChampionChoice.ImprovedSpecies(species, fitness));
        species[0].BestFitness = 0.7;
        species[1].BestFitness = 0.7;
        Assert.Equal(2, NeatChampionChoice.ImprovedSpecies(species, fitness));
    }

    [Fact]
    public void NaNFitnessCountsAsMinusInfinity()
    {
        NeatSpecies[] species = [Species(0, 0.0, 0, 1), Species(1, 0.0, 2)];
        double[] fitness = [double.NaN, 0.4, double.NaN];

        // Species 0's champion is its second member; species 1 (only NaN) ranks last and has not risen.
        Assert.Equal(1, NeatChampionChoice.ImprovedSpecies(species, fitness));
        Assert.False(species[1].Tested);
    }

    [Fact]
    public void NoSpeciesIsRefused()
    {
        Assert.Throws<ArgumentException>(() => NeatChampionChoice.ImprovedSpecies([], [1.0]));
    }
}
