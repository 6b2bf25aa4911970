using System.ComponentModel;

namespace Evorec.Training.Evolution;

/// <summary>Options of the <c>cosyne</c> trainer (Gomez, Schmidhuber &amp; Miikkulainen 2008).</summary>
public sealed class CooperativeSynapseNeuroevolutionOptions : EvolutionOptions
{
    /// <summary>Entries per weight subpopulation (the paper's m), which is also the number of networks evaluated per generation.</summary>
    [Description("entries per weight subpopulation (m) = networks evaluated per generation")]
    public int Population { get; set; } = 40;

    /// <summary>Fraction of the networks, fittest first, that breed (the paper: the top quarter); their 2l offspring replace the 2l worst.</summary>
    [Description("fraction of networks that breed (top quarter in the paper); 2x as many offspring replace the worst")]
    public double EliteFraction { get; set; } = 0.25;

    /// <summary>Probability that each weight of an offspring is mutated.</summary>
    [Description("per-weight mutation probability of an offspring")]
    public double MutationRate { get; set; } = 0.3;

    /// <summary>Scale of the mutation noise (standard deviation, or the Cauchy scale).</summary>
    [Description("scale of the mutation noise (Gaussian sd or Cauchy scale)")]
    public double MutationScale { get; set; } = 0.3;

    /// <summary>Distribution of the mutation noise.</summary>
    [Description("mutation noise distribution: cauchy or gaussian")]
    public MutationDistribution Distribution { get; set; } = MutationDistribution.Cauchy;

    /// <summary>Initial weights are uniform in [−initRange, initRange].</summary>
    [Description("initial weights are uniform in [-initRange, initRange]")]
    public double InitRange { get; set; } = 1.0;

    /// <summary>
    /// Generations after which a stagnating search is burst-mutated (Gomez's CoSyNE 1.1 code, 2007: 20);
    /// 0, the default, never bursts, as the paper's Algorithm 1 describes.
    /// </summary>
    [Description("burst-mutate around the best network when the best of the phase has not improved for this many generations (Gomez's code: 20); 0 = never (the paper's Algorithm 1)")]
    public int Stagnation { get; set; }

    /// <summary>Which description of the generation to follow: the paper's Algorithm 1 or Gomez's CoSyNE 1.1 code.</summary>
    [Description("paper (Algorithm 1: offspring replace the worst, fitness-dependent permutation) or code (Gomez's CoSyNE 1.1: offspring added to the survivors, m + 2l networks per generation, all evaluated weights permuted)")]
    public CosyneScheme Scheme { get; set; } = CosyneScheme.Paper;

    /// <summary>How the breeding pairs make their children.</summary>
    [Description("crossover of each breeding pair: one-point or none (children copy their parents, the CoSyNE 1.1 code's default)")]
    public CosyneCrossover Crossover { get; set; } = CosyneCrossover.OnePoint;

    /// <summary>Scale of the Cauchy noise a burst mutation adds to the best network's weights (Gomez's code: 0.05).</summary>
    [Description("scale of the Cauchy noise around the best network's weights in a burst mutation")]
    public double BurstScale { get; set; } = 0.05;
}
