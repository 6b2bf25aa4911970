using System.CommandLine;
using System.Diagnostics;
using System.Reflection;
using Evorec.Experiments;
using Evorec.Reporting;

namespace Evorec.Cli.Commands;

/// <summary><c>evorec slurm CONFIG</c>: writes (and with --submit submits) a job array of shards and a report job.</summary>
internal static class SlurmCommand
{
    public static Command Create()
    {
        var command = new Command("slurm", "write sbatch scripts for a Slurm job array of shards and a report job after it (--submit submits them)");
        var config = new Argument<string>("config") { Description = "the suite to run", Arity = ArgumentArity.ZeroOrOne, DefaultValueFactory = _ => "experiments.json" };
        var output = new Option<string?>("--out") { Description = "results folder on a shared file system (default results/<suite>)" };
        var tasks = new Option<int>("--tasks") { Description = "array tasks (shards)", DefaultValueFactory = _ => 4 };
        var cpus = new Option<int>("--cpus-per-task") { Description = "CPUs (threads) per array task", DefaultValueFactory = _ => 2 };
        var time = new Option<string>("--time") { Description = "time limit per task, sbatch format", DefaultValueFactory = _ => "04:00:00" };
        var partition = new Option<string?>("--partition") { Description = "Slurm partition (default: the cluster's)" };
        var evorec = new Option<string?>("--evorec") { Description = "the command that runs evorec on the nodes (default: the one running now)" };
        var submit = new Option<bool>("--submit") { Description = "submit both jobs with sbatch and print their ids" };
        command.Arguments.Add(config);
        foreach (Option option in new Option[] { output, tasks, cpus, time, partition, evorec, submit })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            string configPath = Path.GetFullPath(parsed.GetValue(config)!);
            SuitePlan plan;
            try
            {
                plan = SuiteLoader.Load(configPath, [], BuiltInComponents.CreateRegistry());
            }
            catch (ConfigException exception)
            {
                return ErrorOutput.Invalid(exception);
            }

            int taskCount = parsed.GetValue(tasks);
            int cpuCount = parsed.GetValue(cpus);
            if (taskCount < 1 || cpuCount < 1)
            {
                return ErrorOutput.Fail("--tasks and --cpus-per-task must be at least 1", ExitCodes.InvalidInput);
            }

            string folder = Path.GetFullPath(parsed.GetValue(output) ?? Path.Combine("results", plan.Suite));
            var scripts = new SlurmScripts(
                plan.Suite,
                configPath,
                folder,
                taskCount,
                cpuCount,
                parsed.GetValue(time)!,
                parsed.GetValue(partition),
                parsed.GetValue(evorec) ?? CurrentCommand(),
                "evorec " + string.Join(' ', parsed.Tokens.Select(t => t.Value)));
            string scriptFolder = Path.Combine(folder, "slurm");
            string arrayPath = Path.Combine(scriptFolder, "array.sbatch");
            string reportPath = Path.Combine(scriptFolder, "report.sbatch");
            try
            {
                AtomicFile.WriteAllText(arrayPath, scripts.ArrayScript());
                AtomicFile.WriteAllText(reportPath, scripts.ReportScript());
            }
            catch (ResultsWriteException exception)
            {
                return ErrorOutput.Fail(exception.Message, ExitCodes.RunFailed);
            }

            Console.WriteLine($"wrote {arrayPath}");
            Console.WriteLine($"wrote {reportPath}");
            if (!parsed.GetValue(submit))
            {
                Console.WriteLine($"submit with: id=$(sbatch --parsable {arrayPath}) && sbatch --dependency=afterany:${{id%%;*}} {reportPath}");
                return ExitCodes.Success;
            }

            string? arrayId = Sbatch(arrayPath, null);
            string? reportId = arrayId is null ? null : Sbatch(reportPath, arrayId);
            if (reportId is null)
            {
                return ExitCodes.RunFailed;
            }

            Console.WriteLine($"array job {arrayId}");
            Console.WriteLine($"report job {reportId}");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>How this very process was started, so the nodes run the same evorec.</summary>
    private static string CurrentCommand()
    {
        string process = Environment.ProcessPath ?? "dotnet";
        string entry = Assembly.GetEntryAssembly()?.Location ?? "evorec.dll";
        return Path.GetFileNameWithoutExtension(process) == "dotnet" ? $"{process} {entry}" : process;
    }

    private static string? Sbatch(string script, string? afterAny)
    {
        var start = new ProcessStartInfo("sbatch") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("--parsable");
        if (afterAny is not null)
        {
            start.ArgumentList.Add($"--dependency=afterany:{afterAny}");
        }

        start.ArgumentList.Add(script);
        try
        {
            using var process = Process.Start(start)!;
            string text = process.StandardOutput.ReadToEnd().Trim();
            string error = process.StandardError.ReadToEnd().Trim();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine($"sbatch {script}: {error}");
                return null;
            }

            return text.Split(';')[0];
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            Console.Error.WriteLine($"sbatch: {exception.Message} (is Slurm installed on this machine?)");
            return null;
        }
    }
}
