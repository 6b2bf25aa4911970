using System.Globalization;
using Evorec.Experiments;
using Evorec.Reporting;
using Evorec.Training;

namespace Evorec.Cli.Progress;

/// <summary>Plain log lines, one per finished run, for redirected output (CI, clusters, files).</summary>
internal sealed class LogProgress(TextWriter writer) : IRunProgress
{
    private readonly object _gate = new();
    private int _total;
    private int _done;

    public void SuiteStarted(SuitePlan plan, IReadOnlyList<PlannedRun> pending)
    {
        _total = pending.Count;
        int planned = plan.Experiments.Sum(e => e.Runs);
        Write($"suite '{plan.Suite}': {plan.Experiments.Count} experiments, {planned} runs, {pending.Count} to run ({planned - pending.Count} already finished)");
    }

    public void Generation(PlannedRun run, GenerationRecord record)
    {
    }

    public void RunEnded(PlannedRun run, RunResult result)
    {
        int done = Interlocked.Increment(ref _done);
        string outcome = result.Status == RunResult.FailedStatus
            ? $"FAILED: {result.Error}"
            : (result.Solved ? $"solved at {result.EvaluationsToSolve:N0} evaluations" : $"not solved in {result.Evaluations:N0} evaluations")
              + $", final error {Format(result.FinalError)}, test error {Format(result.TestError)} ({result.WallSeconds:F2} s)";
        Write($"[{done}/{_total}] {run}: {outcome}");
    }

    private static string Format(double? value) => value?.ToString("G4", CultureInfo.InvariantCulture) ?? "inf";

    private void Write(string line)
    {
        lock (_gate)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }
}
