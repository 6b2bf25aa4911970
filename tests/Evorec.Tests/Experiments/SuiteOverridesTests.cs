using System.Text;
using Evorec.Experiments;

namespace Evorec.Tests.Experiments;

public sealed class SuiteOverridesTests
{
    private const string Suite = """
        {
          "suite": "lists",
          "runs": 1,
          "budget": { "evaluations": 100 },
          "experiments": [
            { "name": "a", "task": { "type": "sine-generation" }, "network": { "type": "feed-forward", "hidden": [4, 4] }, "trainer": { "type": "ga", "population": 10 } }
          ]
        }
        """;

    private static SuitePlan Load(params string[] overrides) =>
        SuiteLoader.LoadJson(Encoding.UTF8.GetBytes(Suite), "lists.json", overrides, BuiltInComponents.CreateRegistry());

    [Fact]
    public void AListOverrideReplacesTheWholeList()
    {
        // An overlay of experiments:0:network:hidden:0=3 would keep the second 4; the list replaces both.
        ExperimentPlan plan = Load("experiments:0:network:hidden=[3]").Experiments.Single();
        Assert.Contains("\"hidden\":[3]", plan.CanonicalJson.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        ExperimentPlan longer = Load("experiments:0:network:Hidden=[2, 3, 5]").Experiments.Single();
        Assert.Contains("\"hidden\":[2,3,5]", longer.CanonicalJson.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("experiments:0:network:hidden=[3", "is not a JSON list")]
    [InlineData("experiments:5:network:hidden=[3]", "'5' is not an index of the list at 'experiments' (0 to 0)")]
    [InlineData("runs:x=[3]", "'runs' is a value, not a section")]
    public void ABadListOverrideIsOneErrorNamingIt(string item, string expected)
    {
        var error = Assert.Throws<ConfigException>(() => Load(item));
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("--set", error.Message, StringComparison.Ordinal);
    }
}
