namespace Evorec.Training;

/// <summary>
/// When a run stops. Limits are checked between generations, so a run may overshoot the
/// evaluation limit by less than one generation. A wall-clock limit makes results depend on the
/// machine's speed; the other limits keep them reproducible.
/// </summary>
public sealed record Budget
{
    /// <summary>Stop after this many evaluations.</summary>
    public long? Evaluations { get; init; }

    /// <summary>Stop after this many generations.</summary>
    public int? Generations { get; init; }

    /// <summary>Stop once the best error so far is at most this.</summary>
    public double? TargetError { get; init; }

    /// <summary>Stop once the best fitness so far is at least this.</summary>
    public double? TargetFitness { get; init; }

    /// <summary>Stop after this many wall-clock seconds.</summary>
    public double? WallSeconds { get; init; }

    /// <summary>Stop as soon as the task is solved.</summary>
    public bool StopWhenSolved { get; init; } = true;

    /// <summary>Whether at least one limit bounds the run's length.</summary>
    public bool IsBounded => Evaluations.HasValue || Generations.HasValue || WallSeconds.HasValue;

    /// <summary>Why the run should stop after <paramref name="record"/>, or null to go on.</summary>
    public string? StopReason(GenerationRecord record, BestCandidate? best, bool solved)
    {
        if (solved && StopWhenSolved)
        {
            return "solved";
        }

        if (TargetError is { } targetError && record.BestSoFarError <= targetError)
        {
            return "target error reached";
        }

        if (TargetFitness is { } targetFitness && best is not null && best.Fitness >= targetFitness)
        {
            return "target fitness reached";
        }

        if (Evaluations is { } evaluations && record.Evaluations >= evaluations)
        {
            return "evaluation budget spent";
        }

        if (Generations is { } generations && record.Generation + 1 >= generations)
        {
            return "generation budget spent";
        }

        if (WallSeconds is { } seconds && record.WallSeconds >= seconds)
        {
            return "wall-clock budget spent";
        }

        return null;
    }
}
