using Evorec.Experiments;
using Evorec.Reporting;
using Evorec.Tests.Support;

namespace Evorec.Tests.Experiments;

[Collection(ConsoleCollection.Name)]
public sealed class ReplayTests
{
    [Fact]
    public void EveryReplayedRunEqualsItsRecordToTheLastBit()
    {
        using var folder = new TemporaryFolder();
        var plan = Suites.Load(folder, Suites.Small, "runs=2");
        string output = folder.Combine("out");
        Suites.Run(plan, output, 2);
        foreach (var run in plan.Runs())
        {
            var outcome = RunReplay.Replay(ResultsLayout.RunResultPath(output, run.Experiment.Name, run.Index), BuiltInComponents.CreateRegistry());
            Assert.True(outcome.Matches, $"{run}: {outcome.Training.Error} vs {outcome.Recorded.FinalError}");
            Assert.Equal(outcome.Recorded.FinalError, outcome.Training.Error);
        }

        var (exitCode, text, _) = CommandLine.Run("replay", ResultsLayout.RunResultPath(output, "sine/elman/ga", 1));
        Assert.Equal(0, exitCode);
        Assert.Contains("identical to the record", text);
    }

    [Fact]
    public void ATamperedRecordDiffersAndAMissingFileIsInvalidInput()
    {
        using var folder = new TemporaryFolder();
        var plan = Suites.Load(folder, Suites.Small, "runs=1");
        string output = folder.Combine("out");
        Suites.Run(plan, output, 1);
        string path = ResultsLayout.RunResultPath(output, "mg/ga", 0);
        var run = ResultsJson.Read<RunResult>(path);
        double[] parameters = (double[])run.BestParameters.Clone();
        parameters[0] += 1e-9;
        ResultsJson.Write(path, run with { BestParameters = parameters });
        Assert.Equal(1, CommandLine.Run("replay", path).ExitCode);
        Assert.Equal(2, CommandLine.Run("replay", folder.Combine("nothing.json")).ExitCode);
    }
}
