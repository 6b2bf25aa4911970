using Evorec.Experiments;

namespace Evorec.Cli.Commands;

/// <summary>Prints problems the way every command does: one line per problem on standard error.</summary>
internal static class ErrorOutput
{
    /// <summary>Prints each configuration problem as <c>path: message</c> and returns the invalid-input exit code.</summary>
    public static int Invalid(ConfigException exception)
    {
        foreach (ConfigError error in exception.Errors)
        {
            Console.Error.WriteLine(error.ToString());
        }

        return ExitCodes.InvalidInput;
    }

    /// <summary>Prints one problem and returns <paramref name="exitCode"/>.</summary>
    public static int Fail(string message, int exitCode)
    {
        Console.Error.WriteLine(message);
        return exitCode;
    }
}
