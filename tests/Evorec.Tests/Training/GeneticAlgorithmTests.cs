using Evorec.Numerics;
using Evorec.Tests.Support;
using Evorec.Training.Evolution;

namespace Evorec.Tests.Training;

public sealed class GeneticAlgorithmTests
{
    private static double Sphere(ReadOnlySpan<double> x)
    {
        double sum = 0;
        foreach (double v in x)
        {
            sum += (v - 0.5) * (v - 0.5);
        }

        return sum;
    }

    private static double[] Fitness(Evorec.Training.CandidateBatch batch)
    {
        var fitness = new double[batch.Count];
        for (int i = 0; i < batch.Count; i++)
        {
            fitness[i] = -Sphere(batch[i]);
        }

        return fitness;
    }

    [Fact]
    public void ElitismKeepsTheBestCandidateUnchanged()
    {
        var ga = new GeneticAlgorithm(5, new GeneticAlgorithmOptions { Population = 20, Elites = 2 }, StreamKey.FromSeed(1));
        for (int generation = 0; generation < 10; generation++)
        {
            var batch = ga.Ask();
            double[] fitness = Fitness(batch);
            int best = Array.IndexOf(fitness, fitness.Max());
            double[] bestGenome = batch[best].ToArray();
            ga.Tell(fitness);
            Assert.Equal(bestGenome, ga.Ask()[0].ToArray());
        }
    }

    [Fact]
    public void ItMinimisesASphereAndTheBestNeverGetsWorse()
    {
        var ga = new GeneticAlgorithm(10, new GeneticAlgorithmOptions { Population = 50, MutationSigma = 0.1 }, StreamKey.FromSeed(2));
        double previous = double.NegativeInfinity;
        double first = 0;
        for (int generation = 0; generation < 200; generation++)
        {
            double[] fitness = Fitness(ga.Ask());
            double best = fitness.Max();
            if (generation == 0)
            {
                first = best;
            }

            Assert.True(best >= previous);
            previous = best;
            ga.Tell(fitness);
        }

        Assert.True(previous > -1e-2, $"best {previous}");
        Assert.True(previous > first * 0.01);
    }

    [Theory]
    [InlineData(CrossoverKind.Uniform)]
    [InlineData(CrossoverKind.Arithmetic)]
    public void TheSameKeyGivesTheSameGenerations(CrossoverKind crossover)
    {
        var options = new GeneticAlgorithmOptions { Population = 10, Crossover = crossover, CrossoverRate = 1 };
        var a = new GeneticAlgorithm(4, options, StreamKey.FromSeed(3));
        var b = new GeneticAlgorithm(4, options, StreamKey.FromSeed(3));
        for (int generation = 0; generation < 5; generation++)
        {
            var fitness = Fitness(a.Ask());
            Assert.Equal(fitness, Fitness(b.Ask()));
            a.Tell(fitness);
            b.Tell(fitness);
        }
    }

    [Fact]
    public void ArithmeticCrossoverChildrenLieBetweenTheirParents()
    {
        // Without mutation and with crossover always on, every gene of every child lies within the
        // range of that gene in the previous population.
        var options = new GeneticAlgorithmOptions { Population = 12, Crossover = CrossoverKind.Arithmetic, CrossoverRate = 1, MutationRate = 0, Elites = 0 };
        var ga = new GeneticAlgorithm(3, options, StreamKey.FromSeed(4));
        var batch = ga.Ask();
        double[][] parents = Enumerable.Range(0, batch.Count).Select(i => batch[i].ToArray()).ToArray();
        ga.Tell(Fitness(batch));
        var children = ga.Ask();
        for (int i = 0; i < children.Count; i++)
        {
            for (int g = 0; g < 3; g++)
            {
                Assert.InRange(children[i][g], parents.Min(p => p[g]), parents.Max(p => p[g]));
            }
        }
    }

    [Fact]
    public void AskAndTellAllocateNothing()
    {
        var ga = new GeneticAlgorithm(20, new GeneticAlgorithmOptions(), StreamKey.FromSeed(5));
        var fitness = new double[ga.Ask().Count];
        ga.Tell(fitness);
        Assert.Equal(0, SteadyAllocation.Bytes(() =>
        {
            for (int i = 0; i < 20; i++)
            {
                ga.Ask();
                ga.Tell(fitness);
            }
        }));
    }

    [Fact]
    public void InconsistentOptionsAreRefused()
    {
        Assert.Throws<ArgumentException>(() => new GeneticAlgorithm(3, new GeneticAlgorithmOptions { Population = 1 }, default));
        Assert.Throws<ArgumentException>(() => new GeneticAlgorithm(3, new GeneticAlgorithmOptions { Elites = 50 }, default));
        Assert.Throws<ArgumentException>(() => new GeneticAlgorithm(3, new GeneticAlgorithmOptions { MutationRate = 2 }, default));
    }
}
