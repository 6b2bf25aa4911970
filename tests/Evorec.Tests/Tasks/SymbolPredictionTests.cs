using Evorec.Tasks;

namespace Evorec.Tests.Tasks;

public sealed class SymbolPredictionTests
{
    [Theory]
    [InlineData(new[] { 0.9, 0.6, 0.1 }, new[] { 1.0, 1.0, 0.0 }, true)]
    [InlineData(new[] { 0.9, 0.4, 0.1 }, new[] { 1.0, 1.0, 0.0 }, false)]
    [InlineData(new[] { 0.9, 0.6, 0.5 }, new[] { 1.0, 1.0, 0.0 }, true)]
    [InlineData(new[] { 0.9, 0.6, 0.51 }, new[] { 1.0, 1.0, 0.0 }, false)]
    public void The_threshold_criterion_needs_exactly_the_possible_outputs_above_it(double[] outputs, double[] targets, bool correct) =>
        Assert.Equal(correct, SymbolPrediction.IsCorrect(outputs, targets, SymbolCriterion.Threshold, 0.5));

    [Theory]
    [InlineData(new[] { 0.3, 0.2, 0.1 }, new[] { 1.0, 1.0, 0.0 }, true)]
    [InlineData(new[] { 0.3, 0.1, 0.2 }, new[] { 1.0, 1.0, 0.0 }, false)]
    [InlineData(new[] { 0.3, 0.2, 0.2 }, new[] { 1.0, 1.0, 0.0 }, false)]
    [InlineData(new[] { -5.0, 9.0, 2.0 }, new[] { 0.0, 1.0, 0.0 }, true)]
    public void The_most_active_criterion_needs_the_possible_outputs_strictly_highest(double[] outputs, double[] targets, bool correct) =>
        Assert.Equal(correct, SymbolPrediction.IsCorrect(outputs, targets, SymbolCriterion.MostActive, 0.5));

    [Fact]
    public void Non_finite_outputs_are_never_right()
    {
        Assert.False(SymbolPrediction.IsCorrect([double.NaN, 0.0], [1.0, 0.0], SymbolCriterion.Threshold, 0.5));
        Assert.False(SymbolPrediction.IsCorrect([double.PositiveInfinity, 0.0], [1.0, 0.0], SymbolCriterion.MostActive, 0.5));
    }
}
