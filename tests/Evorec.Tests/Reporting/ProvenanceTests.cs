using Evorec.Experiments;
using Evorec.Reporting;
using Evorec.Tests.Support;

namespace Evorec.Tests.Reporting;

/// <summary>A report says which build made its results, and whether that build had uncommitted changes.</summary>
public sealed class ProvenanceTests
{
    private static readonly FakeExperiment Experiment = new("a", "a", "elman", "ga", [new FakeRun(true, 100, 100, 0.1, 0.2)]);

    [Theory]
    [InlineData(true, "(0123456789ab with uncommitted changes)")]
    [InlineData(false, "(0123456789ab)")]
    [InlineData(null, "(0123456789ab)")]
    public void TheProvenanceLineNamesTheCommitAndUncommittedChanges(bool? dirty, string expected)
    {
        using var folder = new TemporaryFolder();
        FakeResults.Write(folder.Path, "suite", "0123456789abcdef", dirty, Experiment);
        string line = Assert.Single(ReportHeader.Provenance(ResultsSet.Read([folder.Path])));
        Assert.Contains($"Evorec test {expected};", line);
    }

    [Fact]
    public void TheManifestRecordsWhetherTheBuildTreeHadUncommittedChanges()
    {
        using var folder = new TemporaryFolder();
        var plan = Suites.Load(folder, Suites.Small, "experiments:1:runs=1", "experiments:0:runs=1");
        Suites.Run(plan, folder.Combine("out"), threads: 1);
        var manifest = ResultsJson.Read<SuiteManifest>(folder.Combine("out", SuiteManifest.FileName));
        Assert.Equal(EnvironmentInfo.GitDirty, manifest.GitDirty);

        // Built from a git checkout (as the tests are, here and in CI), the build knows the tree's state.
        if (Directory.Exists(Path.Combine(RepositoryPaths.Root, ".git")) || File.Exists(Path.Combine(RepositoryPaths.Root, ".git")))
        {
            Assert.NotNull(EnvironmentInfo.GitDirty);
        }
    }
}
