using Evorec.Tests.Support;

namespace Evorec.Tests.Experiments;

[Collection(ConsoleCollection.Name)]
public sealed class ConfigErrorTests
{
    private const string Valid = """
        {
          "suite": "bad",
          "runs": 2,
          "budget": { "evaluations": 100 },
          "experiments": [
            { "name": "a", "task": { "type": "sine-generation" }, "network": { "type": "elman", "hidden": 2 }, "trainer": { "type": "ga", "population": 10 } }
          ]
        }
        """;

    public static TheoryData<string, string, string> Cases => new()
    {
        { "JSON syntax error, with its line", "{\n  \"suite\": \"bad\",\n  \"runs\": 2 2\n}", "suite.json:3:" },
        { "unknown trainer type, with a suggestion", Valid.Replace("\"ga\"", "\"gaa\""), "experiments:0:trainer:type: unknown trainer 'gaa' — did you mean 'ga'?" },
        { "unknown task type, with a suggestion", Valid.Replace("\"sine-generation\"", "\"sine-generator\""), "experiments:0:task:type: unknown task 'sine-generator' — did you mean 'sine-generation'?" },
        { "unknown key, with a suggestion", Valid.Replace("\"population\"", "\"populaton\""), "experiments:0:trainer:populaton: unknown key 'populaton' for trainer 'ga' — did you mean 'population'?" },
        { "unknown suite key", Valid.Replace("\"runs\": 2", "\"runz\": 2"), "runz: unknown key 'runz' in the suite — did you mean 'runs'?" },
        { "zero runs", Valid.Replace("\"runs\": 2", "\"runs\": 0"), "runs: runs must be at least 1, not 0" },
        { "negative runs in an experiment", Valid.Replace("\"name\": \"a\",", "\"name\": \"a\", \"runs\": -3,"), "experiments:0:runs: runs must be at least 1, not -3" },
        { "a non-number where a number belongs", Valid.Replace("\"population\": 10", "\"population\": \"many\""), "experiments:0:trainer:population: expected a whole number, got 'many'" },
        { "a non-number in the budget", Valid.Replace("\"evaluations\": 100", "\"evaluations\": \"lots\""), "budget:evaluations: expected a whole number, got 'lots'" },
        { "duplicate experiment names", Valid.Replace("\"experiments\": [", "\"experiments\": [ { \"name\": \"a\", \"task\": { \"type\": \"mackey-glass\" }, \"network\": { \"type\": \"elman\" }, \"trainer\": { \"type\": \"rwg\" } },"), "experiments:1:name: duplicate experiment name 'a' (also at experiments:0)" },
        { "no budget", Valid.Replace("\"budget\": { \"evaluations\": 100 },", string.Empty), "experiments:0:budget: no budget" },
        { "network inputs that do not fit the task", Valid.Replace("\"hidden\": 2", "\"hidden\": 2, \"inputs\": 3"), "experiments:0:network:inputs: the network has 3 inputs but task 'sine-generation' gives 1" },
        { "a network too small for the task's outputs", Valid.Replace("{ \"type\": \"elman\", \"hidden\": 2 }", "{ \"type\": \"fully-recurrent\", \"neurons\": 0 }"), "experiments:0:network: network 'fully-recurrent' does not fit task 'sine-generation'" },
        { "a feed-forward hidden layer without neurons", Valid.Replace("{ \"type\": \"elman\", \"hidden\": 2 }", "{ \"type\": \"feed-forward\", \"hidden\": [4, 0] }"), "experiments:0:network: network 'feed-forward' does not fit task 'sine-generation' (1 inputs, 1 outputs): every hidden layer needs at least one neuron, not [4, 0]" },
        { "an invalid trainer option value", Valid.Replace("\"population\": 10", "\"population\": 1"), "experiments:0:trainer: invalid ga options: population must be at least 2." },
        { "an unknown enum value, with a suggestion", Valid.Replace("\"population\": 10", "\"crossover\": \"arithmetik\""), "experiments:0:trainer:crossover: 'arithmetik' is not one of uniform, arithmetic — did you mean 'arithmetic'?" },
        { "an unknown NEAT weight mutation, with a suggestion", Valid.Replace("{ \"type\": \"elman\", \"hidden\": 2 }, \"trainer\": { \"type\": \"ga\", \"population\": 10 }", "{ \"type\": \"neat-graph\" }, \"trainer\": { \"type\": \"neat\", \"weightMutation\": \"neat-1.2.1\" }"), "experiments:0:trainer:weightMutation: 'neat-1.2.1' is not one of paper, neat121 — did you mean 'neat121'?" },
        { "a missing trainer", Valid.Replace(", \"trainer\": { \"type\": \"ga\", \"population\": 10 }", string.Empty), "experiments:0:trainer: missing trainer" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void EachBadInputExitsWithTwoNamesItsPathInOneLineAndWritesNothing(string description, string json, string expected)
    {
        using var folder = new TemporaryFolder();
        string config = folder.WriteFile("suite.json", json);
        string output = folder.Combine("out");
        foreach (string command in new[] { "run", "validate" })
        {
            var (exitCode, _, error) = command == "run"
                ? CommandLine.Run("run", config, "--out", output)
                : CommandLine.Run("validate", config);
            string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.True(exitCode == 2, $"{description}: exit code {exitCode}");
            Assert.True(lines.Length == 1, $"{description}: expected one line, got:\n{error}");
            Assert.Contains(expected, lines[0]);
            Assert.False(Directory.Exists(output), $"{description}: wrote {output}");
        }
    }

    [Fact]
    public void AMissingFileExitsWithTwoAndNamesTheFile()
    {
        using var folder = new TemporaryFolder();
        string config = folder.Combine("no-such-suite.json");
        var (exitCode, _, error) = CommandLine.Run("run", config, "--out", folder.Combine("out"));
        Assert.Equal(2, exitCode);
        Assert.Equal($"{config}: file not found", error.Trim());
        Assert.False(Directory.Exists(folder.Combine("out")));
    }

    [Fact]
    public void EveryProblemOfAConfigIsReportedOnItsOwnLine()
    {
        using var folder = new TemporaryFolder();
        string json = Valid.Replace("\"ga\"", "\"gaa\"").Replace("\"hidden\": 2", "\"hidden\": 2, \"hiden\": 3").Replace("\"runs\": 2", "\"runs\": 0");
        var (exitCode, _, error) = CommandLine.Run("validate", folder.WriteFile("suite.json", json));
        Assert.Equal(2, exitCode);
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines, l => l.StartsWith("runs:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("experiments:0:trainer:type:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("experiments:0:network:hiden:", StringComparison.Ordinal));
    }

    [Fact]
    public void BadCommandLineArgumentsExitWithTwo()
    {
        using var folder = new TemporaryFolder();
        string config = folder.WriteFile("suite.json", Valid);
        Assert.Equal(2, CommandLine.Run("run", config, "--threads", "zero").ExitCode);
        Assert.Equal(2, CommandLine.Run("run", config, "--threads", "0", "--out", folder.Combine("o")).ExitCode);
        Assert.Equal(2, CommandLine.Run("run", config, "--only", "b", "--out", folder.Combine("o")).ExitCode);
        Assert.Equal(2, CommandLine.Run("run", config, "--set", "nonsense", "--out", folder.Combine("o")).ExitCode);
        Assert.Equal(2, CommandLine.Run("frobnicate").ExitCode);
        Assert.False(Directory.Exists(folder.Combine("o")));
    }

    [Fact]
    public void SetOverridesAConfigurationValue()
    {
        using var folder = new TemporaryFolder();
        string config = folder.WriteFile("suite.json", Valid);
        string output = folder.Combine("out");
        var (exitCode, _, error) = CommandLine.Run("run", config, "--out", output, "--set", "experiments:0:runs=1", "--threads", "1");
        Assert.True(exitCode == 0, error);
        Assert.True(File.Exists(Path.Combine(output, "a", "run-0.json")));
        Assert.False(File.Exists(Path.Combine(output, "a", "run-1.json")));
    }
}
