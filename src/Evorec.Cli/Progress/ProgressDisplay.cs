using Evorec.Experiments;
using Spectre.Console;

namespace Evorec.Cli.Progress;

/// <summary>Chooses the live display on a terminal and plain log lines when output is redirected.</summary>
internal static class ProgressDisplay
{
    public static T Run<T>(SuitePlan plan, Func<IRunProgress, T> body)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
        {
            return body(new LogProgress(Console.Out));
        }

        T result = default!;
        AnsiConsole.Progress()
            .AutoClear(false)
            .HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context => result = body(new LiveProgress(context, plan)));
        return result;
    }
}
