using Evorec.Genomes;

namespace Evorec.Tests.Genomes;

public sealed class NeatGeneAlignmentTests
{
    [Fact]
    public void Figure4HasFiveMatchingThreeDisjointAndTwoExcessGenes()
    {
        NeatGeneAlignment alignment = NeatGeneAlignment.Of(NeatFigure4.Parent1(), NeatFigure4.Parent2());

        Assert.Equal(5, alignment.Matching);
        Assert.Equal(3, alignment.Disjoint);
        Assert.Equal(2, alignment.Excess);
        Assert.Equal(5.0, alignment.WeightDifferenceSum, 12);
    }

    [Fact]
    public void AlignmentIsSymmetric()
    {
        Assert.Equal(
            NeatGeneAlignment.Of(NeatFigure4.Parent1(), NeatFigure4.Parent2()),
            NeatGeneAlignment.Of(NeatFigure4.Parent2(), NeatFigure4.Parent1()));
    }
}
