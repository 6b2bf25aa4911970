using System.ComponentModel;

namespace Evorec.Training.Evolution;

/// <summary>Options of the <c>esp</c> trainer (Gomez &amp; Miikkulainen 1999).</summary>
public sealed class EnforcedSubpopulationsOptions : EvolutionOptions
{
    /// <summary>Neurons per subpopulation (one subpopulation per neuron of the network).</summary>
    [Description("neurons per subpopulation (one subpopulation per neuron of the network)")]
    public int SubpopulationSize { get; set; } = 40;

    /// <summary>Trials each neuron takes part in per generation (the paper: 10); a generation evaluates trials × subpopulationSize networks.</summary>
    [Description("trials per neuron per generation (10 in the paper); networks per generation = trials x subpopulationSize")]
    public int Trials { get; set; } = 10;

    /// <summary>Probability that an offspring neuron gets Cauchy noise on one randomly chosen weight.</summary>
    [Description("probability that an offspring gets Cauchy noise on one random weight")]
    public double MutationRate { get; set; } = 0.4;

    /// <summary>Scale of the Cauchy mutation noise.</summary>
    [Description("scale of the Cauchy mutation noise")]
    public double MutationScale { get; set; } = 0.3;

    /// <summary>Generations without improvement of the best network before a burst mutation.</summary>
    [Description("generations without improvement of the best network before a burst mutation")]
    public int Stagnation { get; set; } = 20;

    /// <summary>Scale of the Cauchy noise a burst mutation adds to the best network's neurons.</summary>
    [Description("scale of the Cauchy noise around the best neurons in a burst mutation")]
    public double BurstScale { get; set; } = 0.3;

    /// <summary>Initial weights are uniform in [−initRange, initRange].</summary>
    [Description("initial weights are uniform in [-initRange, initRange]")]
    public double InitRange { get; set; } = 1.0;
}
