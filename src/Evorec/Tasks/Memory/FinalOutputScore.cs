namespace Evorec.Tasks.Memory;

/// <summary>The outcome of running a network over sequences whose only target is at their last step.</summary>
/// <param name="Sequences">Sequences scored.</param>
/// <param name="CorrectSequences">Sequences whose final absolute error was below the tolerance.</param>
/// <param name="SquaredError">Sum of the squared final errors.</param>
/// <param name="AbsoluteError">Sum of the absolute final errors.</param>
/// <param name="NetworkSteps">Network steps run.</param>
/// <param name="IsBroken">Whether an output became NaN or infinite (the evaluation stopped there).</param>
public readonly record struct FinalOutputScore(int Sequences, int CorrectSequences, double SquaredError, double AbsoluteError, long NetworkSteps, bool IsBroken)
{
    /// <summary>Mean squared final error; +∞ when broken.</summary>
    public double MeanSquaredError => IsBroken ? double.PositiveInfinity : SquaredError / Math.Max(1, Sequences);

    /// <summary>Mean absolute final error; +∞ when broken.</summary>
    public double MeanAbsoluteError => IsBroken ? double.PositiveInfinity : AbsoluteError / Math.Max(1, Sequences);

    /// <summary>Fraction of sequences processed correctly; 0 when broken.</summary>
    public double CorrectFraction => IsBroken || Sequences == 0 ? 0.0 : (double)CorrectSequences / Sequences;

    /// <summary>Whether every sequence was processed correctly.</summary>
    public bool AllCorrect => !IsBroken && CorrectSequences == Sequences;
}
