using System.ComponentModel;
using Evorec.Genomes;

namespace Evorec.Training.Evolution;

/// <summary>
/// Options of the <c>neat</c> trainer. Defaults are the parameters of Stanley &amp; Miikkulainen,
/// "Evolving neural networks through augmenting topologies", Evolutionary Computation 10(2), 2002,
/// §4.1; where the paper is silent, those of Stanley's NEAT 1.2.1 C++ code and its XOR parameter
/// file (named on each option).
/// </summary>
public sealed class NeatOptions
{
    /// <summary>Genomes per generation (paper §4.1: 150; 1,000 for double pole without velocities).</summary>
    [Description("genomes per generation (paper: 150; 1000 for double pole without velocities)")]
    public int Population { get; set; } = 150;

    /// <summary>c₁, the weight of excess genes in δ (paper §4.1: 1.0).</summary>
    [Description("c1, weight of excess genes in the compatibility distance (paper: 1.0)")]
    public double ExcessCoefficient { get; set; } = 1.0;

    /// <summary>c₂, the weight of disjoint genes in δ (paper §4.1: 1.0).</summary>
    [Description("c2, weight of disjoint genes in the compatibility distance (paper: 1.0)")]
    public double DisjointCoefficient { get; set; } = 1.0;

    /// <summary>c₃, the weight of the mean weight difference in δ (paper §4.1: 0.4; 3.0 for double pole without velocities).</summary>
    [Description("c3, weight of the mean weight difference of matching genes (paper: 0.4; 3.0 without velocities)")]
    public double WeightCoefficient { get; set; } = 0.4;

    /// <summary>δt, the compatibility threshold (paper §4.1: 3.0; 4.0 for double pole without velocities).</summary>
    [Description("compatibility threshold delta_t (paper: 3.0; 4.0 without velocities); the start value when targetSpecies is set")]
    public double CompatibilityThreshold { get; set; } = 3.0;

    /// <summary>Genomes with fewer connection genes than this are compared without normalizing by N (paper §3.3: 20).</summary>
    [Description("below this many genes in the larger genome, N = 1 in the compatibility distance (paper: 20)")]
    public int SmallGenomeSize { get; set; } = 20;

    /// <summary>When positive, δt moves by <see cref="ThresholdStep"/> each generation toward this many species.</summary>
    [Description("target species count for a dynamic threshold (0: fixed threshold, as in the paper)")]
    public int TargetSpecies { get; set; }

    /// <summary>The change of δt per generation under a target species count (NEAT 1.2.1 <c>compat_mod</c>: 0.3).</summary>
    [Description("change of the threshold per generation toward the target species count (NEAT 1.2.1: 0.3)")]
    public double ThresholdStep { get; set; } = 0.3;

    /// <summary>The lowest δt under a target species count (NEAT 1.2.1: 0.3).</summary>
    [Description("lowest threshold under a target species count (NEAT 1.2.1: 0.3)")]
    public double MinimumThreshold { get; set; } = 0.3;

    /// <summary>Probability that an offspring's weights are mutated (paper §4.1: 0.8).</summary>
    [Description("probability that an offspring's connection weights are mutated (paper: 0.8)")]
    public double WeightMutationProbability { get; set; } = 0.8;

    /// <summary>
    /// The weight mutation: <c>paper</c> (§4.1: each weight perturbed, or replaced with
    /// <see cref="WeightReplaceProbability"/>) or <c>neat121</c>, NEAT 1.2.1's
    /// <c>Genome::mutate_link_weights(weight_mut_power, 1.0, GAUSSIAN)</c> (genome.cpp: a severe mode
    /// in half the calls, more replacements among the newest 20% of genes;
    /// <see cref="Genomes.Neat121WeightMutation"/>). Both use <see cref="WeightPower"/> and <see cref="WeightCap"/>.
    /// </summary>
    [Description("weight mutation: paper (each weight perturbed, or replaced with weightReplaceProbability) or neat121 (NEAT 1.2.1's Genome::mutate_link_weights: severe mode in half the calls, more replacements in the newest genes; weightReplaceProbability unused)")]
    public NeatWeightScheme WeightMutation { get; set; } = NeatWeightScheme.Paper;

