using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tests.Support;
using Evorec.Training;
using Evorec.Training.Evolution;

namespace Evorec.Tests.Training.Evolution;

/// <summary>
/// ESP's network-size adaptation as Gomez's ESP 3.0 code runs it (<c>Esp::handleStagnation</c>,
/// <c>Esp::lesionTest</c> with <c>LESION_THRESHOLD</c> 0.8): after two stagnations in a row without a
/// better phase best, the best network is lesioned neuron by neuron; a neuron whose loss keeps 80% of
/// the fitness goes, otherwise a neuron is added.
/// </summary>
public sealed class EspSizeAdaptationTests
{
    // Four hidden neurons, no bias: each chromosome is a hidden neuron's input and output weights.
    private static readonly FeedForwardSpec Network = new(3, 1, new FeedForwardOptions { Hidden = [4], Bias = false });

    private static EnforcedSubpopulationsOptions Options(int neurons) => new()
    {
        SubpopulationSize = 8,
        Trials = 2,
        Stagnation = 1,
        AdaptSize = true,
        Neurons = neurons,
    };

    [Fact]
    public void NeuronsNotInUseAreSilentInEveryNetwork()
    {
        var esp = new EnforcedSubpopulations(Network.Layout, Options(neurons: 2), StreamKey.FromSeed(1));
        Assert.Equal(2, esp.ActiveSubpopulationCount);
        CandidateBatch batch = esp.Ask();
        for (int k = 0; k < batch.Count; k++)
        {
            Assert.Equal(2, ActiveGroups(batch[k]));
            Assert.All(Network.Layout.NeuronGroups[0].Indices, i => Assert.NotEqual(0.0, batch[k][i]));
        }
    }

    [Fact]
    public void ANeuronWhoseLesionKeepsEightyPercentOfTheFitnessIsRemoved()
    {
        // Fitness = 10 + the neurons in use: with 4 neurons a lesion keeps 13/14 ≥ 0.8 of it.
        var esp = new EnforcedSubpopulations(Network.Layout, Options(neurons: 0), StreamKey.FromSeed(2));
        int lesionGeneration = RunUntilLesionTest(esp, genome => 10 + ActiveGroups(genome), out CandidateBatch lesion);
        Assert.Equal(3, lesionGeneration);
        Assert.Equal(1 + 4, lesion.Count);
        Assert.Equal(4, ActiveGroups(lesion[0]));
        for (int k = 1; k < lesion.Count; k++)
        {
            Assert.Equal(3, ActiveGroups(lesion[k]));
        }

        esp.Tell(Fitness(lesion, genome => 10 + ActiveGroups(genome)));
        Assert.Equal(3, esp.ActiveSubpopulationCount);
        CandidateBatch next = esp.Ask();
        Assert.Equal(16, next.Count);
        Assert.Equal(3, ActiveGroups(next[0]));
    }

    [Fact]
    public void WhenEveryLesionCostsMoreThanTwentyPercentANeuronIsAdded()
    {
        // Fitness = the neurons in use: with 2 a lesion keeps 1/2 < 0.8 of it, so a third comes in.
        var esp = new EnforcedSubpopulations(Network.Layout, Options(neurons: 2), StreamKey.FromSeed(3));
        RunUntilLesionTest(esp, genome => ActiveGroups(genome), out CandidateBatch lesion);
        Assert.Equal(1 + 2, lesion.Count);
        esp.Tell(Fitness(lesion, genome => ActiveGroups(genome)));
        Assert.Equal(3, esp.ActiveSubpopulationCount);
        CandidateBatch next = esp.Ask();
        for (int k = 0; k < next.Count; k++)
        {
            Assert.Equal(3, ActiveGroups(next[k]));
        }
    }

    [Theory]
    [InlineData(8.0, 3)]
    [InlineData(7.999, 5)]
    public void TheThresholdIsTheCodesEightyPercent(double lesioned, int neuronsAfter)
    {
        var esp = new EnforcedSubpopulations(Network.Layout, Options(neurons: 4), StreamKey.FromSeed(4));
        RunUntilLesionTest(esp, _ => 10.0, out CandidateBatch lesion);
        var fitness = new double[lesion.Count];
        fitness[0] = 10.0;
        for (int k = 1; k < fitness.Length; k++)
        {
            fitness[k] = k == 2 ? lesioned : 1.0;
        }

        esp.Tell(fitness);
        Assert.Equal(Math.Min(neuronsAfter, 4), esp.ActiveSubpopulationCount);
    }

