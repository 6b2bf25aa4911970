using Evorec.Numerics;
using Evorec.Training;
using Evorec.Training.Evolution;

namespace Evorec.Tests.Training.Evolution;

public sealed class CooperativeSynapseNeuroevolutionTests
{
    [Fact]
    public void MarkingProbabilityIsOneMinusTheNthRootOfTheNormalizedFitness()
    {
        // p = 1 − ((f − f_min)/(f_max − f_min))^(1/n), here with f_min = 2, f_max = 10, n = 8.
        Assert.Equal(0.0, SynapsePermutation.Probability(10, 2, 10, 8), 15);
        Assert.Equal(1.0, SynapsePermutation.Probability(2, 2, 10, 8), 15);
        Assert.Equal(1 - Math.Pow(0.5, 1.0 / 8), SynapsePermutation.Probability(6, 2, 10, 8), 15);
        Assert.Equal(1 - Math.Pow(0.25, 1.0 / 3), SynapsePermutation.Probability(4, 2, 10, 3), 15);
        Assert.Equal(1.0, SynapsePermutation.Probability(double.NegativeInfinity, 2, 10, 8), 15);
        Assert.Equal(1.0, SynapsePermutation.Probability(5, 5, 5, 8), 15);
    }

    [Fact]
    public void MarkingFrequencyMatchesTheFormulaOverManyDraws()
    {
        double[] fitness = [10, 9, 7, 4, 1, 0];
        const int Weights = 4;
        const int Columns = 40_000;
        var probability = fitness.Select(f => SynapsePermutation.Probability(f, 0, 10, Weights)).ToArray();
        var rows = new CandidateBatch(fitness.Length, Columns);
        var marked = new int[fitness.Length];
        var values = new double[fitness.Length];
        var counts = new int[fitness.Length];
        var random = new RandomStream(StreamKey.FromSeed(11));
        for (int column = 0; column < Columns; column++)
        {
            int count = SynapsePermutation.MarkAndPermute(rows, fitness.Length, column, probability, marked, values, random);
            for (int k = 0; k < count; k++)
            {
                counts[marked[k]]++;
            }
        }

        for (int j = 0; j < fitness.Length; j++)
        {
            double p = probability[j];
            double observed = (double)counts[j] / Columns;
            double tolerance = (4 * Math.Sqrt(p * (1 - p) / Columns)) + 1e-12;
            Assert.True(Math.Abs(observed - p) <= tolerance, $"row {j}: observed {observed}, formula {p}");
        }

        Assert.Equal(0, counts[0]);
        Assert.Equal(Columns, counts[^1]);
    }

    [Fact]
    public void MarkedEntriesArePermutedAmongThemselvesAndTheRestStayPut()
    {
        const int Rows = 8;
        var rows = new CandidateBatch(Rows, 1);
        for (int j = 0; j < Rows; j++)
        {
            rows[j][0] = j;
        }

        var probability = new double[Rows];
        Array.Fill(probability, 0.5);
        var marked = new int[Rows];
        int count = SynapsePermutation.MarkAndPermute(rows, Rows, 0, probability, marked, new double[Rows], new RandomStream(StreamKey.FromSeed(3)));
        var markedRows = marked.Take(count).ToHashSet();
        Assert.InRange(count, 2, Rows - 1);
        for (int j = 0; j < Rows; j++)
        {
            if (!markedRows.Contains(j))
            {
                Assert.Equal(j, rows[j][0]);
            }
        }

        Assert.Equal(markedRows.Order(), markedRows.Select(j => (int)rows[j][0]).Order());
    }

    [Fact]
    public void BestRowNeverMovesAndOffspringReplaceTheWorst()
    {
        var options = new CooperativeSynapseNeuroevolutionOptions { Population = 20 };
        var cosyne = new CooperativeSynapseNeuroevolution(6, options, StreamKey.FromSeed(5));
        int breeders = cosyne.BreederCount;
        int survivors = options.Population - (2 * breeders);
        Assert.Equal(5, breeders);
        var random = new RandomStream(StreamKey.FromSeed(99));
        var fitness = new double[options.Population];
        for (int g = 0; g < 200; g++)
        {
            CandidateBatch batch = cosyne.Ask();
            for (int j = 0; j < fitness.Length; j++)
            {
                fitness[j] = random.NextDouble();
            }

            var order = Enumerable.Range(0, fitness.Length).OrderByDescending(j => fitness[j]).ToArray();
            double[] bestRow = batch[order[0]].ToArray();
            var survivorColumns = Enumerable.Range(0, 6).Select(c => order.Take(survivors).Select(j => batch[j][c]).Order().ToArray()).ToArray();
            cosyne.Tell(fitness);
            CandidateBatch next = cosyne.Ask();
            Assert.Equal(bestRow, next[0].ToArray());
            for (int c = 0; c < 6; c++)
            {
                // The surviving rows hold the same weights per subpopulation, only permuted.
                Assert.Equal(survivorColumns[c], Enumerable.Range(0, survivors).Select(j => next[j][c]).Order().ToArray());
            }
        }
    }

