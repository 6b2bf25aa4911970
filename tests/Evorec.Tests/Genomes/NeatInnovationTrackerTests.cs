using Evorec.Genomes;
using Evorec.Numerics;

namespace Evorec.Tests.Genomes;

public sealed class NeatInnovationTrackerTests
{
    private static readonly NeatMutation Mutation = new(2.5, 0.1, 1.0, 0.0, 20, 8.0);

    [Fact]
    public void TheSameNewConnectionInOneGenerationGetsTheSameInnovationNumber()
    {
        var tracker = new NeatInnovationTracker(10, 100);

        int first = tracker.ConnectionInnovation(1, 4);
        int again = tracker.ConnectionInnovation(1, 4);
        int other = tracker.ConnectionInnovation(2, 4);
        tracker.BeginGeneration();
        int nextGeneration = tracker.ConnectionInnovation(1, 4);

        Assert.Equal(100, first);
        Assert.Equal(first, again);
        Assert.Equal(101, other);
        Assert.Equal(102, nextGeneration);
    }

    [Fact]
    public void TheSameSplitInOneGenerationGivesTheSameNodeAndInnovationNumbers()
    {
        var random = new RandomStream(new StreamKey(5));
        var tracker = new NeatInnovationTracker(NeatGenome.FirstHiddenId(2, true, 1), NeatGenome.FirstFreeInnovation(2, true, 1));
        NeatGenome a = NeatGenome.CreateMinimal(2, true, 1, random, 1.0);
        NeatGenome b = a.Clone();
        // Only input 0 -> output (innovation 0) is splittable once the other inputs' genes are disabled.
        NeatGenome onlyFirst = new(a.Nodes, a.Connections.Select(c => c.Innovation == 0 ? c : c with { Enabled = false }));
        NeatGenome onlyFirstToo = onlyFirst.Clone();

        Assert.True(SplitFirst(onlyFirst, tracker));
        Assert.True(SplitFirst(onlyFirstToo, tracker));

        Assert.Equal(onlyFirst.Nodes.Select(n => n.Id), onlyFirstToo.Nodes.Select(n => n.Id));
        Assert.Equal(onlyFirst.Connections.Select(c => c.Innovation), onlyFirstToo.Connections.Select(c => c.Innovation));
        Assert.Equal([0, 1, 2, 3, 4], onlyFirst.Connections.Select(c => c.Innovation));
        Assert.Equal(4, onlyFirst.Nodes[^1].Id);
        Assert.Equal(3, a.Connections.Count);
        Assert.Equal(3, b.Connections.Count);
    }

    private static bool SplitFirst(NeatGenome genome, NeatInnovationTracker tracker)
    {
        // The walk stops at its first gene with probability 0.3; retry with fresh streams until it does.
        for (int seed = 0; seed < 100; seed++)
        {
            if (Mutation.AddNode(genome, tracker, new RandomStream(new StreamKey((ulong)seed))))
            {
                return true;
            }
        }

        return false;
    }
}
