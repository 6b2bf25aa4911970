using Evorec.Cli;

namespace Evorec.Tests.Support;

/// <summary>Runs the evorec command in-process, capturing its standard output and error.</summary>
/// <remarks>Console redirection is process-wide: tests using this belong to the <see cref="ConsoleCollection"/>.</remarks>
public static class CommandLine
{
    private static readonly object Gate = new();

    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        lock (Gate)
        {
            TextWriter output = Console.Out;
            TextWriter error = Console.Error;
            var capturedOutput = new StringWriter();
            var capturedError = new StringWriter();
            Console.SetOut(capturedOutput);
            Console.SetError(capturedError);
            try
            {
                int exitCode = Program.Main(args);
                return (exitCode, capturedOutput.ToString(), capturedError.ToString());
            }
            finally
            {
                Console.SetOut(output);
                Console.SetError(error);
            }
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}
