using System.ComponentModel;

namespace Evorec.Training.Evolution;

/// <summary>Options of the <c>esp</c> trainer (Gomez &amp; Miikkulainen 1999).</summary>
public sealed class EnforcedSubpopulationsOptions : EvolutionOptions
{
    /// <summary>Neurons per subpopulation (one subpopulation per neuron of the network).</summary>
    [Description("neurons per subpopulation (one subpopulation per neuron of the network)")]
    public int SubpopulationSize { get; set; } = 40;

    /// <summary>Whose description of the generation to follow: the paper's (offspring replace the bottom half) or ESP 3.0's code (offspring added, the best n kept after they are evaluated).</summary>
    [Description("generation scheme: paper (offspring replace the bottom half) or code (ESP 3.0: offspring added to the subpopulation, the best n kept after evaluation)")]
    public EspScheme Scheme { get; set; } = EspScheme.Paper;

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

    /// <summary>
    /// Whether to change the network's size when two bursts in a row bring no improvement: the best
    /// network is lesioned one neuron at a time and a neuron whose loss keeps at least
    /// <see cref="LesionThreshold"/> of its fitness is removed, otherwise a neuron is added (ESP 3.0's
    /// <c>grownets</c>).
    /// </summary>
    [Description("add or remove a neuron when two bursts in a row bring no improvement (ESP 3.0's grownets); the network's neurons are the ceiling")]
    public bool AdaptSize { get; set; }

    /// <summary>Neurons (subpopulations) in use at the start; 0 = every neuron of the network. Below that, the network's other neurons are silent until size adaptation adds them.</summary>
    [Description("neurons in use at the start (0 = all of the network's); the rest stay silent until adaptSize adds them")]
    public int Neurons { get; set; }

    /// <summary>A lesioned best network that keeps at least this fraction of the unlesioned fitness lets size adaptation remove the lesioned neuron (ESP 3.0: 0.8).</summary>
    [Description("fraction of the best network's fitness a lesioned network must keep for its neuron to be removed")]
    public double LesionThreshold { get; set; } = 0.8;
}
