using Evorec.Reporting;
using Evorec.Training;

namespace Evorec.Experiments;

/// <summary>
/// Hears what a suite is doing. Called from worker threads: implementations must be thread-safe
/// and quick (they are called once per generation).
/// </summary>
public interface IRunProgress
{
    /// <summary>The suite starts; <paramref name="pending"/> runs will execute (finished ones are skipped).</summary>
    void SuiteStarted(SuitePlan plan, IReadOnlyList<PlannedRun> pending);

    /// <summary>A run finished a generation.</summary>
    void Generation(PlannedRun run, GenerationRecord record);

    /// <summary>A run ended (finished or failed) and its files are written.</summary>
    void RunEnded(PlannedRun run, RunResult result);
}

/// <summary>Progress that goes nowhere.</summary>
public sealed class SilentProgress : IRunProgress
{
    /// <summary>The shared instance.</summary>
    public static SilentProgress Instance { get; } = new();

    /// <inheritdoc/>
    public void SuiteStarted(SuitePlan plan, IReadOnlyList<PlannedRun> pending)
    {
    }

    /// <inheritdoc/>
    public void Generation(PlannedRun run, GenerationRecord record)
    {
    }

    /// <inheritdoc/>
    public void RunEnded(PlannedRun run, RunResult result)
    {
    }
}
