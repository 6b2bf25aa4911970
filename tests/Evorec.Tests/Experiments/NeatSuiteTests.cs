using Evorec.Experiments;
using Evorec.Reporting;
using Evorec.Tests.Support;

namespace Evorec.Tests.Experiments;

[Collection(ConsoleCollection.Name)]
public sealed class NeatSuiteTests
{
    private const string EveryTask = """
        {
          "suite": "neat-everywhere",
          "seed": 3,
          "runs": 2,
          "budget": { "generations": 4 },
          "experiments": [
            {
              "name": "xor",
              "task": { "type": "xor", "bias": false },
              "network": { "type": "neat-graph", "bias": true },
              "trainer": { "type": "neat", "population": 24, "addNodeProbability": 0.2, "addConnectionProbability": 0.3, "targetSpecies": 3 }
            },
            {
              "name": "pole",
              "task": { "type": "cart-pole", "poles": 1, "episodeSteps": 200 },
              "network": { "type": "neat-graph" },
              "trainer": { "type": "neat", "population": 24, "addNodeProbability": 0.2, "addConnectionProbability": 0.3 }
            },
            {
              "name": "sine",
              "task": { "type": "sine-generation", "length": 40, "testLength": 60 },
              "network": { "type": "neat-graph", "bias": true, "outputActivation": "tanh", "slope": 1.0 },
              "trainer": { "type": "neat", "population": 24, "addNodeProbability": 0.2, "addConnectionProbability": 0.3, "recurrentConnectionProbability": 0.5 }
            },
            {
              "name": "mg",
              "task": { "type": "mackey-glass", "trainLength": 100, "testLength": 50, "washout": 20 },
              "network": { "type": "neat-graph", "bias": true, "outputActivation": "linear", "hiddenActivation": "tanh", "slope": 1.0 },
              "trainer": { "type": "neat", "population": 24, "addNodeProbability": 0.2, "addConnectionProbability": 0.3 }
            }
          ]
        }
        """;

    [Fact]
    public void NeatRunsOnEveryTaskIdenticallyForOneAndThreeThreadsAndEveryRunReplaysToTheLastBit()
    {
        using var folder = new TemporaryFolder();
        var plan = Suites.Load(folder, EveryTask);
        Assert.Equal(0, Suites.Run(plan, folder.Combine("one"), 1).ExitCode);
        Assert.Equal(0, Suites.Run(plan, folder.Combine("three"), 3).ExitCode);
        foreach (var run in plan.Runs())
        {
            string one = ResultsLayout.RunLogPath(folder.Combine("one"), run.Experiment.Name, run.Index);
            Assert.Equal(Suites.WithoutWallSeconds(one), Suites.WithoutWallSeconds(ResultsLayout.RunLogPath(folder.Combine("three"), run.Experiment.Name, run.Index)));
            string header = File.ReadLines(one).First();
            Assert.StartsWith(string.Join(',', RunLogColumns.Required), header);
            Assert.EndsWith("species,compatibility_threshold,champion_hidden_nodes,champion_connections,mean_hidden_nodes,mean_connections", header);

            string result = ResultsLayout.RunResultPath(folder.Combine("one"), run.Experiment.Name, run.Index);
            var recorded = ResultsJson.Read<RunResult>(result);
            var other = ResultsJson.Read<RunResult>(ResultsLayout.RunResultPath(folder.Combine("three"), run.Experiment.Name, run.Index));
            Assert.Equal(WithoutWallSeconds(recorded), WithoutWallSeconds(other));
            Assert.True(recorded.Metrics.ContainsKey("best_hidden_nodes"));
            Assert.True(recorded.Metrics.ContainsKey("species"));

            var replay = RunReplay.Replay(result, BuiltInComponents.CreateRegistry());
            Assert.True(replay.Matches, $"{run}: {replay.Training.Error} vs {replay.Recorded.FinalError}");
        }

        Assert.True(File.Exists(Path.Combine(folder.Combine("one"), ReportPlots.Folder, "xor-neat-graph-species.svg")));
    }

    private static string WithoutWallSeconds(RunResult result) =>
        System.Text.Json.JsonSerializer.Serialize(result with { WallSeconds = 0 }, ResultsJson.Options);

    [Theory]
    [InlineData("""{ "type": "neat" }""", """{ "type": "elman" }""", "experiments:0:trainer: invalid neat options: the neat trainer evolves its own topology and needs network type 'neat-graph', not 'elman'")]
    [InlineData("""{ "type": "ga" }""", """{ "type": "neat-graph" }""", "experiments:0:trainer: invalid ga options: network 'neat-graph' has no fixed parameter layout; it is trained by its own trainer ('neat' for 'neat-graph')")]
    public void NeatAndNeatGraphOnlyGoTogether(string trainer, string network, string expected)
    {
        using var folder = new TemporaryFolder();
        string json = $$"""
            { "suite": "s", "seed": 1, "runs": 1, "budget": { "evaluations": 100 },
              "experiments": [ { "name": "x", "task": { "type": "xor" }, "network": {{network}}, "trainer": {{trainer}} } ] }
            """;
        var exception = Assert.Throws<ConfigException>(() => Suites.Load(folder, json));
        Assert.Contains(expected, exception.Message);
    }
}
