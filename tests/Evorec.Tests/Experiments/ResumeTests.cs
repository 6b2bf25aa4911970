using Evorec.Experiments;
using Evorec.Reporting;
using Evorec.Tests.Support;

namespace Evorec.Tests.Experiments;

[Collection(ConsoleCollection.Name)]
public sealed class ResumeTests
{
    [Fact]
    public void RunningAgainSkipsFinishedRunsAndRecomputesMissingOnes()
    {
        using var folder = new TemporaryFolder();
        var plan = Suites.Load(folder, Suites.Small);
        string output = folder.Combine("out");
        Suites.Run(plan, output, 2);
        string missing = ResultsLayout.RunResultPath(output, "mg/ga", 1);
        string log = File.ReadAllText(ResultsLayout.RunLogPath(output, "mg/ga", 1));
        File.Delete(missing);
        var again = Suites.Run(plan, output, 2);
        Assert.Equal(1, again.RunsExecuted);
        Assert.Equal(plan.Runs().Count() - 1, again.RunsSkipped);
        Assert.True(File.Exists(missing));
        Assert.Equal(Suites.WithoutWallSeconds(ResultsLayout.RunLogPath(output, "mg/ga", 1)), string.Join('\n', log.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => string.Join(',', l.Split(',').Where((_, i) => i != 3)))));
    }

    [Fact]
    public void AnEditedExperimentIsRefusedByNameUnlessForcedAndANewOneJustRuns()
    {
        using var folder = new TemporaryFolder();
        string output = folder.Combine("out");
        string config = folder.WriteFile("suite.json", Suites.Small);
        Assert.Equal(0, CommandLine.Run("run", config, "--out", output, "--threads", "2").ExitCode);
        DateTime written = File.GetLastWriteTimeUtc(ResultsLayout.RunResultPath(output, "sine/elman/ga", 0));

        // Edit one experiment: refused, naming it, and nothing is touched.
        File.WriteAllText(config, Suites.Small.Replace("\"trainLength\": 100", "\"trainLength\": 120"));
        var (exitCode, _, error) = CommandLine.Run("run", config, "--out", output, "--threads", "2");
        Assert.Equal(2, exitCode);
        Assert.Contains("experiments:1: experiment 'mg/ga' changed", error);
        Assert.Contains("experiment 'mg/rwg' changed", error);
        Assert.DoesNotContain("sine/", error);

        // --force recomputes the changed experiments only.
        Assert.Equal(0, CommandLine.Run("run", config, "--out", output, "--threads", "2", "--force").ExitCode);
        Assert.Equal(written, File.GetLastWriteTimeUtc(ResultsLayout.RunResultPath(output, "sine/elman/ga", 0)));
        var manifest = ResultsJson.Read<SuiteManifest>(Path.Combine(output, "manifest.json"));
        var plan = SuiteLoader.Load(config, [], BuiltInComponents.CreateRegistry());
        Assert.Equal(plan.Experiments.Single(e => e.Name == "mg/ga").Hash, manifest.Experiments.Single(e => e.Name == "mg/ga").Hash);

        // A new experiment just runs; the others are skipped.
        string extended = File.ReadAllText(config).Replace("\"experiments\": [", "\"experiments\": [ { \"name\": \"extra\", \"runs\": 2, \"task\": { \"type\": \"sine-generation\", \"length\": 20 }, \"network\": { \"type\": \"elman\", \"hidden\": 2 }, \"trainer\": { \"type\": \"rwg\", \"batch\": 10 } },");
        File.WriteAllText(config, extended);
        var (code, outputText, _) = CommandLine.Run("run", config, "--out", output, "--threads", "2");
        Assert.Equal(0, code);
        Assert.Contains("2 to run", outputText);
        Assert.Equal(written, File.GetLastWriteTimeUtc(ResultsLayout.RunResultPath(output, "sine/elman/ga", 0)));
        Assert.True(File.Exists(ResultsLayout.RunResultPath(output, "extra", 1)));
    }

    [Fact]
    public void RaisingTheNumberOfRunsAddsRuns()
    {
        using var folder = new TemporaryFolder();
        string output = folder.Combine("out");
        var plan = Suites.Load(folder, Suites.Small, "runs=1");
        Suites.Run(plan, output, 2);
        var more = Suites.Load(folder, Suites.Small, "runs=2");
        var outcome = Suites.Run(more, output, 2);
        Assert.Equal(plan.Experiments.Count, outcome.RunsExecuted);
        Assert.Equal(plan.Experiments.Count, outcome.RunsSkipped);
    }

    [Fact]
    public void AnUnwritableResultsFolderGivesOneErrorNamingThePathAndExitCodeOne()
    {
        using var folder = new TemporaryFolder();
        string config = folder.WriteFile("suite.json", Suites.Small);
        string blocker = folder.WriteFile("not-a-folder", "x");
        var (exitCode, _, error) = CommandLine.Run("run", config, "--out", Path.Combine(blocker, "out"));
        Assert.Equal(1, exitCode);
        Assert.Contains(Path.Combine(blocker, "out"), error);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal("x", File.ReadAllText(blocker));
    }

    [Fact]
    public void TemporaryFilesOfKilledProcessesAreRemovedButNotThoseOfLiveOnes()
    {
        using var folder = new TemporaryFolder();
        string dead = folder.WriteFile($".run-0.json~{Environment.MachineName}~999999~3.tmp", "half");
        string live = folder.WriteFile($".run-1.json~{Environment.MachineName}~{Environment.ProcessId}~3.tmp", "half");
        string foreign = folder.WriteFile(".run-2.json~another-host~999999~3.tmp", "half");
        Assert.Equal(1, AtomicFile.RemoveAbandonedTemporaries(folder.Path));
        Assert.False(File.Exists(dead));
        Assert.True(File.Exists(live));
        Assert.True(File.Exists(foreign));
    }
}
