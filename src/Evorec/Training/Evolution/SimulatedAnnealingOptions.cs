using System.ComponentModel;

namespace Evorec.Training.Evolution;

/// <summary>Options of the <c>simulated-annealing</c> trainer.</summary>
public sealed class SimulatedAnnealingOptions : EvolutionOptions
{
    /// <summary>Independent annealing chains; each proposes one neighbour per generation (1 = the classical sequential algorithm).</summary>
    [Description("independent chains, one neighbour each per generation (1 = classical sequential SA)")]
    public int Chains { get; set; } = 1;

    /// <summary>Each chain starts at weights uniform in [−initRange, initRange].</summary>
    [Description("each chain starts at weights uniform in [-initRange, initRange]")]
    public double InitRange { get; set; } = 1.0;

    /// <summary>The initial standard deviation of a neighbour's Gaussian displacement of every weight.</summary>
    [Description("initial standard deviation of the Gaussian neighbour step")]
    public double StepSize { get; set; } = 0.1;

    /// <summary>The largest step size the adaptation may reach; by default the initial step size, so steps only shrink and recover (see the class remarks).</summary>
    [Description("largest step size the adaptation may reach; default: the initial stepSize")]
    public double? MaxStepSize { get; set; }

    /// <summary>The initial temperature in fitness units; when absent it is set from a melting phase so that an average worsening move is accepted with probability initialAcceptance.</summary>
    [Description("initial temperature (fitness units); default: set by a melting phase")]
    public double? InitialTemperature { get; set; }

    /// <summary>
    /// The acceptance probability of an average worsening move at the initial temperature, when that
    /// temperature is set automatically (0.4, after the initial acceptance rate of Johnson, Aragon,
    /// McGeoch &amp; Schevon, Operations Research 37(6), 1989; hotter starts wander on the flat,
    /// bounded fitness of error-based tasks).
    /// </summary>
    [Description("acceptance probability of an average worsening move at the automatic initial temperature")]
    public double InitialAcceptance { get; set; } = 0.4;

    /// <summary>The factor α of the geometric cooling T ← α T.</summary>
    [Description("geometric cooling factor alpha (T <- alpha T)")]
    public double CoolingFactor { get; set; } = 0.9;

    /// <summary>Steps of each chain at one temperature.</summary>
    [Description("steps per chain at each temperature")]
    public int StepsPerTemperature { get; set; } = 100;

    /// <summary>Steps between adjustments of the step size to the acceptance ratio (Corana et al. 1987's N_S).</summary>
    [Description("steps between step-size adjustments to the acceptance ratio")]
    public int AdjustInterval { get; set; } = 20;
}
