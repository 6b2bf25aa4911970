using Evorec.Numerics;
using Evorec.Training;
using Evorec.Training.Evolution;

namespace Evorec.Tests.Training.Evolution;

/// <summary>CoSyNE as Gomez's CoSyNE 1.1 code runs it: generation sizes, breeding, mutation, permutation, burst.</summary>
public sealed class GomezCodeCosyneTests
{
    private static CooperativeSynapseNeuroevolutionOptions Options(double mutationRate = 0.8, int stagnation = 0, double burstScale = 0.05) => new()
    {
        Scheme = CosyneScheme.Code,
        Crossover = CosyneCrossover.None,
        Population = 8,
        MutationRate = mutationRate,
        InitRange = 10,
        Stagnation = stagnation,
        BurstScale = burstScale,
    };

    private static double[] Fitness(int count) => Enumerable.Range(0, count).Select(j => (double)((j * 5) % count)).ToArray();

    [Fact]
    public void EvaluatesMNetworksFirstAndMPlusHalfMAfterAsTheCodeDoes()
    {
        // CoSyNE 1.1 recombine(): l = m/4 pairs append 2l = m/2 children to the m survivors.
        var cosyne = new GomezCodeCosyne(5, Options(), StreamKey.FromSeed(1));
        Assert.Equal(8, cosyne.Ask().Count);
        cosyne.Tell(Fitness(8));
        for (int g = 0; g < 5; g++)
        {
            Assert.Equal(12, cosyne.Ask().Count);
            cosyne.Tell(Fitness(12));
        }
    }

    [Fact]
    public void ChildrenCopyTopQuarterParentsAndEveryEvaluatedWeightIsPermuted()
    {
        // Without mutation: the children (rows m..m+2l) are copies of the top l = 2 rows (row i and a mate
        // ranked above it, or any breeder for i = 0), and each weight column of rows [0, m) is a permutation
        // of the column of the m best rows.
        var cosyne = new GomezCodeCosyne(4, Options(mutationRate: 0), StreamKey.FromSeed(2));
        for (int g = 0; g < 10; g++)
        {
            CandidateBatch batch = cosyne.Ask();
            double[] fitness = Fitness(batch.Count);
            int[] ranked = Enumerable.Range(0, batch.Count).OrderByDescending(j => fitness[j]).ToArray();
            double[][] best = ranked.Take(8).Select(j => batch[j].ToArray()).ToArray();
            cosyne.Tell(fitness);
            CandidateBatch next = cosyne.Ask();
            Assert.Equal(12, next.Count);
            for (int c = 0; c < 4; c++)
            {
                Assert.Equal(best.Select(row => row[c]).Order(), Enumerable.Range(0, 8).Select(j => next[j][c]).Order());
            }

            Assert.Equal(best[0], next[8].ToArray()); // the best's first child is the best itself
            Assert.Contains(best.Take(2), parent => parent.SequenceEqual(next[9].ToArray()));
            Assert.Equal(best[1], next[10].ToArray());
            Assert.Equal(best[0], next[11].ToArray()); // the second breeder's mate ranks above it: the best
        }
    }

    [Fact]
    public void MutationSparesOnlyTheTopQuarter()
    {
        // With mutation probability 1 every weight ranked below the top l = 2 changes; the top rows' weights
        // survive in every column (as a multiset, since the permutation moves them).
        var cosyne = new GomezCodeCosyne(3, Options(mutationRate: 1), StreamKey.FromSeed(3));
        CandidateBatch batch = cosyne.Ask();
        double[] fitness = Fitness(8);
        int[] ranked = Enumerable.Range(0, 8).OrderByDescending(j => fitness[j]).ToArray();
        double[][] rows = ranked.Select(j => batch[j].ToArray()).ToArray();
        cosyne.Tell(fitness);
        CandidateBatch next = cosyne.Ask();
        for (int c = 0; c < 3; c++)
        {
            var column = Enumerable.Range(0, 12).Select(j => next[j][c]).ToHashSet();
            Assert.Contains(rows[0][c], column);
            Assert.Contains(rows[1][c], column);
            for (int r = 2; r < 8; r++)
            {
                Assert.DoesNotContain(rows[r][c], column);
            }
        }
    }

    [Fact]
    public void StagnationBurstsAroundTheBestNetworkAndSkipsRecombination()
    {
        var cosyne = new GomezCodeCosyne(3, Options(stagnation: 2, burstScale: 0), StreamKey.FromSeed(4));
        CandidateBatch first = cosyne.Ask();
        double[] fitness = Fitness(8);
        double[] champion = first[Array.IndexOf(fitness, fitness.Max())].ToArray();
        cosyne.Tell(fitness);
        cosyne.Ask();
        cosyne.Tell(new double[12]); // no better than the generation before: the phase stagnated
        Assert.Equal(1, cosyne.Bursts);
        CandidateBatch burst = cosyne.Ask();
        Assert.Equal(12, burst.Count);
        for (int j = 0; j < burst.Count; j++)
        {
            Assert.Equal(champion, burst[j].ToArray());
        }
    }

    [Fact]
    public void IsReproducibleImprovesOnTheSphereAndAllocatesNothing()
    {
        static double[] Final(long seed)
        {
            var cosyne = new GomezCodeCosyne(5, Options(), StreamKey.FromSeed(seed));
            FunctionDriver.Run(cosyne, FunctionDriver.Sphere, 20);
            return cosyne.Ask()[0].ToArray();
        }

        Assert.Equal(Final(4), Final(4));
        Assert.NotEqual(Final(4), Final(5));
        var options = Options(stagnation: 20);
        options.Population = 40;
        options.InitRange = 1;
        var (_, best) = FunctionDriver.Minimize(new GomezCodeCosyne(5, options, StreamKey.FromSeed(6)), FunctionDriver.Sphere, 30_000, 1e-2);
        Assert.True(best <= 1e-2, $"best {best} (from about 1.7 at the start)");
        Assert.Equal(0, FunctionDriver.AllocatedBytes(new GomezCodeCosyne(30, Options(stagnation: 3), StreamKey.FromSeed(2)), FunctionDriver.Sphere, 50));
    }
}
