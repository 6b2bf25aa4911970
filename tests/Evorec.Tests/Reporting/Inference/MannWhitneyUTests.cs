using Evorec.Reporting.Inference;

namespace Evorec.Tests.Reporting.Inference;

public sealed class MannWhitneyUTests
{
    // Hollander & Wolfe (1973), p. 69, the example of R's ?wilcox.test: permeability constants of
    // the human chorioamnion at term (x) and between 12 and 26 weeks (y). R:
    // wilcox.test(x, y, alternative = "g") gives W = 35, p-value = 0.1272; two-sided p = 0.2544
    // (= 2 · 0.1272061, checked by enumerating all C(15, 5) = 3003 rank assignments).
    private static readonly double[] TermPermeability = [0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
    private static readonly double[] EarlyPermeability = [1.15, 0.88, 0.90, 0.74, 1.21];

    // R's datasets::airquality, Ozone in May (Month 5) and August (Month 8) without the NAs; R's
    // ?wilcox.test example wilcox.test(Ozone ~ Month, data = airquality, subset = Month %in% c(5, 8))
    // has ties, so R uses the normal approximation with continuity correction: W = 127.5, p-value = 0.0001208.
    private static readonly double[] MayOzone =
        [41, 36, 12, 18, 28, 23, 19, 8, 7, 16, 11, 14, 18, 14, 34, 6, 30, 11, 1, 11, 4, 32, 23, 45, 115, 37];

    private static readonly double[] AugustOzone =
        [39, 9, 16, 78, 35, 66, 122, 89, 110, 44, 28, 65, 22, 59, 23, 31, 44, 21, 9, 45, 168, 73, 76, 118, 84, 85];

    [Fact]
    public void TheExactTestMatchesHollanderAndWolfesExampleInR()
    {
        var result = MannWhitneyU.Test(TermPermeability, EarlyPermeability);
        Assert.Equal(RankTestMethod.Exact, result.Method);
        Assert.Equal(35, result.U);
        Assert.Equal(0.2544122544122544, result.PValue, 12);

        var swapped = MannWhitneyU.Exact(EarlyPermeability, TermPermeability);
        Assert.Equal(15, swapped.U); // n₁n₂ − 35
        Assert.Equal(result.PValue, swapped.PValue, 12);
    }

    [Fact]
    public void TheNormalApproximationMatchesRsAirqualityExample()
    {
        var result = MannWhitneyU.NormalApproximation(MayOzone, AugustOzone);
        Assert.Equal(RankTestMethod.Normal, result.Method);
        Assert.Equal(127.5, result.U);
        Assert.Equal(0.0001208, result.PValue, 7);
    }

    [Fact]
    public void TheExactTestConditionsOnTiesAsAHandEnumerationDoes()
    {
        // x = {1, 2, ∞}, y = {∞, ∞}: mid-ranks 1, 2, 4, 4, 4; x's rank sum is 7, U = 7 − 6 = 1.
        // The C(5, 3) = 10 equally likely rank sets of x have sums 1+2+4 = 7 (3 sets: 1, 2 and any 4),
        // 1+4+4 = 9 (3), 2+4+4 = 10 (3) and 4+4+4 = 12 (1), so P(S ≤ 7) = 3/10, P(S ≥ 7) = 1 and
        // p = 2 · 3/10 = 0.6.
        var result = MannWhitneyU.Exact([1, 2, double.PositiveInfinity], [double.PositiveInfinity, double.PositiveInfinity]);
        Assert.Equal(1, result.U);
        Assert.Equal(0.6, result.PValue, 12);

        // x = {3, 5, ∞, ∞}, y = {4, ∞, ∞, ∞, ∞}: ranks 1, 3, 6.5, 6.5 against 2, 6.5 × 4; enumerating the
        // C(9, 4) = 126 subsets gives P(S ≤ 17) = 36/126 = 2/7 and p = 4/7.
        var second = MannWhitneyU.Test([3, 5, double.PositiveInfinity, double.PositiveInfinity], [4, double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity]);
        Assert.Equal(RankTestMethod.Exact, second.Method);
        Assert.Equal(7, second.U);
        Assert.Equal(4.0 / 7, second.PValue, 12);
    }

    [Fact]
    public void AllValuesTiedGiveOneAndSeparatedSamplesGiveTheSmallestExactP()
    {
        double[] unsolved = [double.PositiveInfinity, double.PositiveInfinity, double.PositiveInfinity];
        Assert.Equal(1, MannWhitneyU.Exact(unsolved, unsolved).PValue, 12);
        Assert.Equal(1, MannWhitneyU.NormalApproximation(unsolved, unsolved).PValue, 12);

        // Five against five, completely separated: p = 2 / C(10, 5) = 2/252.
        var separated = MannWhitneyU.Test([1, 2, 3, 4, 5], [6, 7, 8, 9, double.PositiveInfinity]);
        Assert.Equal(0, separated.U);
        Assert.Equal(2.0 / 252, separated.PValue, 14);
    }

    [Fact]
    public void LargeSamplesUseTheNormalApproximationWhichTheExactTestApproaches()
    {
        double[] first = Enumerable.Range(0, 60).Select(i => (double)(i % 17)).ToArray();
        double[] second = Enumerable.Range(0, 55).Select(i => (i % 13) + 2.0).ToArray();
        var test = MannWhitneyU.Test(first, second);
        Assert.Equal(RankTestMethod.Normal, test.Method);
        var exact = MannWhitneyU.Exact(first, second);
        Assert.Equal(test.U, exact.U);
        Assert.InRange(exact.PValue / test.PValue, 0.9, 1.1);
    }

    [Fact]
    public void NaNAndEmptySamplesAreRefused()
    {
        Assert.Throws<ArgumentException>(() => MannWhitneyU.Test([1, double.NaN], [2]));
        Assert.Throws<ArgumentException>(() => MannWhitneyU.Test([], [2]));
    }
}
