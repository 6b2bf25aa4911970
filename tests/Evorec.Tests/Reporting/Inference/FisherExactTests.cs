using Evorec.Reporting.Inference;

namespace Evorec.Tests.Reporting.Inference;

public sealed class FisherExactTests
{
    [Fact]
    public void TheLadyTastingTeaMatchesFisherAndR()
    {
        // Fisher (1935) "The Design of Experiments" §2; R's ?fisher.test TeaTasting: the table
        // [[3, 1], [1, 3]] has two-sided p = 0.4857 = (1 + 16 + 16 + 1) / 70.
        Assert.Equal(34.0 / 70, FisherExact.TwoSided(3, 4, 1, 4), 12);
    }

    [Fact]
    public void TheConvictionsOfTwinsMatchR()
    {
        // R's ?fisher.test Convictions (Fisher 1962): dizygotic twins 2 convicted of 17, monozygotic
        // 10 of 13. R prints p-value = 0.0005367 (two-sided); exactly 3571/6653325 by summing the
        // hypergeometric probabilities no larger than the observed one.
        Assert.Equal(3571.0 / 6653325, FisherExact.TwoSided(2, 17, 10, 13), 12);
    }

    [Fact]
    public void SuccessRatesOfTwoMethodsGiveTheHandComputedValues()
    {
        // 10/10 against 0/10: only the two extreme tables are as improbable, p = 2 / C(20, 10) = 1/92378.
        Assert.Equal(1.0 / 92378, FisherExact.TwoSided(10, 10, 0, 10), 15);

        // 7/10 against 2/10: sum over tables x ∈ {0, 1, 2, 7, 8, 9} of C(10, x) C(10, 9 − x) / C(20, 9) = 293/4199.
        Assert.Equal(293.0 / 4199, FisherExact.TwoSided(7, 10, 2, 10), 12);
        Assert.Equal(1, FisherExact.TwoSided(5, 10, 5, 10), 12);
        Assert.Equal(1, FisherExact.TwoSided(0, 0, 3, 10));
    }
}
