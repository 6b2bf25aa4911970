using Evorec.Training;

namespace Evorec.Tests.Training;

public sealed class BudgetTests
{
    private static GenerationRecord Record(int generation, long evaluations, double error, double seconds = 0) =>
        new(generation, evaluations, 0, seconds, 0, 0, error, error);

    [Fact]
    public void EachLimitStopsTheRunWithItsReason()
    {
        Assert.Equal("evaluation budget spent", new Budget { Evaluations = 100 }.StopReason(Record(1, 100, 1), null, false));
        Assert.Null(new Budget { Evaluations = 100 }.StopReason(Record(1, 99, 1), null, false));
        Assert.Equal("generation budget spent", new Budget { Generations = 3 }.StopReason(Record(2, 10, 1), null, false));
        Assert.Null(new Budget { Generations = 3 }.StopReason(Record(1, 10, 1), null, false));
        Assert.Equal("target error reached", new Budget { Evaluations = 1000, TargetError = 0.1 }.StopReason(Record(0, 10, 0.1), null, false));
        Assert.Equal("target fitness reached", new Budget { Evaluations = 1000, TargetFitness = 0.9 }.StopReason(Record(0, 10, 1), new BestCandidate(0.95, 0, [], 0, default), false));
        Assert.Equal("wall-clock budget spent", new Budget { WallSeconds = 2 }.StopReason(Record(0, 10, 1, 2.5), null, false));
        Assert.Equal("solved", new Budget { Evaluations = 1000 }.StopReason(Record(0, 10, 1), null, true));
        Assert.Null(new Budget { Evaluations = 1000, StopWhenSolved = false }.StopReason(Record(0, 10, 1), null, true));
    }

    [Fact]
    public void ABudgetWithoutALimitIsUnbounded()
    {
        Assert.False(new Budget { TargetError = 0.1 }.IsBounded);
        Assert.True(new Budget { Generations = 1 }.IsBounded);
    }
}
