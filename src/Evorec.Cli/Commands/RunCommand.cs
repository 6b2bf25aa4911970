using System.CommandLine;
using System.Runtime.InteropServices;
using Evorec.Cli.Progress;
using Evorec.Experiments;
using Evorec.Reporting;

namespace Evorec.Cli.Commands;

/// <summary><c>evorec run [CONFIG]</c>: runs a suite into a results folder and reports it.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var command = new Command("run", "run a suite (experiments.json by default) and write results, summary and report");
        var arguments = new SuiteArguments();
        arguments.AddTo(command);
        var output = new Option<string?>("--out") { Description = "results folder (default results/<suite>)" };
        var threads = new Option<int?>("--threads") { Description = "worker threads (default: all cores); results do not depend on it" };
        var force = new Option<bool>("--force") { Description = "recompute experiments whose configuration changed since the folder was written" };
        var shard = new Option<string?>("--shard") { Description = "run only shard I of N (1-based) of the (experiment, run) pairs; no summary (evorec report merges the shards)" };
        command.Options.Add(shard);
        command.Options.Add(output);
        command.Options.Add(threads);
        command.Options.Add(force);
        command.SetAction(parsed =>
        {
            SuitePlan plan;
            List<string> overrides;
            try
            {
                plan = arguments.Load(parsed, out overrides);
            }
            catch (ConfigException exception)
            {
                return ErrorOutput.Invalid(exception);
            }

            int threadCount = parsed.GetValue(threads) ?? Environment.ProcessorCount;
            if (threadCount <= 0)
            {
                return ErrorOutput.Fail($"--threads: must be at least 1, not {threadCount}", ExitCodes.InvalidInput);
            }

            Shard? selected = null;
            if (parsed.GetValue(shard) is { } shardText)
            {
                try
                {
                    selected = Shard.Parse(shardText);
                }
                catch (ConfigException exception)
                {
                    return ErrorOutput.Invalid(exception);
                }

                overrides.Add($"--shard {selected}");
            }

            string folder = parsed.GetValue(output) ?? Path.Combine("results", plan.Suite);
            var options = new RunnerOptions
            {
                OutputFolder = folder,
                Threads = threadCount,
                Force = parsed.GetValue(force),
                Shard = selected,
                Overrides = overrides,
            };
            using var cancellation = new CancellationTokenSource();
            using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, cancellation));
            using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, cancellation));
            try
            {
                SuiteOutcome outcome = ProgressDisplay.Run(plan, progress => new SuiteRunner(plan, options, progress).Run(cancellation.Token));
                if (selected is null)
                {
                    SummaryView.Print(outcome.Summaries, folder);
                }
                else
                {
                    Console.WriteLine($"shard {selected}: {outcome.RunsExecuted} runs now, {outcome.RunsSkipped} already finished; run 'evorec report {folder}' when every shard is done.");
                }
                if (outcome.Interrupted)
                {
                    Console.Error.WriteLine($"interrupted: {outcome.RunsExecuted} runs finished now and are kept; run the same command again to resume.");
                }
                else if (outcome.RunsFailed > 0)
                {
                    Console.Error.WriteLine($"{outcome.RunsFailed} runs failed; their errors are in their run-<k>.json files.");
                }

                return outcome.ExitCode;
            }
            catch (ConfigException exception)
            {
                return ErrorOutput.Invalid(exception);
            }
            catch (ResultsWriteException exception)
            {
                return ErrorOutput.Fail(exception.Message, ExitCodes.RunFailed);
            }
        });
        return command;
    }

    private static void Stop(PosixSignalContext context, CancellationTokenSource cancellation)
    {
        context.Cancel = true;
        if (!cancellation.IsCancellationRequested)
        {
            Console.Error.WriteLine($"{context.Signal}: stopping after the current generations; finished runs are kept.");
            cancellation.Cancel();
        }
    }
}