    /// <summary>Probability that a mutated weight is replaced by a random value rather than perturbed (paper §4.1: 0.1; <c>paper</c> weight mutation only).</summary>
    [Description("probability that a mutated weight gets a new random value instead of a perturbation (paper: 0.1; weightMutation paper only)")]
    public double WeightReplaceProbability { get; set; } = 0.1;

    /// <summary>Range of weight perturbations and replacements (NEAT 1.2.1 <c>weight_mut_power</c>: 2.5).</summary>
    [Description("uniform range +/- of weight perturbations and new random values (NEAT 1.2.1: 2.5)")]
    public double WeightPower { get; set; } = 2.5;

    /// <summary>Weight mutations clamp weights to ± this (NEAT 1.2.1 <c>mutate_link_weights</c>: 8.0; the paper gives no cap).</summary>
    [Description("weight mutations clamp weights to +/- this (NEAT 1.2.1: 8.0)")]
    public double WeightCap { get; set; } = 8.0;

    /// <summary>Range of the initial population's weights (NEAT 1.2.1 <c>Population::spawn</c>: 1.0).</summary>
    [Description("uniform range +/- of the initial weights (NEAT 1.2.1: 1.0)")]
    public double InitialWeightRange { get; set; } = 1.0;

    /// <summary>Range of a new connection's weight (NEAT 1.2.1 <c>mutate_add_link</c>: 1.0).</summary>
    [Description("uniform range +/- of a new connection's weight (NEAT 1.2.1: 1.0)")]
    public double NewConnectionWeightRange { get; set; } = 1.0;

    /// <summary>Probability that a gene disabled in either parent is disabled in the offspring (paper §4.1: 0.75).</summary>
    [Description("probability that a gene disabled in either parent is disabled in the offspring (paper: 0.75)")]
    public double DisabledGeneProbability { get; set; } = 0.75;

    /// <summary>Fraction of offspring made by mutation without crossover (paper §4.1: 0.25).</summary>
    [Description("probability that an offspring is made by mutation without crossover (paper: 0.25)")]
    public double MutationOnlyProbability { get; set; } = 0.25;

    /// <summary>Probability that a crossover offspring is not mutated (NEAT 1.2.1 <c>mate_only_prob</c>: 0.2).</summary>
    [Description("probability that a crossover offspring is not mutated (NEAT 1.2.1: 0.2)")]
    public double MateOnlyProbability { get; set; } = 0.2;

    /// <summary>Probability that a crossover averages matching weights (NEAT 1.2.1 <c>mate_multipoint_avg_prob</c>: 0.4).</summary>
    [Description("probability that a crossover gives matching genes the parents' mean weight (NEAT 1.2.1: 0.4)")]
    public double AverageCrossoverProbability { get; set; } = 0.4;

    /// <summary>Probability that the second parent is the champion of another species (paper §4.1: 0.001).</summary>
    [Description("interspecies mating rate (paper: 0.001)")]
    public double InterspeciesMatingProbability { get; set; } = 0.001;

    /// <summary>
    /// Probability that an offspring without a structural mutation has one connection gene's enable
    /// bit toggled (<see cref="Genomes.NeatEnableMutation.Toggle(Genomes.NeatGenome, Numerics.RandomStream)"/>; NEAT 1.2.1
    /// <c>mutate_toggle_enable_prob</c>: 0 in its XOR and Markov pole-balancing files, 0.1 in <c>p2nv.ne</c>;
    /// the paper has no such mutation, so 0).
    /// </summary>
    [Description("probability of toggling a random gene's enable bit (disabling it only if its source has another enabled gene) in an offspring without structural mutation (NEAT 1.2.1 p2nv.ne: 0.1; paper: none, 0)")]
    public double ToggleEnableProbability { get; set; }

