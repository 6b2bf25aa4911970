namespace Evorec.Training.Evolution;

/// <summary>
/// Which genome of a generation NEAT gives the task's solution tests (tasks with solution tests only,
/// such as pole balancing without velocities; one genome per generation either way, and the tests are
/// not evaluations).
/// </summary>
public enum NeatChampionTest
{
    /// <summary>
    /// The generation's fittest genome (the first of the fittest), as every Evorec trainer does
    /// (<see cref="GenerationScore.FindSolution"/>).
    /// </summary>
    Population,

    /// <summary>
    /// NEAT 1.2.1's <c>pole2_epoch</c> (non-Markov case): the species are ranked by their best
    /// current fitness; the champion of the first species not yet tested since its best fitness last
    /// rose is tested, or, when every species has been, the champion of the first species
    /// (<see cref="NeatChampionChoice.ImprovedSpecies"/>).
    /// </summary>
    ImprovedSpecies,
}
