using Evorec.Genomes;
using Evorec.Numerics;

namespace Evorec.Tests.Genomes;

/// <summary>Pins NEAT 1.2.1's <c>Genome::mutate_link_weights(power, rate, GAUSSIAN)</c>.</summary>
public sealed class Neat121WeightMutationTests
{
    [Theory]
    [InlineData(true, 0, 20, false, 1.0, 0.3, 0.1)]
    [InlineData(true, 19, 20, true, 1.0, 0.3, 0.1)]
    [InlineData(false, 17, 20, false, 1.0, 0.5, 0.3)]
    [InlineData(false, 16, 20, false, 1.0, 0.0, 0.0)]
    [InlineData(false, 16, 20, true, 1.0, 0.0, -0.1)]
    [InlineData(false, 8, 9, true, 0.2, 0.8, 0.7)]
    [InlineData(false, 8, 9, false, 0.2, 0.8, 0.8)]
    [InlineData(false, 9, 10, false, 0.2, 0.5, 0.3)]
    public void TheThresholdsAreThoseOfSevereCallsTheTailAndTheOlderGenes(bool severe, int index, int count, bool cold, double rate, double gauss, double coldPoint)
    {
        (double gaussPoint, double coldGaussPoint) = Neat121WeightMutation.Thresholds(severe, index, count, cold, rate);
        Assert.Equal(gauss, gaussPoint, 12);
        Assert.Equal(coldPoint, coldGaussPoint, 12);
    }

    [Theory]
    [InlineData(20, new[] { 17, 18, 19 })]
    [InlineData(10, new[] { 9 })]
    [InlineData(9, new int[0])]
    public void TheTailIsTheGenesPastFourFifthsOfAGenomeOfAtLeastTen(int count, int[] tail)
    {
        Assert.Equal(tail, Enumerable.Range(0, count).Where(i => Neat121WeightMutation.InTail(i, count)));
    }

    [Fact]
    public void AtRateOneOlderGenesArePerturbedUnlessTheCallIsSevereAndTheTailIsReplacedMoreOften()
    {
        // Weights start at 100 with power 1 and no effective cap, so a perturbed weight lies in
        // [99, 101], a replaced one in [-1, 1], and a kept one is exactly 100.
        const int Calls = 20000;
        const int Genes = 20;
        var random = new RandomStream(new StreamKey(11));
        var counts = new int[2, 3];
        int calmCalls = 0;
        for (int call = 0; call < Calls; call++)
        {
            NeatConnectionGene[] genes = Enumerable.Range(0, Genes).Select(i => new NeatConnectionGene(i, 0, 1, 100.0, i % 3 != 0)).ToArray();
            Neat121WeightMutation.Mutate(genes, 1.0, Neat121WeightMutation.ReproductionRate, 1000.0, random);
            bool allOlderPerturbed = true;
            for (int i = 0; i < Genes; i++)
            {
                int outcome = Outcome(genes[i].Weight);
                int part = Neat121WeightMutation.InTail(i, Genes) ? 1 : 0;
                counts[part, outcome]++;
                allOlderPerturbed &= part == 1 || outcome == 0;
            }

            calmCalls += allOlderPerturbed ? 1 : 0;
        }

        // Older genes: half the calls perturb all, severe ones perturb 70%, replace 20%, keep 10%.
        double older = Calls * 17.0;
        Assert.InRange(counts[0, 0] / older, 0.84, 0.86);
        Assert.InRange(counts[0, 1] / older, 0.095, 0.105);
        Assert.InRange(counts[0, 2] / older, 0.045, 0.055);

        // Tail: severe 70/20/10, otherwise 50/20/30.
        double tail = Calls * 3.0;
        Assert.InRange(counts[1, 0] / tail, 0.59, 0.61);
        Assert.InRange(counts[1, 1] / tail, 0.19, 0.21);
        Assert.InRange(counts[1, 2] / tail, 0.19, 0.21);

        // Severity is drawn once per call: about half the calls leave no older gene unperturbed
        // (0.5 + 0.5 · 0.7¹⁷ ≈ 0.5012), not the 0.85¹⁷ ≈ 6% of a per-gene draw.
        Assert.InRange(calmCalls / (double)Calls, 0.48, 0.52);
    }

    [Fact]
    public void TheNoiseIsUniformInPlusMinusPowerAndWeightsAreCapped()
    {
        var random = new RandomStream(new StreamKey(12));
        var replaced = new List<double>();
        for (int call = 0; call < 2000; call++)
        {
            NeatConnectionGene[] genes = Enumerable.Range(0, 12).Select(i => new NeatConnectionGene(i, 0, 1, 100.0, true)).ToArray();
            Neat121WeightMutation.Mutate(genes, 2.5, 1.0, 1000.0, random);
            replaced.AddRange(genes.Select(g => g.Weight).Where(w => Math.Abs(w) <= 2.5));
        }

        Assert.All(replaced, w => Assert.InRange(w, -2.5, 2.5));
        Assert.InRange(replaced.Count(w => w < 0) / (double)replaced.Count, 0.47, 0.53);
        Assert.InRange(replaced.Count(w => Math.Abs(w) < 1.25) / (double)replaced.Count, 0.47, 0.53);

        NeatConnectionGene[] capped = [new(0, 0, 1, 7.9, true), new(1, 0, 1, -7.9, true)];
        for (int round = 0; round < 200; round++)
        {
            Neat121WeightMutation.Mutate(capped, 2.5, 1.0, 8.0, random);
            Assert.All(capped, g => Assert.InRange(g.Weight, -8.0, 8.0));
        }

        var cap = new NeatConnectionGene[] { new(0, 0, 1, 50.0, true) };
        Neat121WeightMutation.Mutate(cap, 0.0, 1.0, 8.0, random);
        Assert.True(cap[0].Weight is 8.0 or 0.0);
    }

    [Fact]
    public void NeatMutationAppliesTheSchemeItIsGivenAndTheSameDrawsGiveTheSameWeights()
    {
        static double[] Weights(NeatWeightScheme scheme)
        {
            NeatGenome genome = NeatFigure4.Parent1();
            new NeatMutation(1.8, 0.1, 1.0, 0.0, 20, 8.0, scheme).MutateWeights(genome, new RandomStream(new StreamKey(13)));
            return genome.Connections.Select(c => c.Weight).ToArray();
        }

        NeatConnectionGene[] expected = [.. NeatFigure4.Parent1().Connections];
        Neat121WeightMutation.Mutate(expected, 1.8, 1.0, 8.0, new RandomStream(new StreamKey(13)));
        Assert.Equal(expected.Select(c => c.Weight), Weights(NeatWeightScheme.Neat121));
        Assert.NotEqual(Weights(NeatWeightScheme.Paper), Weights(NeatWeightScheme.Neat121));
    }

    private static int Outcome(double weight) => weight == 100.0 ? 2 : weight > 50.0 ? 0 : 1;
}
