using Evorec.Genomes;
using Evorec.Numerics;

namespace Evorec.Tests.Genomes;

public sealed class NeatMutationTests
{
    [Fact]
    public void AddNodeDisablesTheSplitConnectionAndBridgesItWithWeightsOneAndTheOldWeight()
    {
        NeatGenome genome = new(
            [NeatFigure4.Input(0), NeatFigure4.Output(1)],
            [NeatFigure4.Connection(0, 0, 1, -0.7)]);
        var tracker = new NeatInnovationTracker(2, 1);
        var mutation = new NeatMutation(2.5, 0.1, 1.0, 0.0, 20, 8.0);
        bool added = false;
        for (ulong seed = 0; !added && seed < 100; seed++)
        {
            added = mutation.AddNode(genome, tracker, new RandomStream(new StreamKey(seed)));
        }

        Assert.True(added);
        Assert.Equal([0, 1, 2], genome.Nodes.Select(n => n.Id));
        Assert.Equal(NeatNodeType.Hidden, genome.Nodes[2].Type);
        Assert.Equal(
            [new NeatConnectionGene(0, 0, 1, -0.7, false), new NeatConnectionGene(1, 0, 2, 1.0, true), new NeatConnectionGene(2, 2, 1, -0.7, true)],
            genome.Connections);
    }

    [Fact]
    public void AddConnectionAddsOnlyFeedForwardConnectionsWhenRecurrenceIsOffAndOnlyRecurrentOnesWhenItIsCertain()
    {
        var random = new RandomStream(new StreamKey(7));
        for (int trial = 0; trial < 200; trial++)
        {
            NeatGenome feedForward = Chain();
            var tracker = new NeatInnovationTracker(10, 10);
            if (new NeatMutation(2.5, 0.1, 1.0, 0.0, 20, 8.0).AddConnection(feedForward, tracker, random))
            {
                NeatConnectionGene added = feedForward.Connections[^1];
                Assert.NotEqual(NeatNodeType.Output, feedForward.Nodes[feedForward.IndexOfNode(added.Source)].Type);
                Assert.False(CycleThrough(feedForward, added), $"{added} closes a cycle");
            }

            NeatGenome recurrent = Chain();
            if (new NeatMutation(2.5, 0.1, 1.0, 1.0, 20, 8.0).AddConnection(recurrent, tracker, random))
            {
                NeatConnectionGene added = recurrent.Connections[^1];
                bool fromOutput = recurrent.Nodes[recurrent.IndexOfNode(added.Source)].Type == NeatNodeType.Output;
                Assert.True(fromOutput || CycleThrough(recurrent, added), $"{added} closes no cycle and leaves no output");
            }
        }
    }

    [Fact]
    public void WeightMutationPerturbsWithinThePowerAndClampsAtTheCap()
    {
        var mutation = new NeatMutation(2.5, 0.0, 1.0, 0.0, 20, 8.0);
        var random = new RandomStream(new StreamKey(8));
        NeatGenome genome = Chain();
        double[] before = genome.Connections.Select(c => c.Weight).ToArray();
        mutation.MutateWeights(genome, random);
        for (int i = 0; i < before.Length; i++)
        {
            Assert.InRange(genome.Connections[i].Weight - before[i], -2.5, 2.5);
            Assert.NotEqual(before[i], genome.Connections[i].Weight);
        }

        for (int round = 0; round < 200; round++)
        {
            mutation.MutateWeights(genome, random);
        }

        Assert.All(genome.Connections, c => Assert.InRange(c.Weight, -8.0, 8.0));
        Assert.Contains(genome.Connections, c => Math.Abs(c.Weight) == 8.0);
    }

    /// <summary>Input 0 → hidden 2 → output 1, with output 1 also fed by input 0 directly.</summary>
    private static NeatGenome Chain() => new(
        [NeatFigure4.Input(0), NeatFigure4.Output(1), NeatFigure4.Hidden(2), NeatFigure4.Hidden(3)],
        [NeatFigure4.Connection(0, 0, 2, 0.5), NeatFigure4.Connection(1, 2, 1, 0.5), NeatFigure4.Connection(2, 0, 1, 0.5), NeatFigure4.Connection(3, 2, 3, 0.5)]);

    private static bool CycleThrough(NeatGenome genome, NeatConnectionGene connection) =>
        connection.Source == connection.Target || genome.Reaches(connection.Target, connection.Source);
}
