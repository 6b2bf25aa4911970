namespace Evorec.Training.Evolution;

/// <summary>
/// Explicit fitness sharing (Stanley &amp; Miikkulainen 2002, §3.3, Equation 2): the adjusted
/// fitness of genome i in species S is f′ᵢ = fᵢ / |S| (the sharing function is 1 within the
/// threshold and 0 outside, so the sum over the population is the species' size), and each species
/// gets offspring in proportion to the sum of its members' adjusted fitnesses. The rounding is NEAT
/// 1.2.1's (<c>Population::epoch</c>, <c>Species::count_offspring</c>): each genome expects
/// P·f′ᵢ / Σf′ offspring (P the population size; NEAT 1.2.1 writes it f′ᵢ / mean f′); a species gets the integer parts of its members' expectations plus
/// each whole unit accumulated by the running sum of their fractional parts (carried across
/// species in order); offspring lost to rounding go to the species that expects the most (a surplus from
/// floating-point rounding is taken from it).
/// Negative fitnesses count as 0.0001, as in NEAT 1.2.1. If every fitness is 0, offspring are
/// shared in proportion to species size (NEAT 1.2.1 would divide by zero; the paper is silent).
/// </summary>
public static class NeatFitnessSharing
{
    /// <summary>Offspring per species for <paramref name="populationSize"/> new genomes.</summary>
    /// <param name="fitness">Each species' members' fitnesses (after any stagnation penalty), species in order.</param>
    /// <param name="populationSize">Offspring to hand out.</param>
    public static int[] Allocate(IReadOnlyList<IReadOnlyList<double>> fitness, int populationSize)
    {
        int speciesCount = fitness.Count;

        double total = 0;
        int organisms = 0;
        for (int s = 0; s < speciesCount; s++)
        {
            organisms += fitness[s].Count;
            foreach (double f in fitness[s])
            {
                total += Adjusted(f, fitness[s].Count);
            }
        }

        var offspring = new int[speciesCount];
        double skim = 0;
        int given = 0;
        for (int s = 0; s < speciesCount; s++)
        {
            foreach (double f in fitness[s])
            {
                double expected = total > 0
                    ? Adjusted(f, fitness[s].Count) * populationSize / total
                    : (double)populationSize / organisms;
                double whole = Math.Floor(expected);
                offspring[s] += (int)whole;
                skim += expected - whole;
                if (skim > 1.0)
                {
                    double extra = Math.Floor(skim);
                    offspring[s] += (int)extra;
                    skim -= extra;
                }
            }

            given += offspring[s];
        }

        int most = -1;
        for (int s = 0; s < speciesCount; s++)
        {
            if (most < 0 || offspring[s] > offspring[most])
            {
                most = s;
            }
        }

        offspring[most] += populationSize - given;
        return offspring;
    }

    private static double Adjusted(double fitness, int speciesSize) => (fitness < 0 ? 0.0001 : fitness) / speciesSize;
}
