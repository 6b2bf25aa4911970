using Evorec.Experiments;
using Evorec.Tests.Support;

namespace Evorec.Tests.Experiments;

/// <summary>Every suite the repository ships stays valid as the code changes.</summary>
public sealed class SuiteFilesTests
{
    public static TheoryData<string> Suites => new(
        Directory.GetFiles(RepositoryPaths.File("experiments"), "*.json").Append(RepositoryPaths.File("experiments.json"))
            .Concat(Directory.GetFiles(RepositoryPaths.File("tests", "cluster"), "*.json"))
            .Select(path => Path.GetRelativePath(RepositoryPaths.Root, path)));

    [Theory]
    [MemberData(nameof(Suites))]
    public void TheSuiteIsValid(string path)
    {
        var plan = SuiteLoader.Load(RepositoryPaths.File(path), [], BuiltInComponents.CreateRegistry());
        Assert.NotEmpty(plan.Experiments);
    }
}
