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
            if (!ManifestSet.Exists(path))
            {
                return ErrorOutput.Fail($"{path}: not a results folder (no {SuiteManifest.FileName} or manifest-<I>-of-<N>.json)", ExitCodes.InvalidInput);
            }

            try
            {
                var summaries = ReportWriter.Write(path);
                SummaryView.Print(summaries, path);
                var missing = ManifestSet.MissingRuns(path, ManifestSet.Read(path));
                foreach (string run in missing)
                {
                    Console.Error.WriteLine($"missing: {run}");
                }

                if (missing.Count > 0)
                {
                    Console.Error.WriteLine($"{missing.Count} planned runs have no run file: the summary covers the others. Re-run the shards (or the suite) to complete it.");
                    return ExitCodes.RunFailed;
                }

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
