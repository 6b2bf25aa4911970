using System.ComponentModel;

namespace Evorec.Training.Evolution;

/// <summary>Options of the <c>rwg</c> trainer.</summary>
public sealed class RandomWeightGuessingOptions : EvolutionOptions
{
    /// <summary>Guesses evaluated per generation (one row of the run log).</summary>
    [Description("guesses evaluated per generation (one row of the run log)")]
    public int Batch { get; set; } = 50;

    /// <summary>Each weight is uniform in [−range, range].</summary>
    [Description("each weight is uniform in [-range, range]")]
    public double Range { get; set; } = 1.0;
}
