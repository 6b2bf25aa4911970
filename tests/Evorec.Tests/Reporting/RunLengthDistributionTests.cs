using Evorec.Reporting;

namespace Evorec.Tests.Reporting;

public sealed class RunLengthDistributionTests
{
    [Fact]
    public void TheEcdfCountsRunsSolvedByEachBudgetAndEndsAtTheSuccessRate()
    {
        RunResult[] runs =
        [
            Run(solvedAt: 300, spent: 300),
            Run(solvedAt: 100, spent: 100),
            Run(solvedAt: 300, spent: 300),
            Run(solvedAt: null, spent: 1000),
        ];
        var distribution = RunLengthDistribution.Of(runs);
        Assert.Equal([100.0, 300, 300], distribution.Evaluations);
        Assert.Equal(4, distribution.Runs);
        Assert.Equal(300, distribution.Budget); // median of 300, 100, 300, 1000
        Assert.Equal(0, distribution.FractionAt(99));
        Assert.Equal(0.25, distribution.FractionAt(100));
        Assert.Equal(0.75, distribution.FractionAt(1e9));

        var (x, y) = distribution.Steps(50, 1000);
        Assert.Equal([50.0, 100, 100, 300, 300, 1000], x);
        Assert.Equal([0, 0, 0.25, 0.25, 0.75, 0.75], y);
    }

    private static RunResult Run(long? solvedAt, long spent) => new()
    {
        Experiment = "e",
        Run = 0,
        Seed = 0,
        TaskSeed = 0,
        Status = RunResult.FinishedStatus,
        Solved = solvedAt.HasValue,
        EvaluationsToSolve = solvedAt,
        Evaluations = spent,
    };
}
