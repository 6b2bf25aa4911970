using Evorec.Tests.Support;

namespace Evorec.Tests.Reporting;

[Collection(ConsoleCollection.Name)]
public sealed class ReportCommandTests
{
    [Fact]
    public void SeveralFoldersNeedAnOutputFolder()
    {
        using var folder = new TemporaryFolder();
        var three = FakeResults.ThreeMethods();
        FakeResults.Write(folder.Combine("a"), "one", three[0]);
        FakeResults.Write(folder.Combine("b"), "two", three[1]);

        var (exitCode, _, error) = CommandLine.Run("report", folder.Combine("a"), folder.Combine("b"));
        Assert.Equal(2, exitCode);
        Assert.Contains("--out: required", error);

        (exitCode, _, error) = CommandLine.Run("report", folder.Combine("a"), folder.Combine("b"), "--out", folder.Combine("merged"));
        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(folder.Combine("merged", "report.html")));
        Assert.True(File.Exists(folder.Combine("merged", "comparisons.csv")));
        Assert.StartsWith("# Comparison of one, two", File.ReadAllText(folder.Combine("merged", "report.md")));
    }

    [Fact]
    public void BadFoldersAndOptionsAreInvalidInputAndWriteNothing()
    {
        using var folder = new TemporaryFolder();
        FakeResults.Write(folder.Combine("a"), "one", FakeResults.ThreeMethods());

        var (exitCode, _, error) = CommandLine.Run("report", folder.Combine("a"), "--against", "generations", "--spread", "range");
        Assert.Equal(2, exitCode);
        Assert.Contains("--against: unknown axis 'generations'", error);
        Assert.Contains("--spread: unknown spread 'range'", error);
        Assert.False(File.Exists(folder.Combine("a", "report.md")));

        (exitCode, _, error) = CommandLine.Run("report", folder.Combine("missing"));
        Assert.Equal(2, exitCode);
        Assert.Contains("not a results folder", error);

        (exitCode, _, _) = CommandLine.Run("report", folder.Combine("a"), "--against", "evaluations,wall-seconds", "--quantity", "fitness");
        Assert.Equal(0, exitCode);
        Assert.True(File.Exists(folder.Combine("a", "plots", "t-task-elman-fitness-vs-wall-seconds.svg")));
    }
}
