using Evorec.Experiments;

namespace Evorec.Tests.Support;

/// <summary>Small suites written for tests.</summary>
public static class Suites
{
    /// <summary>GA and RWG on sine generation and Mackey-Glass with both skeleton networks, tiny budgets.</summary>
    public const string Small = """
        {
          "suite": "small",
          "seed": 7,
          "runs": 3,
          "budget": { "evaluations": 600 },
          "experiments": [
            {
              "name": "sine",
              "task": { "type": "sine-generation", "length": 40, "testLength": 60 },
              "network": [ { "type": "elman", "hidden": 3 }, { "type": "fully-recurrent", "neurons": 3 } ],
              "trainer": [ { "type": "ga", "population": 20 }, { "type": "rwg", "batch": 20 } ]
            },
            {
              "name": "mg",
              "task": { "type": "mackey-glass", "trainLength": 100, "testLength": 50, "washout": 20 },
              "network": { "type": "elman", "hidden": 3 },
              "trainer": [ { "type": "ga", "population": 20 }, { "type": "rwg", "batch": 20 } ]
            }
          ]
        }
        """;

    public static SuitePlan Load(TemporaryFolder folder, string json, params string[] overrides) =>
        SuiteLoader.Load(folder.WriteFile("suite.json", json), overrides, BuiltInComponents.CreateRegistry());

    public static SuiteOutcome Run(SuitePlan plan, string output, int threads, CancellationToken cancellation = default) =>
        new SuiteRunner(plan, new RunnerOptions { OutputFolder = output, Threads = threads }, SilentProgress.Instance).Run(cancellation);

    /// <summary>A run log's text without its wall-clock column (the one column that varies between identical runs).</summary>
    public static string WithoutWallSeconds(string csvPath) =>
        string.Join('\n', System.IO.File.ReadAllLines(csvPath).Select(line => string.Join(',', line.Split(',').Where((_, i) => i != 3))));
}
