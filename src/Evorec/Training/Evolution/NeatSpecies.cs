using Evorec.Genomes;

namespace Evorec.Training.Evolution;

/// <summary>
/// A NEAT species (Stanley &amp; Miikkulainen 2002, §3.3): the genomes within the compatibility
/// threshold of its representative, and the record that stagnation is judged by. As in NEAT 1.2.1
/// (<c>Species::first</c> after <c>Species::adjust_fitness</c> sorts it), the representative the
/// next generation is compared with is the species' current champion; a species founded by an
/// offspring is represented by that offspring until its first evaluation.
/// </summary>
public sealed class NeatSpecies
{
    /// <summary>Creates a species founded by <paramref name="representative"/> in generation <paramref name="generation"/>.</summary>
    public NeatSpecies(int id, NeatGenome representative, int generation)
    {
        Id = id;
        Representative = representative;
        LastImprovementGeneration = generation;
    }

    /// <summary>The species number, unique within the run, in order of creation.</summary>
    public int Id { get; }

    /// <summary>The genome new genomes are compared with.</summary>
    public NeatGenome Representative { get; internal set; }

    /// <summary>The population indices of the current members, the fittest first once sorted.</summary>
    public List<int> Members { get; } = [];

    /// <summary>The highest fitness any member has had.</summary>
    public double BestFitness { get; internal set; } = double.NegativeInfinity;

    /// <summary>The generation in which <see cref="BestFitness"/> last rose.</summary>
    public int LastImprovementGeneration { get; internal set; }

    /// <summary>
    /// Whether this species' champion has had the solution tests since its best fitness last rose
    /// (NEAT 1.2.1 <c>Species::checked</c>; used by <see cref="NeatChampionTest.ImprovedSpecies"/>).
    /// </summary>
    public bool Tested { get; internal set; }
}