    [Fact]
    public void WithAllNeuronsInUseAndNoneRemovableNothingChangesButTheBurst()
    {
        var single = new FeedForwardSpec(3, 1, new FeedForwardOptions { Hidden = [1], Bias = false });
        var options = Options(neurons: 0);
        var esp = new EnforcedSubpopulations(single.Layout, options, StreamKey.FromSeed(5));
        for (int generation = 0; generation < 6; generation++)
        {
            CandidateBatch batch = esp.Ask();
            Assert.Equal(16, batch.Count);
            esp.Tell(new double[batch.Count]);
        }

        Assert.Equal(1, esp.ActiveSubpopulationCount);
    }

    [Fact]
    public void OutputNeuronsAreNeverLesionedAndTheStartingSizeIsChecked()
    {
        var recurrent = new FullyRecurrentSpec(3, 1, new FullyRecurrentOptions { Neurons = 3, Bias = false });
        Assert.True(recurrent.Layout.NeuronGroups[0].Required);
        var esp = new EnforcedSubpopulations(recurrent.Layout, Options(neurons: 0), StreamKey.FromSeed(6));
        RunUntilLesionTest(esp, _ => 1.0, out CandidateBatch lesion);
        Assert.Equal(1 + 2, lesion.Count);

        var error = Assert.Throws<ArgumentException>(() => new EnforcedSubpopulations(recurrent.Layout, Options(neurons: 1), StreamKey.FromSeed(6)));
        Assert.Contains("between 2 and 3", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new EnforcedSubpopulations(recurrent.Layout, Options(neurons: 4), StreamKey.FromSeed(6)));
        Assert.Throws<ArgumentException>(() => EnforcedSubpopulations.Validate(new EnforcedSubpopulationsOptions { LesionThreshold = 1.5 }));
    }

    [Fact]
    public void IsReproducibleAndAllocatesNothingOnceWarm()
    {
        double[] First() => RunFor(StreamKey.FromSeed(7), 12);
        Assert.Equal(First(), First());

        var esp = new EnforcedSubpopulations(Network.Layout, Options(neurons: 2), StreamKey.FromSeed(8));
        var fitness = new double[16];
        for (int generation = 0; generation < 8; generation++)
        {
            CandidateBatch batch = esp.Ask();
            esp.Tell(fitness.AsSpan(0, batch.Count));
        }

        Assert.Equal(0, SteadyAllocation.Bytes(() =>
        {
            for (int generation = 0; generation < 8; generation++)
            {
                CandidateBatch batch = esp.Ask();
                esp.Tell(fitness.AsSpan(0, batch.Count));
            }
        }));
    }

    private static double[] RunFor(StreamKey key, int generations)
    {
        var esp = new EnforcedSubpopulations(Network.Layout, Options(neurons: 2), key);
        var trace = new List<double>();
        for (int generation = 0; generation < generations; generation++)
        {
            CandidateBatch batch = esp.Ask();
            double[] fitness = Fitness(batch, genome => genome[0] - Math.Abs(genome[1]));
            trace.Add(batch[0][0]);
            esp.Tell(fitness);
        }

        return trace.ToArray();
    }

    /// <summary>Runs generations until the optimizer asks for the lesion test; returns that generation's index.</summary>
    private static int RunUntilLesionTest(EnforcedSubpopulations esp, Func<double[], double> fitness, out CandidateBatch lesion)
    {
        int normal = esp.Ask().Count;
        for (int generation = 0; generation < 50; generation++)
        {
            CandidateBatch batch = esp.Ask();
            if (batch.Count != normal)
            {
                lesion = batch;
                return generation;
            }

            esp.Tell(Fitness(batch, fitness));
        }

        throw new InvalidOperationException("No lesion test within 50 generations.");
    }

    private static double[] Fitness(CandidateBatch batch, Func<double[], double> fitness)
    {
        var values = new double[batch.Count];
        for (int k = 0; k < batch.Count; k++)
        {
            values[k] = fitness(batch[k].ToArray());
        }

        return values;
    }

    private static int ActiveGroups(ReadOnlySpan<double> genome)
    {
        int count = 0;
        foreach (NeuronGroup group in Network.Layout.NeuronGroups)
        {
            bool any = false;
            foreach (int index in group.Indices)
            {
                any |= genome[index] != 0.0;
            }

            count += any ? 1 : 0;
        }

        return count;
    }

    private static int ActiveGroups(double[] genome) => ActiveGroups(genome.AsSpan());
}
