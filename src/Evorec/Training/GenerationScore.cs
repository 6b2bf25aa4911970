using Evorec.Networks;
using Evorec.Tasks;

namespace Evorec.Training;

/// <summary>
/// The figures of one evaluated generation, shared by every generational trainer: NaN fitness
/// counts as −∞, the champion is the first of the fittest, the mean is over finite fitnesses
/// (−∞ when there are none).
/// </summary>
/// <param name="Champion">Index of the generation's fittest candidate.</param>
/// <param name="MeanFitness">Mean of the finite fitnesses.</param>
/// <param name="NetworkSteps">Network steps the evaluations took.</param>
public readonly record struct GenerationScore(int Champion, double MeanFitness, long NetworkSteps)
{
    /// <summary>Scores <paramref name="evaluations"/>, writing each candidate's fitness (NaN as −∞) into <paramref name="fitness"/>.</summary>
    public static GenerationScore Of(ReadOnlySpan<Evaluation> evaluations, Span<double> fitness)
    {
        int champion = 0;
        double fitnessSum = 0;
        int finiteCount = 0;
        long networkSteps = 0;
        for (int i = 0; i < evaluations.Length; i++)
        {
            double value = double.IsNaN(evaluations[i].Fitness) ? double.NegativeInfinity : evaluations[i].Fitness;
            fitness[i] = value;
            networkSteps += evaluations[i].NetworkSteps;
            if (double.IsFinite(value))
            {
                fitnessSum += value;
                finiteCount++;
            }

            if (value > fitness[champion])
            {
                champion = i;
            }
        }

        return new GenerationScore(champion, finiteCount > 0 ? fitnessSum / finiteCount : double.NegativeInfinity, networkSteps);
    }

    /// <summary>
    /// The candidate that solves the task this generation, or null: without solution tests the
    /// first evaluation marked solved; with them the champion, when marked solved (or, with
    /// <paramref name="requireSolved"/> false, in any case) and its network (from
    /// <paramref name="championNetwork"/>) passes <see cref="ITaskEvaluator.Verify"/>.
    /// </summary>
    public static (int Index, IReadOnlyDictionary<string, double> Metrics)? FindSolution(
        ReadOnlySpan<Evaluation> evaluations, int champion, ITaskEvaluator evaluator, Func<IRecurrentNetwork> championNetwork, bool requireSolved = true)
    {
        if (!evaluator.HasVerification)
        {
            for (int i = 0; i < evaluations.Length; i++)
            {
                if (evaluations[i].Solved)
                {
                    return (i, new Dictionary<string, double>());
                }
            }

            return null;
        }

        if (requireSolved && !evaluations[champion].Solved)
        {
            return null;
        }

        Verification verification = evaluator.Verify(championNetwork());
        return verification.Passed ? (champion, verification.Metrics) : null;
    }

    /// <summary>
    /// Whether the candidate at <paramref name="index"/> that solved generation <paramref name="generation"/>
    /// replaces <paramref name="best"/>: a verified candidate always becomes the best (the solution is the
    /// verified network) — the champion unless it already is the best, another candidate (NEAT's
    /// <c>improved-species</c> test) even when the best is the champion at the same fitness; without
    /// solution tests, a solver other than the champion does when it is at least as fit.
    /// </summary>
    public static bool SolutionBecomesBest(BestCandidate best, int index, int champion, double fitness, int generation, bool verified) =>
        verified
            ? index != champion || best.Generation != generation || best.Fitness != fitness
            : index != champion && fitness >= best.Fitness;
}
