using Evorec.Reporting;
using Evorec.Tests.Support;

namespace Evorec.Tests.Reporting;

public sealed class AtomicFileTests
{
    [Fact]
    public void WritesReplaceTheWholeFileAndLeaveNoTemporaryFiles()
    {
        using var folder = new TemporaryFolder();
        string path = folder.Combine("sub", "file.json");
        AtomicFile.WriteAllText(path, "first, and longer");
        AtomicFile.WriteAllText(path, "second");
        Assert.Equal("second", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(folder.Combine("sub"), "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void AnUnwritableFolderGivesAnErrorNamingThePathAndKeepsTheOldFile()
    {
        using var folder = new TemporaryFolder();
        string blocker = folder.WriteFile("blocker", "a file where a folder should be");
        var exception = Assert.Throws<ResultsWriteException>(() => AtomicFile.WriteAllText(Path.Combine(blocker, "x.json"), "{}"));
        Assert.Contains(Path.Combine(blocker, "x.json"), exception.Message);
        Assert.Equal("a file where a folder should be", File.ReadAllText(blocker));
    }
}
