using Evorec.Reporting.Inference;

namespace Evorec.Tests.Reporting.Inference;

public sealed class EffectAndCorrectionTests
{
    [Fact]
    public void VarghaDelaneyACountsPairsWithTiesHalf()
    {
        // Hand count: x = {1, 2, 3}, y = {2, 4}: pairs with x > y: (3, 2) = 1; ties: (2, 2) = 1;
        // A = (1 + 0.5) / 6 = 0.25.
        Assert.Equal(0.25, VarghaDelaney.A([1, 2, 3], [2, 4]), 14);
        Assert.Equal(0.75, VarghaDelaney.A([2, 4], [1, 2, 3]), 14);

        // Hollander & Wolfe's example (W = 35 with n₁n₂ = 50): A = 0.7.
        Assert.Equal(0.7, VarghaDelaney.A([0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46], [1.15, 0.88, 0.90, 0.74, 1.21]), 14);

        // Unsolved runs (+∞) tie with each other.
        Assert.Equal(0.5, VarghaDelaney.A([double.PositiveInfinity], [double.PositiveInfinity]));
        Assert.Equal(0.75, VarghaDelaney.A([double.PositiveInfinity, double.PositiveInfinity], [5, double.PositiveInfinity]));
    }

    [Theory]
    [InlineData(0.5, EffectMagnitude.Negligible)]
    [InlineData(0.559, EffectMagnitude.Negligible)]
    [InlineData(0.56, EffectMagnitude.Small)]
    [InlineData(0.64, EffectMagnitude.Medium)]
    [InlineData(0.709, EffectMagnitude.Medium)]
    [InlineData(0.71, EffectMagnitude.Large)]
    [InlineData(0.44, EffectMagnitude.Small)]
    [InlineData(0.29, EffectMagnitude.Large)]
    public void MagnitudesFollowVarghaAndDelaneysThresholds(double a, EffectMagnitude magnitude) =>
        Assert.Equal(magnitude, VarghaDelaney.Magnitude(a));

    [Fact]
    public void HolmMultipliesTheSortedPValuesByTheRemainingCountAndKeepsThemMonotone()
    {
        // Hand computation: sorted 0.005, 0.01, 0.03, 0.04 → 4 · 0.005 = 0.02, 3 · 0.01 = 0.03,
        // 2 · 0.03 = 0.06, 1 · 0.04 = 0.04 → running maximum 0.06. R: p.adjust(c(0.01, 0.04, 0.03, 0.005), "holm")
        // = 0.03 0.06 0.06 0.02.
        double?[] adjusted = HolmBonferroni.Adjust([0.01, 0.04, 0.03, 0.005]);
        Assert.Equal([0.03, 0.06, 0.06, 0.02], adjusted.Select(p => Math.Round(p!.Value, 12)));

        // Nulls are skipped and do not count; values are capped at 1.
        double?[] withGaps = HolmBonferroni.Adjust([0.4, null, 0.3]);
        Assert.Equal(0.6, withGaps[2]!.Value, 12);
        Assert.Equal(0.6, withGaps[0]!.Value, 12);
        Assert.Null(withGaps[1]);
        Assert.Equal(1, HolmBonferroni.Adjust([0.9, 0.8])[0]);
    }

    [Fact]
    public void TheExpectedRunningTimeCountsUnsolvedRunsEvaluations()
    {
        // COCO's aRT = #FEs / #succ: two runs solved at 100 and 300, one stopped unsolved at 1,000:
        // (100 + 300 + 1000) / 2 = 700.
        Assert.Equal(700, ExpectedRunningTime.Of([(true, 100), (true, 300), (false, 1000)]));
        Assert.Equal(double.PositiveInfinity, ExpectedRunningTime.Of([(false, 1000)]));
        Assert.Null(ExpectedRunningTime.Of([]));
        Assert.Equal(200, ExpectedRunningTime.Of([(true, 100), (true, 300)]));
    }
}
