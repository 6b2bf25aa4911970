using System.CommandLine;
using Evorec.Cli.Commands;
using Evorec.Experiments;
using Spectre.Console;

namespace Evorec.Cli;

/// <summary>The <c>evorec</c> command: parses arguments and calls the library.</summary>
public static class Program
{
    /// <summary>Runs the command; returns the exit code (0 done, 1 a run failed, 2 invalid input, 130 interrupted).</summary>
    public static int Main(string[] args)
    {
        ConfigureConsole();
        var root = new RootCommand("Evorec: train recurrent neural networks by neuroevolution and compare with gradient baselines, reproducibly.")
        {
            RunCommand.Create(),
            ReportCommand.Create(),
            ListCommand.Create(),
            ValidateCommand.Create(),
            ReplayCommand.Create(),
            SlurmCommand.Create(),
            BenchCommand.Create(),
        };
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"arguments: {error.Message}");
            }

            Console.Error.WriteLine("(see 'evorec --help')");
            return ExitCodes.InvalidInput;
        }

        return parsed.Invoke();
    }

    /// <summary>
    /// Plain text for files, pipes and CI logs (no colour codes, tables as wide as a log line can be);
    /// colour and live display on a terminal.
    /// </summary>
    private static void ConfigureConsole()
    {
        bool redirected = Console.IsOutputRedirected;
        AnsiConsole.Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
            Out = new AnsiConsoleOutput(Console.Out),
        });
        if (redirected)
        {
            AnsiConsole.Profile.Width = 160;
        }
    }
}
