using Evorec.Experiments;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Reporting;
using Evorec.Tasks;
using Evorec.Tests.Support;

namespace Evorec.Tests.Experiments;

public sealed class FailedRunTests
{
    /// <summary>Sine generation, except that the instance of one run index throws during evaluation.</summary>
    public sealed class FaultyOptions
    {
        [System.ComponentModel.Description("the run index whose task throws")]
        public int FailingSeedParity { get; set; }
    }

    private sealed class FaultyTask(ITask inner, bool fails) : ITask
    {
        public string Kind => "faulty";

        public int InputCount => inner.InputCount;

        public int OutputCount => inner.OutputCount;

        public SequenceDataset? Dataset => inner.Dataset;

        public IReadOnlyDictionary<string, double> Baselines => inner.Baselines;

        public ITaskEvaluator CreateEvaluator() => fails ? new Failing() : inner.CreateEvaluator();

        private sealed class Failing : ITaskEvaluator
        {
            public bool HasVerification => false;

            public Evaluation Evaluate(IRecurrentNetwork network, StreamKey key) => throw new InvalidOperationException("the task reached an invalid state");

            public Evaluation Test(IRecurrentNetwork network) => throw new InvalidOperationException("unreachable");

            public Verification Verify(IRecurrentNetwork network) => throw new InvalidOperationException("unreachable");
        }
    }

    [Fact]
    public void ARunThatThrowsIsRecordedAsFailedAndTheOthersGoOn()
    {
        var registry = BuiltInComponents.CreateRegistry().AddTask<FaultyOptions>(
            "faulty",
            "sine generation whose instance throws for some run indices",
            (options, context) =>
            {
                var inner = new SineGenerationTask(new SineGenerationOptions { Length = 20 }, context);
                return new FaultyTask(inner, new RandomStream(context.DataKey).NextInt(2) == options.FailingSeedParity);
            });
        using var folder = new TemporaryFolder();
        string config = folder.WriteFile("suite.json", """
            { "suite": "faulty", "runs": 8, "budget": { "evaluations": 100 },
              "experiments": [ { "name": "f", "task": { "type": "faulty" }, "network": { "type": "elman", "hidden": 2 }, "trainer": { "type": "rwg", "batch": 10 } } ] }
            """);
        var plan = SuiteLoader.Load(config, [], registry);
        string output = folder.Combine("out");
        var outcome = new SuiteRunner(plan, new RunnerOptions { OutputFolder = output, Threads = 2 }, SilentProgress.Instance).Run(default);

        var results = Enumerable.Range(0, 8).Select(k => ResultsJson.Read<RunResult>(ResultsLayout.RunResultPath(output, "f", k))).ToArray();
        int failed = results.Count(r => r.Status == RunResult.FailedStatus);
        Assert.InRange(failed, 1, 7);
        Assert.All(results.Where(r => r.Status == RunResult.FailedStatus), r => Assert.Contains("InvalidOperationException: the task reached an invalid state", r.Error));
        Assert.All(results.Where(r => r.Status != RunResult.FailedStatus), r => Assert.Equal(100, r.Evaluations));
        Assert.Equal(1, outcome.ExitCode);
        Assert.Equal(failed, outcome.Summaries.Single().FailedRuns);
        Assert.Equal(8 - failed, outcome.Summaries.Single().FinishedRuns);
        Assert.Equal("failed", ResultsJson.Read<SuiteManifest>(Path.Combine(output, "manifest.json")).Status);

        // Running again retries the failed runs only.
        var again = new SuiteRunner(plan, new RunnerOptions { OutputFolder = output, Threads = 2 }, SilentProgress.Instance).Run(default);
        Assert.Equal(failed, again.RunsExecuted);
    }
}
