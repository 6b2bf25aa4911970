using System.CommandLine;
using System.Globalization;
using Evorec.Experiments;

namespace Evorec.Cli.Commands;

/// <summary><c>evorec replay RUN.json</c>: rebuilds a run's best network and re-evaluates it.</summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var command = new Command("replay", "rebuild the best network of a run file and re-evaluate it on its task (must equal the record to the last bit)");
        var file = new Argument<string>("run") { Description = "a run-<k>.json file inside a results folder" };
        command.Arguments.Add(file);
        command.SetAction(parsed =>
        {
            ReplayOutcome outcome;
            try
            {
                outcome = RunReplay.Replay(parsed.GetValue(file)!, BuiltInComponents.CreateRegistry());
            }
            catch (ConfigException exception)
            {
                return ErrorOutput.Invalid(exception);
            }

            var run = outcome.Recorded;
            Console.WriteLine($"{run.Experiment} run {run.Run}");
            Console.WriteLine($"  training error {Text(outcome.Training.Error)} (recorded {Text(run.FinalError)}), fitness {Text(outcome.Training.Fitness)} (recorded {Text(run.BestFitness)})");
            Console.WriteLine($"  test error     {Text(outcome.Test.Error)} (recorded {Text(run.TestError)})");
            Console.WriteLine(outcome.Matches ? "  identical to the record" : "  DIFFERS from the record");
            return outcome.Matches ? ExitCodes.Success : ExitCodes.RunFailed;
        });
        return command;
    }

    private static string Text(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "inf";
}
