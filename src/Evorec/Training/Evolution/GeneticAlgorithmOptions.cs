using System.ComponentModel;

namespace Evorec.Training.Evolution;

/// <summary>Options of the <c>ga</c> trainer.</summary>
public sealed class GeneticAlgorithmOptions : EvolutionOptions
{
    /// <summary>Candidates per generation.</summary>
    [Description("candidates per generation")]
    public int Population { get; set; } = 50;

    /// <summary>Contestants per tournament.</summary>
    [Description("contestants per tournament selection")]
    public int TournamentSize { get; set; } = 3;

    /// <summary>The fittest candidates copied unchanged into the next generation.</summary>
    [Description("fittest candidates copied unchanged into the next generation")]
    public int Elites { get; set; } = 1;

    /// <summary>Probability that a child is recombined from two parents rather than copied from one.</summary>
    [Description("probability that a child is recombined from two parents")]
    public double CrossoverRate { get; set; } = 0.5;

    /// <summary>The recombination operator.</summary>
    [Description("recombination operator: uniform or arithmetic")]
    public CrossoverKind Crossover { get; set; } = CrossoverKind.Uniform;

    /// <summary>Probability that each gene of a child is mutated.</summary>
    [Description("per-gene mutation probability")]
    public double MutationRate { get; set; } = 0.1;

    /// <summary>Standard deviation of the Gaussian mutation.</summary>
    [Description("standard deviation of the Gaussian mutation")]
    public double MutationSigma { get; set; } = 0.3;

    /// <summary>Initial genes are uniform in [−initRange, initRange].</summary>
    [Description("initial genes are uniform in [-initRange, initRange]")]
    public double InitRange { get; set; } = 1.0;
}
