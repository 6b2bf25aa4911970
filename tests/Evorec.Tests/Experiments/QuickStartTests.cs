using Evorec.Experiments;
using Evorec.Tests.Support;

namespace Evorec.Tests.Experiments;

/// <summary>The quick-start suite shows what it promises: GA generates the sine, random guessing does not.</summary>
public sealed class QuickStartTests
{
    [Fact]
    public void TheQuickStartSuiteIsValid()
    {
        var plan = SuiteLoader.Load(RepositoryPaths.File("experiments.json"), [], BuiltInComponents.CreateRegistry());
        Assert.Equal("quickstart", plan.Suite);
        Assert.Contains(plan.Experiments, e => e.Trainer.Registration.Name == "ga");
        Assert.Contains(plan.Experiments, e => e.Trainer.Registration.Name == "rwg");
    }

    [Fact]
    public void GaReachesTheSineTargetInMostRunsOfTheQuickStartBudgetAndRandomGuessingMostlyDoesNot()
    {
        using var folder = new TemporaryFolder();
        var plan = SuiteLoader.Load(RepositoryPaths.File("experiments.json"), [], BuiltInComponents.CreateRegistry());
        plan = plan with { Experiments = plan.Experiments.Where(e => e.Name is "sine/elman/ga" or "sine/elman/rwg").ToArray() };
        Assert.Equal(2, plan.Experiments.Count);
        var outcome = Suites.Run(plan, folder.Path, Environment.ProcessorCount);
        var ga = outcome.Summaries.Single(s => s.Trainer == "ga");
        var rwg = outcome.Summaries.Single(s => s.Trainer == "rwg");
        Assert.True(ga.SolvedRuns > ga.Runs / 2, $"GA solved {ga.SolvedRuns} of {ga.Runs}");
        Assert.True(ga.FinalError.Median < 0.1, $"GA median NRMSE {ga.FinalError.Median}");
        Assert.True(rwg.SolvedRuns < rwg.Runs / 2, $"RWG solved {rwg.SolvedRuns} of {rwg.Runs}");
    }
}
