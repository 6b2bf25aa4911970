using Evorec.Genomes;
using Evorec.Numerics;
using Evorec.Tests.Support;

namespace Evorec.Tests.Genomes;

/// <summary>Pins NEAT 1.2.1's <c>Genome::mutate_toggle_enable</c> and <c>Genome::mutate_gene_reenable</c>.</summary>
public sealed class NeatEnableMutationTests
{
    [Fact]
    public void ToggleDisablesAnEnabledGeneWhenAnotherEnabledGeneLeavesItsSource()
    {
        NeatGenome genome = NeatFigure4.Parent1();
        Assert.True(NeatEnableMutation.Toggle(genome, 0));
        Assert.Equal(
            [false, false, true, true, true, true],
            genome.Connections.Select(c => c.Enabled));
    }

    [Fact]
    public void ToggleKeepsAnEnabledGeneWhoseSourceHasNoOtherEnabledOutgoingGene()
    {
        // Parent 1: 3→4 and 5→4 are the only genes out of nodes 3 and 5; node 2's other gene, 2→4, is disabled.
        NeatGenome genome = NeatFigure4.Parent1();
        bool[] before = genome.Connections.Select(c => c.Enabled).ToArray();
        Assert.False(NeatEnableMutation.Toggle(genome, 2));
        Assert.False(NeatEnableMutation.Toggle(genome, 3));
        Assert.False(NeatEnableMutation.Toggle(genome, 4));
        Assert.Equal(before, genome.Connections.Select(c => c.Enabled));
    }

    [Fact]
    public void ToggleEnablesADisabledGene()
    {
        NeatGenome genome = NeatFigure4.Parent1();
        Assert.True(NeatEnableMutation.Toggle(genome, 1));
        Assert.Equal(new NeatConnectionGene(2, 2, 4, 0.5, true), genome.Connections[1]);
        Assert.All(genome.Connections, c => Assert.True(c.Enabled));
    }

    [Fact]
    public void ToggleDrawsOneGeneUniformly()
    {
        var random = new RandomStream(new StreamKey(5));
        int[] enabledChanges = new int[6];
        for (int trial = 0; trial < 6000; trial++)
        {
            NeatGenome genome = NeatFigure4.Parent1();
            NeatEnableMutation.Toggle(genome, random);
            for (int i = 0; i < 6; i++)
            {
                enabledChanges[i] += genome.Connections[i].Enabled != NeatFigure4.Parent1().Connections[i].Enabled ? 1 : 0;
            }
        }

        // 2→4 (disabled), 1→4 and 1→5 (node 1 has two enabled genes) change, each in about 1/6 of
        // the trials; 3→4, 2→5 and 5→4 never.
        Assert.All(new[] { 2, 3, 4 }, i => Assert.Equal(0, enabledChanges[i]));
        Assert.All(new[] { 0, 1, 5 }, i => Assert.InRange(enabledChanges[i], 850, 1150));
    }

    [Fact]
    public void ReenableEnablesOnlyTheFirstDisabledGeneInInnovationOrder()
    {
        NeatGenome genome = NeatFigure4.Parent2();
        Assert.True(NeatEnableMutation.Reenable(genome));
        Assert.Equal(
            [true, true, true, true, false, true, true, true, true],
            genome.Connections.Select(c => c.Enabled));
        Assert.True(NeatEnableMutation.Reenable(genome));
        Assert.All(genome.Connections, c => Assert.True(c.Enabled));
        Assert.False(NeatEnableMutation.Reenable(genome));
    }

    [Fact]
    public void NeitherMutationAllocates()
    {
        NeatGenome genome = NeatFigure4.Parent2();
        var random = new RandomStream(new StreamKey(9));
        NeatEnableMutation.Toggle(genome, random);
        NeatEnableMutation.Reenable(genome);
        Assert.Equal(0, SteadyAllocation.Bytes(() =>
        {
            for (int i = 0; i < 100; i++)
            {
                NeatEnableMutation.Toggle(genome, random);
                NeatEnableMutation.Reenable(genome);
            }
        }));
    }
}