    [Fact]
    public void StagnationBurstMutatesAroundTheBestNetworkAsGomezsCodeDoes()
    {
        // Gomez's CoSyNE 1.1 handleStagnation: with S = 4, a phase whose best is no better than S − 1 = 3
        // generations before is over; with burstScale 0 every entry becomes the best network's weight.
        var options = new CooperativeSynapseNeuroevolutionOptions { Population = 8, Stagnation = 4, BurstScale = 0 };
        var cosyne = new CooperativeSynapseNeuroevolution(3, options, StreamKey.FromSeed(3));
        double[] Fitness(int best) => Enumerable.Range(0, 8).Select(j => j == best ? 10.0 : j).ToArray();

        double[] champion = cosyne.Ask()[5].ToArray();
        cosyne.Tell(Fitness(5)); // generation 1: the phase best is 10 and never improves after it
        for (int g = 2; g <= 3; g++)
        {
            cosyne.Ask();
            cosyne.Tell(Fitness(0));
            Assert.Equal(0, cosyne.Bursts);
        }

        cosyne.Ask();
        cosyne.Tell(Fitness(0)); // generation 4: no better than generation 1
        Assert.Equal(1, cosyne.Bursts);
        CandidateBatch burst = cosyne.Ask();
        for (int j = 0; j < options.Population; j++)
        {
            Assert.Equal(champion, burst[j].ToArray());
        }

        // A new phase: the next burst needs S more generations, even though the best never improves.
        for (int g = 1; g <= 3; g++)
        {
            cosyne.Tell(Fitness(0));
            cosyne.Ask();
            Assert.Equal(1, cosyne.Bursts);
        }

        cosyne.Tell(Fitness(0));
        Assert.Equal(2, cosyne.Bursts);
    }

    [Fact]
    public void AnImprovingSearchOrStagnationZeroNeverBursts()
    {
        foreach (int stagnation in new[] { 0, 3 })
        {
            var cosyne = new CooperativeSynapseNeuroevolution(3, new CooperativeSynapseNeuroevolutionOptions { Population = 8, Stagnation = stagnation }, StreamKey.FromSeed(3));
            for (int g = 0; g < 30; g++)
            {
                cosyne.Ask();
                double[] fitness = Enumerable.Range(0, 8).Select(j => stagnation == 0 ? 1.0 : g + (j / 10.0)).ToArray();
                cosyne.Tell(fitness);
            }

            Assert.Equal(0, cosyne.Bursts);
        }
    }

    [Fact]
    public void ImprovesOnTheSphere()
    {
        var cosyne = new CooperativeSynapseNeuroevolution(10, new CooperativeSynapseNeuroevolutionOptions { Distribution = MutationDistribution.Gaussian, MutationScale = 0.1 }, StreamKey.FromSeed(2));
        var (_, best) = FunctionDriver.Minimize(cosyne, FunctionDriver.Sphere, 20_000, 1e-3);
        Assert.True(best <= 1e-3, $"best {best}");
    }

    [Fact]
    public void IsReproducibleFromItsSeed()
    {
        static double[] Final(long seed)
        {
            var cosyne = new CooperativeSynapseNeuroevolution(5, new CooperativeSynapseNeuroevolutionOptions(), StreamKey.FromSeed(seed));
            FunctionDriver.Run(cosyne, FunctionDriver.Sphere, 20);
            return cosyne.Ask()[0].ToArray();
        }

        Assert.Equal(Final(4), Final(4));
        Assert.NotEqual(Final(4), Final(5));
    }

    [Fact]
    public void RejectsOverlappingBreedersAndOffspring()
    {
        Assert.Throws<ArgumentException>(() => new CooperativeSynapseNeuroevolution(3, new CooperativeSynapseNeuroevolutionOptions { Population = 10, EliteFraction = 0.4 }, StreamKey.FromSeed(1)));
        Assert.Throws<ArgumentException>(() => new CooperativeSynapseNeuroevolution(3, new CooperativeSynapseNeuroevolutionOptions { Population = 3 }, StreamKey.FromSeed(1)));
        Assert.Throws<ArgumentException>(() => new CooperativeSynapseNeuroevolution(3, new CooperativeSynapseNeuroevolutionOptions { Stagnation = -1 }, StreamKey.FromSeed(1)));
    }

    [Fact]
    public void AskAndTellAllocateNothingAfterWarmUp()
    {
        var cosyne = new CooperativeSynapseNeuroevolution(30, new CooperativeSynapseNeuroevolutionOptions { Stagnation = 2 }, StreamKey.FromSeed(2));
        Assert.Equal(0, FunctionDriver.AllocatedBytes(cosyne, FunctionDriver.Sphere, 50));
    }
}
