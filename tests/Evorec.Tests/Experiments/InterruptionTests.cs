using System.Text.Json.Nodes;
using Evorec.Reporting;
using Evorec.Tests.Support;

namespace Evorec.Tests.Experiments;

/// <summary>Killing evorec at any moment and running it again gives the files an uninterrupted run gives.</summary>
[Collection(ProcessCollection.Name)]
public sealed class InterruptionTests(Xunit.Abstractions.ITestOutputHelper log)
{
    private const string Suite = """
        {
          "suite": "interrupted",
          "seed": 3,
          "runs": 6,
          "budget": { "evaluations": 80000, "stopWhenSolved": false },
          "experiments": [
            {
              "name": "mg",
              "task": { "type": "mackey-glass", "trainLength": 200, "testLength": 100 },
              "network": { "type": "elman", "hidden": 4 },
              "trainer": [ { "type": "ga", "population": 40 }, { "type": "rwg", "batch": 40 } ]
            }
          ]
        }
        """;

    private static int FinishedRuns(string folder) =>
        Directory.Exists(folder) ? Directory.GetFiles(folder, "run-*.json", SearchOption.AllDirectories).Length : 0;

    [Fact]
    public void ASuiteKilledTwiceAndResumedEqualsAnUninterruptedRun()
    {
        using var folder = new TemporaryFolder();
        string config = folder.WriteFile("suite.json", Suite);
        string reference = folder.Combine("reference");
        string resumed = folder.Combine("resumed");
        var plan = Suites.Load(folder, Suite);
        Assert.Equal(0, Suites.Run(plan, reference, 2).ExitCode);
        int total = plan.Runs().Count();

        foreach (int killAfter in new[] { 2, 6 })
        {
            using var process = new EvorecProcess("run", config, "--out", resumed, "--threads", "2");
            bool reached = process.WaitUntil(() => FinishedRuns(resumed) >= killAfter, TimeSpan.FromSeconds(120));
            Assert.True(reached, $"the suite ended before {killAfter} runs: {process.ReadError()}");
            log.WriteLine($"kill at {FinishedRuns(resumed)} (pid {process.Id})");
            process.KillHard();
            process.WaitForExit(TimeSpan.FromSeconds(30));
            log.WriteLine($"after kill {FinishedRuns(resumed)}");
            Assert.InRange(FinishedRuns(resumed), killAfter, total - 1);
        }

        using (var last = new EvorecProcess("run", config, "--out", resumed, "--threads", "2"))
        {
            Assert.Equal(0, last.WaitForExit(TimeSpan.FromSeconds(120)));
        }

        string[] Files(string root) => Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order().ToArray();
        Assert.Equal(Files(reference), Files(resumed));
        foreach (var run in plan.Runs())
        {
            Assert.Equal(
                Suites.WithoutWallSeconds(ResultsLayout.RunLogPath(reference, run.Experiment.Name, run.Index)),
                Suites.WithoutWallSeconds(ResultsLayout.RunLogPath(resumed, run.Experiment.Name, run.Index)));
            Assert.Equal(WithoutWall(ResultsLayout.RunResultPath(reference, run.Experiment.Name, run.Index)), WithoutWall(ResultsLayout.RunResultPath(resumed, run.Experiment.Name, run.Index)));
        }

        Assert.Equal(WithoutWall(Path.Combine(reference, "summary.json")), WithoutWall(Path.Combine(resumed, "summary.json")));
        foreach (string csv in Directory.GetFiles(Path.Combine(reference, "plots"), "*.csv"))
        {
            Assert.Equal(File.ReadAllText(csv), File.ReadAllText(Path.Combine(resumed, "plots", Path.GetFileName(csv))));
        }
    }

    [Fact]
    public void SigtermStopsCleanlyKeepsFinishedRunsAndSaysItWasInterrupted()
    {
        using var folder = new TemporaryFolder();
        string config = folder.WriteFile("suite.json", Suite.Replace("\"evaluations\": 80000,", "\"evaluations\": 300000,"));
        string output = folder.Combine("out");
        using var process = new EvorecProcess("run", config, "--out", output, "--threads", "2");
        Assert.True(process.WaitUntil(() => FinishedRuns(output) >= 1, TimeSpan.FromSeconds(120)), process.ReadError());
        process.Signal("TERM");
        int exitCode = process.WaitForExit(TimeSpan.FromSeconds(60));
        Assert.Equal(130, exitCode);
        Assert.Contains("interrupted", process.ReadError());
        var manifest = ResultsJson.Read<SuiteManifest>(Path.Combine(output, "manifest.json"));
        Assert.Equal("interrupted", manifest.Status);
        int finished = FinishedRuns(output);
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "summary.json")))!.AsArray();
        Assert.Equal(finished, summary.Sum(s => (int)s!["finished_runs"]!));
        Assert.True(finished < 12);
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories));
        foreach (string json in Directory.GetFiles(output, "run-*.json", SearchOption.AllDirectories))
        {
            Assert.Equal("finished", ResultsJson.Read<RunResult>(json).Status);
            Assert.True(File.Exists(Path.ChangeExtension(json, ".csv")));
        }
    }

    private static string WithoutWall(string path)
    {
        JsonNode node = JsonNode.Parse(File.ReadAllText(path))!;
        Strip(node);
        return node.ToJsonString();

        static void Strip(JsonNode? node)
        {
            if (node is JsonObject obj)
            {
                obj.Remove("wall_seconds");
                foreach (var (_, child) in obj.ToArray())
                {
                    Strip(child);
                }
            }
            else if (node is JsonArray array)
            {
                foreach (JsonNode? child in array)
                {
                    Strip(child);
                }
            }
        }
    }
}
