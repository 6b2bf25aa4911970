using Evorec.Training.Evolution;

namespace Evorec.Tests.Training.Evolution;

public sealed class NeatFitnessSharingTests
{
    [Fact]
    public void ASpeciesGetsOffspringInProportionToItsSummedSharedFitness()
    {
        // Species A: one genome of fitness 10 (shared 10). Species B: four of fitness 10 (shared 2.5 each, 10 in all).
        // Species C: two of fitness 5 (shared 2.5 each, 5 in all). Total 25; 50 offspring: 20, 20, 10.
        int[] offspring = NeatFitnessSharing.Allocate([[10.0], [10.0, 10.0, 10.0, 10.0], [5.0, 5.0]], 50);

        Assert.Equal([20, 20, 10], offspring);
    }

    [Fact]
    public void FractionsAreSkimmedInOrderAndTheRemainderGoesToTheSpeciesExpectingMost()
    {
        // Two species of shared fitness 1 and 5 offspring: each expects 2.5; integer parts 2 and 2; the
        // skim reaches exactly 1 at the second species, which is not more than 1, so the lost offspring
        // goes to the first species with the most.
        Assert.Equal([3, 2], NeatFitnessSharing.Allocate([[1.0], [1.0]], 5));

        // Three species expecting 3.333... each: the skim passes 1 (by rounding) at the third species.
        Assert.Equal([3, 3, 4], NeatFitnessSharing.Allocate([[1.0], [1.0], [1.0]], 10));
    }

    [Fact]
    public void ZeroFitnessEverywhereSharesBySizeAndNegativeFitnessCountsAsAlmostZero()
    {
        Assert.Equal([2, 4], NeatFitnessSharing.Allocate([[0.0], [0.0, 0.0]], 6));
        Assert.Equal([0, 6], NeatFitnessSharing.Allocate([[-5.0], [3.0, 3.0]], 6));
    }
}
