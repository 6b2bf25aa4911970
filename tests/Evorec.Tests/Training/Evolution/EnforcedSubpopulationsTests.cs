using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Training;
using Evorec.Training.Evolution;

namespace Evorec.Tests.Training.Evolution;

public sealed class EnforcedSubpopulationsTests
{
    private static readonly ElmanSpec Network = new(1, 1, new ElmanOptions { Hidden = 3 });

    [Fact]
    public void UsesOneSubpopulationPerNeuronGroup()
    {
        var esp = new EnforcedSubpopulations(Network.Layout, new EnforcedSubpopulationsOptions(), StreamKey.FromSeed(1));
        Assert.Equal(Network.Layout.NeuronGroups.Count, esp.SubpopulationCount);
        Assert.Equal(Network.Layout.Count, esp.GenomeLength);
        Assert.Equal(10 * 40, esp.Ask().Count);
    }

    [Fact]
    public void NeuronFitnessIsTheAverageOverItsTrials()
    {
        var options = new EnforcedSubpopulationsOptions { SubpopulationSize = 8, Trials = 5 };
        var esp = new EnforcedSubpopulations(Network.Layout, options, StreamKey.FromSeed(2));
        CandidateBatch batch = esp.Ask();
        var random = new RandomStream(StreamKey.FromSeed(3));
        var fitness = new double[batch.Count];
        for (int k = 0; k < fitness.Length; k++)
        {
            fitness[k] = random.NextDouble(-5, 5);
        }

        // Expected averages, computed from which neuron each network drew.
        int groups = esp.SubpopulationCount;
        var sums = new double[groups, options.SubpopulationSize];
        var counts = new int[groups, options.SubpopulationSize];
        for (int k = 0; k < batch.Count; k++)
        {
            for (int g = 0; g < groups; g++)
            {
                int neuron = esp.SelectedNeuron(k, g);
                sums[g, neuron] += fitness[k];
                counts[g, neuron]++;
            }
        }

        esp.Tell(fitness);
        for (int g = 0; g < groups; g++)
        {
            for (int i = 0; i < options.SubpopulationSize; i++)
            {
                Assert.Equal(options.Trials, counts[g, i]);
                Assert.Equal(options.Trials, esp.NeuronTrials(g)[i]);
                Assert.Equal(sums[g, i] / counts[g, i], esp.NeuronFitness(g)[i], 12);
            }
        }
    }

    [Fact]
    public void NetworksAreAssembledFromOneNeuronOfEachSubpopulation()
    {
        var options = new EnforcedSubpopulationsOptions { SubpopulationSize = 6, Trials = 2 };
        var esp = new EnforcedSubpopulations(Network.Layout, options, StreamKey.FromSeed(4));
        CandidateBatch batch = esp.Ask();

        // Two networks that drew the same neuron of a group carry the same genes at that group's indices.
        for (int g = 0; g < esp.SubpopulationCount; g++)
        {
            IReadOnlyList<int> indices = Network.Layout.NeuronGroups[g].Indices;
            for (int a = 0; a < batch.Count; a++)
            {
                for (int b = 0; b < batch.Count; b++)
                {
                    bool same = esp.SelectedNeuron(a, g) == esp.SelectedNeuron(b, g);
                    bool equal = indices.All(i => batch[a][i] == batch[b][i]);
                    Assert.Equal(same, equal);
                }
            }
        }
    }

    [Fact]
    public void BurstMutationRebuildsEverySubpopulationAroundTheBestNetwork()
    {
        var options = new EnforcedSubpopulationsOptions { SubpopulationSize = 8, Trials = 2, Stagnation = 3, BurstScale = 1e-6 };
        var esp = new EnforcedSubpopulations(Network.Layout, options, StreamKey.FromSeed(5));
        CandidateBatch batch = esp.Ask();
        var fitness = new double[batch.Count];
        fitness[7] = 1.0;
        double[] best = batch[7].ToArray();
        esp.Tell(fitness);

        // Three generations without improvement trigger the burst: afterwards every network is the
        // best one plus Cauchy noise of scale 1e-6.
        for (int g = 0; g < 3; g++)
        {
            batch = esp.Ask();
            esp.Tell(new double[batch.Count]);
        }

        batch = esp.Ask();
        int near = 0;
        int total = 0;
        for (int k = 0; k < batch.Count; k++)
        {
            for (int i = 0; i < best.Length; i++)
            {
                total++;
                if (Math.Abs(batch[k][i] - best[i]) < 1e-3)
                {
                    near++;
                }
            }
        }

        // A standard Cauchy draw exceeds 1000 in magnitude with probability ≈ 6.4e-4.
        Assert.True(near >= total * 0.99, $"{near} of {total} genes near the best network");
    }

    [Fact]
    public void ImprovesOnTheSphere()
    {
        var esp = new EnforcedSubpopulations(Network.Layout, new EnforcedSubpopulationsOptions { SubpopulationSize = 12 }, StreamKey.FromSeed(6));
        // From about 6 (19 weights uniform in [−1, 1]) to below 0.1: ESP is a coarse optimizer, not a precise one.
        var (_, best) = FunctionDriver.Minimize(esp, FunctionDriver.Sphere, 30_000, 0.1);
        Assert.True(best <= 0.1, $"best {best}");
    }

    [Fact]
    public void RequiresNeuronGroups()
    {
        var builder = new ParameterLayout.Builder();
        builder.Add("w", 3);
        Assert.Throws<ArgumentException>(() => new EnforcedSubpopulations(builder.Build(), new EnforcedSubpopulationsOptions(), StreamKey.FromSeed(1)));
    }

    [Fact]
    public void IsReproducibleFromItsSeed()
    {
        static double[] Final(long seed)
        {
            var esp = new EnforcedSubpopulations(Network.Layout, new EnforcedSubpopulationsOptions { SubpopulationSize = 8 }, StreamKey.FromSeed(seed));
            FunctionDriver.Run(esp, FunctionDriver.Sphere, 10);
            return esp.Ask()[0].ToArray();
        }

        Assert.Equal(Final(4), Final(4));
        Assert.NotEqual(Final(4), Final(5));
    }

    [Fact]
    public void AskAndTellAllocateNothingAfterWarmUp()
    {
        var esp = new EnforcedSubpopulations(Network.Layout, new EnforcedSubpopulationsOptions { SubpopulationSize = 8, Stagnation = 2 }, StreamKey.FromSeed(2));
        Assert.Equal(0, FunctionDriver.AllocatedBytes(esp, FunctionDriver.Sphere, 30));
    }
}
