using Evorec.Experiments.Benchmarks;
using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Tests.Experiments.Benchmarks;

public sealed class BenchmarkGraphTests
{
    private static readonly StreamKey Key = StreamKey.FromSeed(7).Then("graph");

    [Fact]
    public void TheGenomeIsAValidGraphWhoseTargetsReadDistinctSourcesIncludingRecurrentOnes()
    {
        double[] genome = BenchmarkGraph.Genome(1, 1, 20, 6, Key);
        var spec = new NeatGraphSpec(1, 1, new NeatGraphOptions { Bias = true });
        Assert.True(spec.Accepts(genome));

        // 1 input, the bias, 1 output, 20 hidden: ids 0, 1, 2, 3…22.
        Assert.Equal(23, (int)genome[1]);
        Assert.Equal(21 * 6, (int)genome[2]);
        int start = NeatGraphEncoding.HeaderLength + (NeatGraphEncoding.NodeStride * 23);
        var byTarget = new Dictionary<int, List<int>>();
        bool recurrent = false;
        for (int c = 0; c < 21 * 6; c++)
        {
            ReadOnlySpan<double> gene = genome.AsSpan(start + (c * NeatGraphEncoding.ConnectionStride), NeatGraphEncoding.ConnectionStride);
            Assert.Equal(c, (int)gene[0]);
            int source = (int)gene[1];
            int target = (int)gene[2];
            Assert.InRange(gene[3], -1.0, 1.0);
            Assert.Equal(1.0, gene[4]);
            Assert.True(source is 0 or 1 || source >= 3, "sources are sensors or hidden nodes, never the output");
            Assert.InRange(target, 2, 22);
            recurrent |= source >= 3 && source >= target;
            (byTarget.TryGetValue(target, out List<int>? list) ? list : byTarget[target] = []).Add(source);
        }

        Assert.Equal(21, byTarget.Count);
        Assert.All(byTarget.Values, sources => Assert.Equal(6, sources.Distinct().Count()));
        Assert.True(recurrent);
        Assert.Equal(21 * 6, BenchmarkGraph.EnabledConnections(spec, genome));
        Assert.Equal(genome, BenchmarkGraph.Genome(1, 1, 20, 6, Key));
    }

    [Fact]
    public void TheNetworkStepsToFiniteOutputsAndDisabledConnectionsAreNotCounted()
    {
        double[] genome = BenchmarkGraph.Genome(1, 1, 10, 5, Key);
        var spec = new NeatGraphSpec(1, 1, new NeatGraphOptions { Bias = true });
        IRecurrentNetwork network = spec.Create();
        spec.Load(genome, network);
        var output = new double[1];
        for (int t = 0; t < 50; t++)
        {
            network.Step([Math.Sin(0.1 * t)], output);
            Assert.True(double.IsFinite(output[0]));
        }

        int start = NeatGraphEncoding.HeaderLength + (NeatGraphEncoding.NodeStride * (int)genome[1]);
        genome[start + 4] = 0.0;
        Assert.Equal(54, BenchmarkGraph.EnabledConnections(spec, genome));
        Assert.Throws<ArgumentOutOfRangeException>(() => BenchmarkGraph.Genome(1, 1, 10, 13, Key));
    }
}