    /// <summary>
    /// Probability that an offspring without a structural mutation has its first disabled gene
    /// enabled (<see cref="Genomes.NeatEnableMutation.Reenable"/>; NEAT 1.2.1 <c>mutate_gene_reenable_prob</c>:
    /// 0 in its XOR and Markov pole-balancing files, 0.05 in <c>p2nv.ne</c>; the paper has no such mutation, so 0).
    /// </summary>
    [Description("probability of enabling the first disabled gene in an offspring without structural mutation (NEAT 1.2.1 p2nv.ne: 0.05; paper: none, 0)")]
    public double ReenableProbability { get; set; }

    /// <summary>Probability of the add-node mutation (paper §4.1: 0.03).</summary>
    [Description("probability of the add-node mutation (paper: 0.03)")]
    public double AddNodeProbability { get; set; } = 0.03;

    /// <summary>Probability of the add-connection mutation (paper §4.1: 0.05; 0.3 in the population of 1,000).</summary>
    [Description("probability of the add-connection mutation (paper: 0.05; 0.3 for the population of 1000)")]
    public double AddConnectionProbability { get; set; } = 0.05;

    /// <summary>Probability that add-connection looks for a recurrent connection (NEAT 1.2.1 <c>recur_only_prob</c>: 0.2 in its pole-balancing file, 0 in its XOR file).</summary>
    [Description("probability that add-connection adds a recurrent connection (NEAT 1.2.1: 0.2 for pole balancing, 0 for XOR)")]
    public double RecurrentConnectionProbability { get; set; } = 0.2;

    /// <summary>Random picks add-connection makes before giving up (NEAT 1.2.1 <c>newlink_tries</c>: 20).</summary>
    [Description("random node pairs add-connection tries (NEAT 1.2.1: 20)")]
    public int ConnectionTries { get; set; } = 20;

    /// <summary>Fraction of each species, by fitness, allowed to reproduce (NEAT 1.2.1 <c>survival_thresh</c>: 0.2).</summary>
    [Description("fraction of each species (the fittest) that may be parents (NEAT 1.2.1: 0.2)")]
    public double SurvivalThreshold { get; set; } = 0.2;

    /// <summary>The champion of each species with more than this many genomes is copied unchanged (paper §4.1: 5).</summary>
    [Description("species with more genomes than this keep their champion unchanged (paper: 5)")]
    public int ChampionSpeciesSize { get; set; } = 5;

    /// <summary>A species whose best fitness has not improved for this many generations does not reproduce (paper §4.1: 15).</summary>
    [Description("generations without improvement after which a species may not reproduce (paper: 15)")]
    public int StagnationGenerations { get; set; } = 15;

    /// <summary>
    /// When the population's best fitness has not improved for this many generations, only the two
    /// best species reproduce (NEAT 1.2.1's delta coding at <c>dropoff_age</c> + 5 = 20); 0 turns it off.
    /// </summary>
    [Description("generations without a population record after which only the 2 best species reproduce (NEAT 1.2.1: 20; 0: off)")]
    public int PopulationStagnationGenerations { get; set; } = 20;

    /// <summary>
    /// On tasks with solution tests, which genome of each generation is tested: <c>population</c>, the
    /// fittest (as every Evorec trainer), or <c>improved-species</c>, the champion of the best species
    /// not tested since its record last rose (NEAT 1.2.1 <c>pole2_epoch</c>; see <see cref="NeatChampionChoice"/>).
    /// </summary>
    [Description("on tasks with solution tests, the genome tested each generation: population (the fittest, as every trainer) or improved-species (the champion of the best species not tested since its record rose, NEAT 1.2.1's pole2_epoch)")]
    public NeatChampionTest ChampionTest { get; set; } = NeatChampionTest.Population;
}
