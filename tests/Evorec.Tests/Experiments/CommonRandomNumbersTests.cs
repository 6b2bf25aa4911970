using Evorec.Experiments;
using Evorec.Tasks;
using Evorec.Tests.Support;

namespace Evorec.Tests.Experiments;

public sealed class CommonRandomNumbersTests
{
    [Fact]
    public void TwoTrainersInTheSameRunIndexSeeTheSameTaskData()
    {
        using var folder = new TemporaryFolder();
        var plan = Suites.Load(folder, Suites.Small);
        var ga = plan.Runs().Where(r => r.Experiment.Name == "mg/ga").ToArray();
        var rwg = plan.Runs().Where(r => r.Experiment.Name == "mg/rwg").ToArray();
        for (int k = 0; k < ga.Length; k++)
        {
            var gaTask = (MackeyGlassTask)RunFactory.CreateTask(ga[k]);
            var rwgTask = (MackeyGlassTask)RunFactory.CreateTask(rwg[k]);
            Assert.Equal(gaTask.Series, rwgTask.Series);
            Assert.Equal(ga[k].TaskKey, rwg[k].TaskKey);
            Assert.NotEqual(ga[k].TrainerKey, rwg[k].TrainerKey);
        }

        // Different run indices face different instances.
        var first = (MackeyGlassTask)RunFactory.CreateTask(ga[0]);
        var second = (MackeyGlassTask)RunFactory.CreateTask(ga[1]);
        Assert.NotEqual(first.Offset, second.Offset);
    }

    [Fact]
    public void TheTaskInstanceDoesNotDependOnTheNetworkOrTrainerButOnTheTaskConfiguration()
    {
        using var folder = new TemporaryFolder();
        var plan = Suites.Load(folder, Suites.Small);
        var keys = plan.Runs().Where(r => r.Index == 1 && r.Experiment.Group == "sine").Select(r => r.TaskKey).Distinct().ToArray();
        Assert.Single(keys);
        var phases = plan.Runs().Where(r => r.Index == 1 && r.Experiment.Group == "sine")
            .Select(r => ((SineGenerationTask)RunFactory.CreateTask(r)).Phase).Distinct().ToArray();
        Assert.Single(phases);

        var changed = Suites.Load(folder, Suites.Small, "experiments:0:task:length=41");
        var changedKey = changed.Runs().First(r => r.Index == 1 && r.Experiment.Group == "sine").TaskKey;
        Assert.NotEqual(keys[0], changedKey);
    }
}
