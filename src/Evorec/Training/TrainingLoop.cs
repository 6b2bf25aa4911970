using System.Diagnostics;

namespace Evorec.Training;

/// <summary>Drives a trainer generation by generation until its budget says stop.</summary>
public static class TrainingLoop
{
    /// <summary>
    /// Runs <paramref name="trainer"/> under <paramref name="budget"/>. <paramref name="onGeneration"/>
    /// sees every record (with its wall seconds). Cancellation is checked between generations.
    /// </summary>
    public static TrainingOutcome Run(ITrainer trainer, Budget budget, Action<GenerationRecord>? onGeneration, CancellationToken cancellation)
    {
        if (!budget.IsBounded)
        {
            throw new ArgumentException("The budget sets no evaluation, generation or wall-clock limit.", nameof(budget));
        }

        var clock = Stopwatch.StartNew();
        var records = new List<GenerationRecord>();
        while (true)
        {
            cancellation.ThrowIfCancellationRequested();
            GenerationRecord record = trainer.Step() with { WallSeconds = clock.Elapsed.TotalSeconds };
            records.Add(record);
            onGeneration?.Invoke(record);
            string? reason = budget.StopReason(record, trainer.Best, trainer.Solved is not null) ?? trainer.FinishedReason;
            if (reason is not null)
            {
                return new TrainingOutcome(records, reason, clock.Elapsed.TotalSeconds);
            }
        }
    }
}

/// <summary>What a finished training run produced.</summary>
/// <param name="Records">One record per generation.</param>
/// <param name="StopReason">Why it stopped.</param>
/// <param name="WallSeconds">Total wall-clock seconds.</param>
public sealed record TrainingOutcome(IReadOnlyList<GenerationRecord> Records, string StopReason, double WallSeconds);
