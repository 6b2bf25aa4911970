using Evorec.Genomes;
using Evorec.Numerics;

namespace Evorec.Tests.Genomes;

public sealed class NeatCrossoverTests
{
    [Fact]
    public void DisjointAndExcessGenesComeFromTheFitterParent()
    {
        var crossover = new NeatCrossover(0.75, 0.0);
        var random = new RandomStream(new StreamKey(1));

        NeatGenome fromSecond = crossover.Cross(NeatFigure4.Parent1(), 1.0, NeatFigure4.Parent2(), 2.0, random);
        NeatGenome fromFirst = crossover.Cross(NeatFigure4.Parent1(), 2.0, NeatFigure4.Parent2(), 1.0, random);

        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 9, 10], fromSecond.Connections.Select(c => c.Innovation));
        Assert.Equal([1, 2, 3, 4, 5, 8], fromFirst.Connections.Select(c => c.Innovation));
        Assert.Equal([1, 2, 3, 4, 5, 6], fromSecond.Nodes.Select(n => n.Id));
        Assert.Equal([1, 2, 3, 4, 5], fromFirst.Nodes.Select(n => n.Id));
    }

    [Fact]
    public void MatchingGenesComeFromEitherParentAndEqualFitnessInheritsNonMatchingGenesAtRandom()
    {
        var crossover = new NeatCrossover(0.75, 0.0);
        var random = new RandomStream(new StreamKey(2));
        var seenWeights = new HashSet<double>();
        var seenInnovations = new HashSet<int>();
        for (int trial = 0; trial < 200; trial++)
        {
            NeatGenome child = crossover.Cross(NeatFigure4.Parent1(), 1.0, NeatFigure4.Parent2(), 1.0, random);
            seenWeights.Add(child.Connections.Single(c => c.Innovation == 1).Weight);
            seenInnovations.UnionWith(child.Connections.Select(c => c.Innovation));
        }

        Assert.Equal([-0.5, 0.5], seenWeights.Order());
        Assert.Equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], seenInnovations.Order());
    }

    [Fact]
    public void AGeneDisabledInEitherParentIsDisabledThreeTimesInFour()
    {
        var crossover = new NeatCrossover(0.75, 0.0);
        var random = new RandomStream(new StreamKey(3));
        int disabled = 0;
        const int trials = 20_000;
        for (int trial = 0; trial < trials; trial++)
        {
            NeatGenome child = crossover.Cross(NeatFigure4.Parent1(), 1.0, NeatFigure4.Parent2(), 2.0, random);
            disabled += child.Connections.Single(c => c.Innovation == 5).Enabled ? 0 : 1;
        }

        Assert.InRange(disabled / (double)trials, 0.74, 0.76);
    }

    [Fact]
    public void AveragingCrossoverGivesMatchingGenesTheMeanWeight()
    {
        NeatGenome child = new NeatCrossover(0.75, 1.0).Cross(NeatFigure4.Parent1(0.5), 2.0, NeatFigure4.Parent2(-0.25), 1.0, new RandomStream(new StreamKey(4)));

        Assert.All(child.Connections.Where(c => c.Innovation <= 5), c => Assert.Equal(0.125, c.Weight));
    }
}
