using Evorec.Experiments;
using Evorec.Tests.Support;

namespace Evorec.Tests.Examples;

/// <summary>The README's worked examples, registered as a researcher would, run from a suite.</summary>
public sealed class ReadmeExamplesTests
{
    [Fact]
    public void TheExampleTaskAndTrainerRunFromASuite()
    {
        var registry = BuiltInComponents.CreateRegistry()
            .AddTask<EchoOptions>("echo", "echo the input lag steps later (NRMSE)", (options, context) => new EchoTask(options, context))
            .AddTrainer<OnePlusLambdaOptions>(
                "one-plus-lambda",
                "(1+lambda) evolution strategy",
                (options, context) => BuiltInComponents.Evolve(new OnePlusLambda(context.Network.Layout.Count, options, context.Key), context));
        using var folder = new TemporaryFolder();
        string config = folder.WriteFile("suite.json", """
            {
              "suite": "examples", "runs": 2, "budget": { "evaluations": 2000 },
              "experiments": [ { "name": "echo", "task": { "type": "echo", "lag": 1 }, "network": { "type": "elman", "hidden": 4 }, "trainer": [ { "type": "one-plus-lambda" }, { "type": "rwg" } ] } ]
            }
            """);
        var plan = SuiteLoader.Load(config, [], registry);
        var outcome = new SuiteRunner(plan, new RunnerOptions { OutputFolder = folder.Combine("out"), Threads = 2 }, SilentProgress.Instance).Run(default);
        Assert.Equal(0, outcome.ExitCode);
        var es = outcome.Summaries.Single(s => s.Trainer == "one-plus-lambda");
        var rwg = outcome.Summaries.Single(s => s.Trainer == "rwg");
        Assert.True(es.FinalError.Median < rwg.FinalError.Median, $"(1+λ) {es.FinalError.Median} vs RWG {rwg.FinalError.Median}");
    }

    [Fact]
    public void TheReadmeComponentReferenceMatchesTheRegistry()
    {
        string readme = File.ReadAllText(RepositoryPaths.File("README.md")).ReplaceLineEndings("\n");
        const string begin = "<!-- components:begin -->\n";
        int start = readme.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        int stop = readme.IndexOf("<!-- components:end -->", StringComparison.Ordinal);
        string expected = ComponentReference.Markdown(BuiltInComponents.CreateRegistry().Entries).TrimEnd('\n');
        Assert.True(
            readme[start..stop].TrimEnd('\n') == expected,
            "README.md's component reference is out of date: run scripts/update-readme-reference.sh");
    }
}
