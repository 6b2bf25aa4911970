using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Experiments.Benchmarks;

/// <summary>The shapes <c>evorec bench</c> times: every network kind at a small and a medium size, one input and one output.</summary>
public static class BenchmarkCases
{
    /// <summary>
    /// A <c>neat-graph</c> of one input, a bias node, one output and <paramref name="hidden"/> hidden
    /// nodes wired at random, recurrently (<see cref="BenchmarkGraph"/>), with the kind's default options.
    /// </summary>
    private static BenchmarkCase Graph(string name, int hidden, int inDegree, StreamKey key) =>
        new(name, new NeatGraphSpec(1, 1, new NeatGraphOptions { Bias = true }), BenchmarkGraph.Genome(1, 1, hidden, inDegree, key));

    /// <summary>The standard list, small then medium for each kind.</summary>
    public static IReadOnlyList<BenchmarkCase> Standard()
    {
        StreamKey key = StreamKey.FromSeed(1).Then("bench");
        return
        [
            new("lstm 1-10-1", new LstmSpec(1, 1, new LstmOptions { Blocks = 10 })),
            new("lstm 1-100-1", new LstmSpec(1, 1, new LstmOptions { Blocks = 100 })),
            new("gru 1-10-1", new GruSpec(1, 1, new GruOptions { Hidden = 10 })),
            new("gru 1-100-1", new GruSpec(1, 1, new GruOptions { Hidden = 100 })),
            new("elman 1-10-1", new ElmanSpec(1, 1, new ElmanOptions { Hidden = 10 })),
            new("elman 1-50-1", new ElmanSpec(1, 1, new ElmanOptions { Hidden = 50 })),
            new("fully-recurrent 10", new FullyRecurrentSpec(1, 1, new FullyRecurrentOptions { Neurons = 10 })),
            new("fully-recurrent 100", new FullyRecurrentSpec(1, 1, new FullyRecurrentOptions { Neurons = 100 })),
            new("jordan 1-10-1", new JordanSpec(1, 1, new JordanOptions { Hidden = 10 })),
            new("jordan 1-100-1", new JordanSpec(1, 1, new JordanOptions { Hidden = 100 })),
            new("narx 1-10-1 (2+2 taps)", new NarxSpec(1, 1, new NarxOptions { Hidden = 10 })),
            new("narx 1-100-1 (2+2 taps)", new NarxSpec(1, 1, new NarxOptions { Hidden = 100 })),
            new("ctrnn 10 (10 substeps)", new CtrnnSpec(1, 1, new CtrnnOptions { Neurons = 10 })),
            new("ctrnn 100 (10 substeps)", new CtrnnSpec(1, 1, new CtrnnOptions { Neurons = 100 })),
            new("feed-forward 1-10-1", new FeedForwardSpec(1, 1, new FeedForwardOptions { Hidden = [10] })),
            new("feed-forward 1-100-100-1", new FeedForwardSpec(1, 1, new FeedForwardOptions { Hidden = [100, 100] })),
            new("esn 100", new EsnSpec(1, 1, new EsnOptions { Reservoir = 100 }, key.Then("esn-100"))),
            new("esn 500", new EsnSpec(1, 1, new EsnOptions { Reservoir = 500 }, key.Then("esn-500"))),
            Graph("neat-graph 1-10-1 (5 in)", hidden: 10, inDegree: 5, key.Then("neat-graph-10")),
            Graph("neat-graph 1-100-1 (10 in)", hidden: 100, inDegree: 10, key.Then("neat-graph-100")),
        ];
    }
}
