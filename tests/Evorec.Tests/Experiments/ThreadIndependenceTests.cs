using Evorec.Reporting;
using Evorec.Tests.Support;

namespace Evorec.Tests.Experiments;

public sealed class ThreadIndependenceTests
{
    [Fact]
    public void RunLogsAndResultsAreByteIdenticalForOneTwoAndThreeThreads()
    {
        using var folder = new TemporaryFolder();
        var plan = Suites.Load(folder, Suites.Small);
        foreach (int threads in new[] { 1, 2, 3 })
        {
            var outcome = Suites.Run(plan, folder.Combine($"out-{threads}"), threads);
            Assert.Equal(0, outcome.ExitCode);
        }

        int compared = 0;
        foreach (var run in plan.Runs())
        {
            string reference = Suites.WithoutWallSeconds(ResultsLayout.RunLogPath(folder.Combine("out-1"), run.Experiment.Name, run.Index));
            var referenceResult = ResultsJson.Read<RunResult>(ResultsLayout.RunResultPath(folder.Combine("out-1"), run.Experiment.Name, run.Index));
            foreach (int threads in new[] { 2, 3 })
            {
                string other = folder.Combine($"out-{threads}");
                Assert.Equal(reference, Suites.WithoutWallSeconds(ResultsLayout.RunLogPath(other, run.Experiment.Name, run.Index)));
                var result = ResultsJson.Read<RunResult>(ResultsLayout.RunResultPath(other, run.Experiment.Name, run.Index));
                Assert.Equal(WithoutWallSeconds(referenceResult), WithoutWallSeconds(result));
                compared++;
            }
        }

        Assert.Equal(2 * plan.Runs().Count(), compared);
    }

    private static string WithoutWallSeconds(RunResult result) =>
        System.Text.Json.JsonSerializer.Serialize(result with { WallSeconds = 0 }, ResultsJson.Options);

    [Fact]
    public void TheSameSeedGivesTheSameResultsAndAnotherSeedDoesNot()
    {
        using var folder = new TemporaryFolder();
        var plan = Suites.Load(folder, Suites.Small, "experiments:1:runs=1", "experiments:0:runs=1");
        Suites.Run(plan, folder.Combine("a"), 2);
        Suites.Run(plan, folder.Combine("b"), 2);
        var reseeded = Suites.Load(folder, Suites.Small, "experiments:1:runs=1", "experiments:0:runs=1", "seed=8");
        Suites.Run(reseeded, folder.Combine("c"), 2);
        foreach (var run in plan.Runs())
        {
            string a = Suites.WithoutWallSeconds(ResultsLayout.RunLogPath(folder.Combine("a"), run.Experiment.Name, run.Index));
            Assert.Equal(a, Suites.WithoutWallSeconds(ResultsLayout.RunLogPath(folder.Combine("b"), run.Experiment.Name, run.Index)));
            Assert.NotEqual(a, Suites.WithoutWallSeconds(ResultsLayout.RunLogPath(folder.Combine("c"), run.Experiment.Name, run.Index)));
        }
    }
}
