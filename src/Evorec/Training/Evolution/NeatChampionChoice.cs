namespace Evorec.Training.Evolution;

/// <summary>
/// The choice of the genome that gets the solution tests under <see cref="NeatChampionTest.ImprovedSpecies"/>:
/// NEAT 1.2.1's <c>pole2_epoch</c> (Stanley's NEAT C++ code, <c>experiments.cpp</c>, the code behind the
/// non-Markov double-pole figures of Stanley &amp; Miikkulainen 2002, §5.2).
/// </summary>
public static class NeatChampionChoice
{
    /// <summary>
    /// Ranks the species by the best current fitness of their members (NEAT's <c>order_new_species</c>;
    /// ties in species order); marks untested every species whose best current fitness exceeds its
    /// record (<see cref="NeatSpecies.BestFitness"/>, which <see cref="NeatPopulation.Advance"/> updates
    /// after this); takes the first species in rank order that is not marked tested, or the first species
    /// when all are; marks it tested and returns the population index of its champion (its first member
    /// of the highest fitness, NEAT's <c>Species::get_champ</c>). Species start untested.
    /// </summary>
    /// <param name="species">The current species, whose members index <paramref name="fitness"/>.</param>
    /// <param name="fitness">The generation's fitness per genome (NaN as −∞).</param>
    public static int ImprovedSpecies(IReadOnlyList<NeatSpecies> species, ReadOnlySpan<double> fitness)
    {
        if (species.Count == 0)
        {
            throw new ArgumentException("The population has no species.", nameof(species));
        }

        var champions = new int[species.Count];
        var best = new double[species.Count];
        var order = new int[species.Count];
        for (int s = 0; s < species.Count; s++)
        {
            List<int> members = species[s].Members;
            int champion = members[0];
            for (int m = 1; m < members.Count; m++)
            {
                if (Score(fitness[members[m]]) > Score(fitness[champion]))
                {
                    champion = members[m];
                }
            }

            champions[s] = champion;
            best[s] = Score(fitness[champion]);
            order[s] = s;
            if (best[s] > species[s].BestFitness)
            {
                species[s].Tested = false;
            }
        }

        Array.Sort(order, (a, b) => best[a] != best[b] ? best[b].CompareTo(best[a]) : a.CompareTo(b));
        int chosen = order[0];
        foreach (int s in order)
        {
            if (!species[s].Tested)
            {
                chosen = s;
                break;
            }
        }

        species[chosen].Tested = true;
        return champions[chosen];
    }

    private static double Score(double fitness) => double.IsNaN(fitness) ? double.NegativeInfinity : fitness;
}
