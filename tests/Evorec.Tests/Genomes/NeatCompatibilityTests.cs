using Evorec.Genomes;

namespace Evorec.Tests.Genomes;

public sealed class NeatCompatibilityTests
{
    [Fact]
    public void Figure4PairHasTheHandComputedDistance()
    {
        // E = 2, D = 3, matching weights 0.5 vs -0.5 so W = 1; both genomes under 20 genes so N = 1:
        // delta = 1.0 * 2 + 1.0 * 3 + 0.4 * 1 = 5.4.
        var compatibility = new NeatCompatibility(1.0, 1.0, 0.4, 20);

        Assert.Equal(5.4, compatibility.Distance(NeatFigure4.Parent1(), NeatFigure4.Parent2()), 12);
    }

    [Fact]
    public void LargeGenomesAreNormalizedByTheLargerGenomesGeneCount()
    {
        // With the small-genome limit at 5, N = 9 (parent 2's genes): delta = 2/9 + 3/9 + 0.4.
        var compatibility = new NeatCompatibility(1.0, 1.0, 0.4, 5);

        Assert.Equal((2.0 / 9.0) + (3.0 / 9.0) + 0.4, compatibility.Distance(NeatFigure4.Parent1(), NeatFigure4.Parent2()), 12);
    }

    [Fact]
    public void CoefficientsWeightTheirOwnTerm()
    {
        var excessOnly = new NeatCompatibility(2.0, 0.0, 0.0, 20);
        var disjointOnly = new NeatCompatibility(0.0, 2.0, 0.0, 20);

        Assert.Equal(4.0, excessOnly.Distance(NeatFigure4.Parent1(), NeatFigure4.Parent2()), 12);
        Assert.Equal(6.0, disjointOnly.Distance(NeatFigure4.Parent1(), NeatFigure4.Parent2()), 12);
        Assert.Equal(0.0, new NeatCompatibility(1.0, 1.0, 0.4, 20).Distance(NeatFigure4.Parent1(), NeatFigure4.Parent1()));
    }
}
