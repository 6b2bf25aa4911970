using Evorec.Reporting;

namespace Evorec.Experiments;

/// <summary>How a suite run ended.</summary>
/// <param name="Summaries">The summary of every experiment (finished runs only).</param>
/// <param name="RunsExecuted">Runs executed now.</param>
/// <param name="RunsSkipped">Runs already finished in the folder and skipped.</param>
/// <param name="RunsFailed">Runs that failed now (failed runs of earlier attempts are retried).</param>
/// <param name="Interrupted">Whether the suite was cancelled before every run ended.</param>
public sealed record SuiteOutcome(IReadOnlyList<ExperimentSummary> Summaries, int RunsExecuted, int RunsSkipped, int RunsFailed, bool Interrupted)
{
    /// <summary>The exit code of <c>evorec run</c>: 0 done, 1 a run failed, 130 interrupted.</summary>
    public int ExitCode => Interrupted ? ExitCodes.Interrupted : RunsFailed > 0 ? ExitCodes.RunFailed : ExitCodes.Success;
}
