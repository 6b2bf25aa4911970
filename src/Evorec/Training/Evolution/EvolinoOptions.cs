using System.ComponentModel;
using Evorec.Genomes;

namespace Evorec.Training.Evolution;

/// <summary>
/// Options of the <c>evolino</c> trainer (Schmidhuber, Wierstra, Gagliolo &amp; Gomez, "Training
/// recurrent networks by Evolino", Neural Computation 19(3), 2007; Wierstra, Gomez &amp;
/// Schmidhuber, IJCAI 2005). The readout defaults to the pseudo-inverse, as in the paper.
/// </summary>
public sealed class EvolinoOptions : EvolutionOptions
{
    /// <summary>Creates the defaults (readout: pseudo-inverse).</summary>
    public EvolinoOptions() => Readout = ReadoutMethod.PseudoInverse;

    /// <summary>The search over the hidden weights: ESP (the paper) or CoSyNE.</summary>
    [Description("search over the hidden weights: esp (the paper's choice) or cosyne")]
    public EvolinoSearch Search { get; set; } = EvolinoSearch.Esp;

    /// <summary>Individuals per subpopulation (ESP: per memory cell; CoSyNE: the population size).</summary>
    [Description("individuals per subpopulation (ESP: per memory cell; CoSyNE: population size)")]
    public int SubpopulationSize { get; set; } = 40;

    /// <summary>ESP trials per individual per generation.</summary>
    [Description("ESP trials per individual per generation")]
    public int Trials { get; set; } = 10;

    /// <summary>Probability that an offspring gets Cauchy noise.</summary>
    [Description("probability that an offspring gets Cauchy noise")]
    public double MutationRate { get; set; } = 0.4;

    /// <summary>Scale of the Cauchy mutation noise.</summary>
    [Description("scale of the Cauchy mutation noise")]
    public double MutationScale { get; set; } = 0.3;

    /// <summary>ESP: generations without improvement before a burst mutation.</summary>
    [Description("ESP: generations without improvement before a burst mutation")]
    public int Stagnation { get; set; } = 20;

    /// <summary>ESP: scale of the Cauchy noise of a burst mutation.</summary>
    [Description("ESP: scale of the Cauchy noise of a burst mutation")]
    public double BurstScale { get; set; } = 0.3;

    /// <summary>Initial weights are uniform in [−initRange, initRange].</summary>
    [Description("initial weights are uniform in [-initRange, initRange]")]
    public double InitRange { get; set; } = 1.0;
}
