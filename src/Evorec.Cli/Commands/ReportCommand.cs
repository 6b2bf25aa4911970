using System.CommandLine;
using Evorec.Experiments;
using Evorec.Reporting;

namespace Evorec.Cli.Commands;

/// <summary><c>evorec report DIR</c>: rebuilds the summary and report of a results folder from its run files.</summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var command = new Command("report", "(re)build summary, tables and plots of a results folder from its run files");
        var folder = new Argument<string>("dir") { Description = "the results folder (holds manifest.json)" };
        command.Arguments.Add(folder);
        command.SetAction(parsed =>
        {
            string path = parsed.GetValue(folder)!;
            if (!File.Exists(Path.Combine(path, SuiteManifest.FileName)))
            {
                return ErrorOutput.Fail($"{path}: not a results folder (no {SuiteManifest.FileName})", ExitCodes.InvalidInput);
            }

            try
            {
                var summaries = ReportWriter.Write(path);
                SummaryView.Print(summaries, path);
                return ExitCodes.Success;
            }
            catch (InvalidDataException exception)
            {
                return ErrorOutput.Fail(exception.Message, ExitCodes.InvalidInput);
            }
            catch (ResultsWriteException exception)
            {
                return ErrorOutput.Fail(exception.Message, ExitCodes.RunFailed);
            }
        });
        return command;
    }
}
