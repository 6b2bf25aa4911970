using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tests.Support;
using Evorec.Training;
using Evorec.Training.Evolution;

namespace Evorec.Tests.Training.Evolution;

/// <summary>
/// ESP 3.0's generation (Gomez's code, <c>Esp::recombine</c> and <c>Esp::evalPop</c>): the top quarter's
/// offspring are added to the n neurons of a subpopulation, 10 trials per neuron are run over all of them,
/// and the next recombination keeps the best n of the n + n/2 before it breeds again.
/// </summary>
public sealed class EspCodeSchemeTests
{
    private static readonly FeedForwardSpec Network = new(2, 1, new FeedForwardOptions { Hidden = [3], Bias = false });

    private static EnforcedSubpopulationsOptions Options() => new() { SubpopulationSize = 8, Trials = 3, Scheme = EspScheme.Code };

    [Fact]
    public void OffspringAreAddedSoLaterGenerationsEvaluateHalfAsManyNeuronsMore()
    {
        var esp = new EnforcedSubpopulations(Network.Layout, Options(), StreamKey.FromSeed(1));
        CandidateBatch first = esp.Ask();
        Assert.Equal(3 * 8, first.Count);
        esp.Tell(new double[first.Count]);
        for (int generation = 0; generation < 3; generation++)
        {
            CandidateBatch batch = esp.Ask();
            Assert.Equal(3 * (8 + 4), batch.Count);
            esp.Tell(new double[batch.Count]);
        }
    }

    [Fact]
    public void TheBestNeuronsSurviveTheirOffspringAndOnlyTheOffspringChange()
    {
        var esp = new EnforcedSubpopulations(Network.Layout, Options(), StreamKey.FromSeed(2));
        int group = 0;
        int[] indices = [.. Network.Layout.NeuronGroups[group].Indices];

        // Generation 0: fitness = the first weight of group 0's neuron, so neuron order is known.
        CandidateBatch batch = esp.Ask();
        double[] fitness = Fitness(batch, indices[0]);
        var parents = Neurons(batch, indices).OrderByDescending(n => n[0]).ToArray();
        esp.Tell(fitness);

        // Generation 1 evaluates 8 + 4 neurons: the 8 parents unchanged (all of them, not only the top half)
        // and 4 offspring.
        batch = esp.Ask();
        var seen = Neurons(batch, indices).ToArray();
        Assert.All(parents, parent => Assert.Contains(seen, n => n.SequenceEqual(parent)));
        Assert.Equal(12, seen.Length);

        // Generation 2: the best 8 of the 12 by fitness survive.
        fitness = Fitness(batch, indices[0]);
        var best = seen.OrderByDescending(n => n[0]).Take(8).ToArray();
        esp.Tell(fitness);
        batch = esp.Ask();
        var next = Neurons(batch, indices).ToArray();
        Assert.All(best, survivor => Assert.Contains(next, n => n.SequenceEqual(survivor)));
    }

    [Fact]
    public void IsReproducibleAndAllocatesNothingOnceWarm()
    {
        var a = new EnforcedSubpopulations(Network.Layout, Options(), StreamKey.FromSeed(3));
        var b = new EnforcedSubpopulations(Network.Layout, Options(), StreamKey.FromSeed(3));
        var fitness = new double[36];
        for (int generation = 0; generation < 30; generation++)
        {
            CandidateBatch x = a.Ask();
            CandidateBatch y = b.Ask();
            Assert.True(x[0].SequenceEqual(y[0]));
            for (int k = 0; k < x.Count; k++)
            {
                fitness[k] = x[k][0] - Math.Abs(x[k][1]);
            }

            a.Tell(fitness.AsSpan(0, x.Count));
            b.Tell(fitness.AsSpan(0, y.Count));
        }

        Assert.Equal(0, SteadyAllocation.Bytes(() =>
        {
            for (int generation = 0; generation < 30; generation++)
            {
                CandidateBatch x = a.Ask();
                a.Tell(fitness.AsSpan(0, x.Count));
            }
        }));
    }

    private static double[] Fitness(CandidateBatch batch, int index)
    {
        var values = new double[batch.Count];
        for (int k = 0; k < batch.Count; k++)
        {
            values[k] = batch[k][index];
        }

        return values;
    }

    private static IEnumerable<double[]> Neurons(CandidateBatch batch, int[] indices) =>
        Enumerable.Range(0, batch.Count)
            .Select(k => indices.Select(i => batch[k][i]).ToArray())
            .DistinctBy(n => string.Join(",", n));
}
