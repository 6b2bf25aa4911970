using System.ComponentModel;

namespace Evorec.Training.Evolution;

/// <summary>Options shared by the <c>cma-es</c> and <c>sep-cma-es</c> trainers.</summary>
public abstract class EvolutionStrategyOptions : EvolutionOptions
{
    /// <summary>The initial step size σ₀ (Hansen's tutorial suggests about a quarter to a half of the range where the optimum is expected).</summary>
    [Description("initial step size sigma0")]
    public double Sigma { get; set; } = 0.5;

    /// <summary>Where the first search distribution is centred.</summary>
    [Description("initial mean: zero or uniform (each weight uniform in [-initRange, initRange])")]
    public InitialMean InitialMean { get; set; } = InitialMean.Zero;

    /// <summary>The half-width of the uniform initial mean.</summary>
    [Description("half-width of the uniform initial mean")]
    public double InitRange { get; set; } = 1.0;

    /// <summary>The population size λ; by default 4 + ⌊3 ln n⌋ (tutorial, Table 1).</summary>
    [Description("population size lambda; default 4 + floor(3 ln n)")]
    public int? Population { get; set; }

    /// <summary>IPOP restarts (Auger &amp; Hansen 2005): how many times the strategy may restart, doubling λ each time; 0 disables.</summary>
    [Description("IPOP restarts allowed (each doubles lambda); 0 = none")]
    public int Restarts { get; set; }
}
