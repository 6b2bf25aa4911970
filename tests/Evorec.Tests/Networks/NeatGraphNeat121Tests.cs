using Evorec.Genomes;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;

namespace Evorec.Tests.Networks;

/// <summary>
/// <c>activationScheme: neat121</c>: NEAT 1.2.1's <c>Network::activate</c> and <c>Network::flush</c>,
/// checked against values worked out by hand from its loop (node order: sensors, outputs, hidden
/// nodes by id; a node is flagged in a pass when a source is a sensor or is flagged at that moment;
/// flagged nodes take σ(sum of w · activation, an unreached node holding 0); passes repeat until
/// every output has been updated, at most 19), and against the synchronous scheme once every node
/// has been reached.
/// </summary>
public sealed class NeatGraphNeat121Tests
{
    private const double Slope = 4.924273;

    [Fact]
    public void AChainThroughAHiddenNodeTakesTwoPassesOnTheFirstStepAndTheFlushKeepsTheFlags()
    {
        // in 0 -> hidden 2 (a), hidden 2 -> out 1 (b).
        const double a = 0.7;
        const double b = -1.3;
        NeatGraphNetwork network = Load(1, 1, [Hidden(2)], [(0, 2, a), (2, 1, b)]);

        // Pass 1: the output reads the hidden node's flag from before (clear): not updated; the hidden
        // node reads the sensor: h = σ(a x). Pass 2: the output reads h's flag of pass 1: o = σ(b h).
        double h1 = Sigma(a * 0.4);
        AssertOutputs([Sigma(b * h1)], network, 0.4);
        Assert.Equal(2, network.ReachedCount);

        // Every later step is one pass: the output reads h of the step before.
        AssertOutputs([Sigma(b * h1)], network, -0.9);
        AssertOutputs([Sigma(b * Sigma(a * -0.9))], network, 0.2);

        // The flush clears activations and reached marks but not the flags: the output is flagged in the
        // first pass again and reads the cleared hidden node as 0.
        network.Reset();
        Assert.Equal(0, network.ReachedCount);
        AssertOutputs([Sigma(0.0)], network, 0.5);
        AssertOutputs([Sigma(b * Sigma(a * 0.5))], network, 0.5);

        // The synchronous scheme gives σ(0) on the first step after a load as well, and then the same.
        NeatGraphNetwork synchronous = Load(1, 1, [Hidden(2)], [(0, 2, a), (2, 1, b)], NeatGraphScheme.Synchronous);
        AssertOutputs([Sigma(0.0)], synchronous, 0.4);
        AssertOutputs([Sigma(b * h1)], synchronous, -0.9);
    }

    [Fact]
    public void AHiddenNodeIsFlaggedByASourceVisitedEarlierInThePassAndOneVisitedLaterAPassLater()
    {
        const double a = 1.1;
        const double b = 0.6;
        const double c = -0.8;

        // in 0 -> hidden 3 (a), hidden 3 -> hidden 2 (b), hidden 2 -> out 1 (c): each node reads one visited
        // after it. Pass 1: only node 3 (reads the sensor). Pass 2: node 2 reads 3's flag of pass 1. Pass 3: the output.
        NeatGraphNetwork backward = Load(1, 1, [Hidden(2), Hidden(3)], [(0, 3, a), (3, 2, b), (2, 1, c)]);
        AssertOutputs([Sigma(c * Sigma(b * Sigma(a * 0.3)))], backward, 0.3);

        // in 0 -> hidden 2 (a), hidden 2 -> hidden 3 (b), hidden 3 -> out 1 (c). Pass 1: node 2 is flagged by
        // the sensor, then node 3 by node 2's flag of this pass, but its sum reads node 2 before the update,
        // unreached: node 3 = σ(0). Pass 2: the output reads node 3 = σ(0).
        NeatGraphNetwork forward = Load(1, 1, [Hidden(2), Hidden(3)], [(0, 2, a), (2, 3, b), (3, 1, c)]);
        AssertOutputs([Sigma(c * Sigma(0.0))], forward, 0.3);
        AssertOutputs([Sigma(c * Sigma(b * Sigma(a * 0.3)))], forward, 0.3);
    }

    [Fact]
    public void ANodeFedOnlyByAnUnreachedHiddenNodeStaysAtZeroAndReadsAsZero()
    {
        // in 0 -> out 1 (c), hidden 3 (no sources) -> hidden 2 (d), hidden 2 -> out 1 (e).
        const double c = 0.9;
        const double d = 2.0;
        const double e = -1.5;
        NeatGraphNetwork network = Load(1, 1, [Hidden(2), Hidden(3)], [(0, 1, c), (3, 2, d), (2, 1, e)]);
        foreach (double x in new[] { 0.3, -0.4, 0.8, 0.8 })
        {
            AssertOutputs([Sigma((c * x) + (e * 0.0))], network, x);
        }

        Assert.Equal(1, network.ReachedCount);

        // The synchronous scheme computes σ(0) at both hidden nodes and passes it on.
        NeatGraphNetwork synchronous = Load(1, 1, [Hidden(2), Hidden(3)], [(0, 1, c), (3, 2, d), (2, 1, e)], NeatGraphScheme.Synchronous);
        AssertOutputs([Sigma((c * 0.3) + (e * 0.0))], synchronous, 0.3);
        AssertOutputs([Sigma((c * -0.4) + (e * Sigma(0.0)))], synchronous, -0.4);
        AssertOutputs([Sigma((c * 0.8) + (e * Sigma(d * Sigma(0.0))))], synchronous, 0.8);
    }

    [Fact]
    public void ARecurrentLoopFollowsNeatsPasses()
    {
        // in 0 -> hidden 2 (a), hidden 2 -> hidden 2 (r), hidden 2 -> out 1 (b), out 1 -> hidden 2 (q).
        const double a = 0.5;
        const double r = -0.7;
        const double b = 1.2;
        const double q = 0.4;
        NeatGraphNetwork network = Load(1, 1, [Hidden(2)], [(0, 2, a), (2, 2, r), (2, 1, b), (1, 2, q)]);

        // Step 1, pass 1: the output is not flagged (node 2's flag from before is clear); node 2 sums
        // a x + r·0 + q·0. Pass 2: the output sums b h; node 2 sums a x + r h + q·0 (output not reached).
        double x1 = 0.6;
        double h = Sigma(a * x1);
        double o = Sigma(b * h);
        h = Sigma((a * x1) + (r * h) + (q * 0.0));
        AssertOutputs([o], network, x1);

        // Later steps: one pass, every node from the previous step's values.
        foreach (double x in new[] { -0.2, 0.9, 0.1 })
        {
            double nextOutput = Sigma(b * h);
            h = Sigma((a * x) + (r * h) + (q * o));
            o = nextOutput;
            AssertOutputs([o], network, x);
        }
    }

    [Fact]
    public void AnOutputNotReachedIn19PassesMakesEveryOutputNaN()
    {
        // Output 1 reads the input; output 2 reads nothing: never reached.
        NeatGraphNetwork disconnected = Load(1, 2, [], [(0, 1, 1.0)]);
        var output = new double[2];
        for (int step = 0; step < 3; step++)
        {
            disconnected.Step([0.5], output);
            Assert.True(double.IsNaN(output[0]) && double.IsNaN(output[1]));
        }

        Assert.Equal(1, HeldInput.Run(disconnected, [0.5], 10, output));
        Assert.True(double.IsNaN(output[0]));

        // A chain of k hidden nodes, each fed by the one after it in node order, reaches the output in pass
        // k + 1: 18 hidden nodes take the 19th pass, 19 would need a 20th, where NEAT gives up.
        Assert.False(double.IsNaN(Step(ReverseChain(18), 0.5)));
        Assert.True(double.IsNaN(Step(ReverseChain(19), 0.5)));
    }

    [Fact]
    public void AnXorNetworkWithAnUnreachableOutputIsBroken()
    {
        var spec = new NeatGraphSpec(3, 1, new NeatGraphOptions { ActivationScheme = NeatGraphScheme.Neat121 });
        NeatGenome genome = new(
            [new NeatNodeGene(0, NeatNodeType.Input), new NeatNodeGene(1, NeatNodeType.Input), new NeatNodeGene(2, NeatNodeType.Input), new NeatNodeGene(3, NeatNodeType.Output)],
            [new(0, 0, 3, 1.0, false)]);
        IRecurrentNetwork network = spec.Create();
        spec.Load(NeatGenomeEncoding.Encode(genome), network);
        ITaskEvaluator evaluator = new XorTask(new XorOptions { Ticks = 10 }, new TaskContext(default)).CreateEvaluator();

        Assert.Equal(Evaluation.Broken(1), evaluator.Evaluate(network, default));
    }

    [Fact]
    public void AFlushStopsAtANodeNotReachedAndLeavesItsSourcesAsTheyWere()
    {
        // in 0 -> out 1 (c), hidden 2 -> out 1 (e), hidden 3 -> hidden 2 (b), in 0 -> hidden 3 (a).
        const double a = 0.8;
        const double b = -1.4;
        const double c = 0.3;
        const double e = 1.7;
        NeatGraphNetwork network = Load(1, 1, [Hidden(2), Hidden(3)], [(0, 1, c), (2, 1, e), (3, 2, b), (0, 3, a)]);

        // Step 1 is one pass: the output (fed by the sensor) and node 3 are updated; node 2 reads node 3's
        // flag from before, clear, and is not.
        AssertOutputs([Sigma((c * 0.2) + (e * 0.0))], network, 0.2);
        Assert.Equal(2, network.ReachedCount);

        // The flush clears the output and follows only reached sources: node 2 is not, so node 3 keeps
        // σ(a · 0.2) and its mark. The next step flags node 2 (node 3's kept flag) with that old value.
        network.Reset();
        Assert.Equal(1, network.ReachedCount);
        AssertOutputs([Sigma((c * -0.5) + (e * 0.0))], network, -0.5);
        AssertOutputs([Sigma((c * 0.6) + (e * Sigma(b * Sigma(a * 0.2))))], network, 0.6);
    }

    [Fact]
    public void OnceEveryNodeIsReachedTheSchemesAgreeBitForBitOnRandomAcyclicGenomes()
    {
        var random = new RandomStream(new StreamKey(121));
        var neat121Spec = new NeatGraphSpec(2, 2, new NeatGraphOptions { Bias = true, ActivationScheme = NeatGraphScheme.Neat121 });
        var synchronousSpec = new NeatGraphSpec(2, 2, new NeatGraphOptions { Bias = true });
        var neat121 = (NeatGraphNetwork)neat121Spec.Create();
        var synchronous = (NeatGraphNetwork)synchronousSpec.Create();
        var neat121Output = new double[2];
        var synchronousOutput = new double[2];
        int differedOnTheWay = 0;
        int acyclic = 0;
        for (int trial = 0; trial < 100; trial++)
        {
            double[] encoding = NeatGenomeEncoding.Encode(NeatGraphSettlingTests.RandomGenome(2, true, 2, 0.0, 1 + (trial % 30), random));
            neat121Spec.Load(encoding, neat121);
            synchronousSpec.Load(encoding, synchronous);
            if (!synchronous.IsAcyclic)
            {
                continue;
            }

            acyclic++;

            // Both settle on the fixed point of the held input (depth + 1 steps at most); on the way they may differ.
            double[] input = [random.NextDouble(-1, 1), random.NextDouble(-1, 1)];
            bool differed = false;
            for (int step = 0; step < 40; step++)
            {
                neat121.Step(input, neat121Output);
                synchronous.Step(input, synchronousOutput);
                differed |= !neat121Output.SequenceEqual(synchronousOutput);
            }

            differedOnTheWay += differed ? 1 : 0;

            // Every node is reachable from the sensors (add-node splits a connection), so every node is reached,
            // and from here on a step of either scheme is the same synchronous update of the same state.
            Assert.Equal(neat121.NodeCount - neat121.SensorCount, neat121.ReachedCount);
            for (int step = 0; step < 20; step++)
            {
                input = [random.NextDouble(-1, 1), random.NextInt(3) - 1.0];
                neat121.Step(input, neat121Output);
                synchronous.Step(input, synchronousOutput);
                NetworkChecks.AssertSameBits(synchronousOutput, neat121Output);
            }
        }

        Assert.True(acyclic > 80, $"only {acyclic} acyclic genomes");
        Assert.True(differedOnTheWay > 10, $"the settling steps differed on only {differedOnTheWay} genomes of {acyclic}");
    }

    private static double Sigma(double x) => 1.0 / (1.0 + Math.Exp(-Slope * x));

    private static NeatNodeGene Hidden(int id) => new(id, NeatNodeType.Hidden);

    /// <summary>A network of <paramref name="inputs"/> inputs (ids from 0), <paramref name="outputs"/> outputs (the next ids), the given hidden nodes and connections (source id, target id, weight), in innovation order.</summary>
    private static NeatGraphNetwork Load(int inputs, int outputs, NeatNodeGene[] hidden, (int Source, int Target, double Weight)[] connections, NeatGraphScheme scheme = NeatGraphScheme.Neat121)
    {
        var nodes = new List<NeatNodeGene>();
        for (int n = 0; n < inputs + outputs; n++)
        {
            nodes.Add(new NeatNodeGene(n, n < inputs ? NeatNodeType.Input : NeatNodeType.Output));
        }

        nodes.AddRange(hidden);
        var genes = connections.Select((c, i) => new NeatConnectionGene(i, c.Source, c.Target, c.Weight, true)).ToList();
        var spec = new NeatGraphSpec(inputs, outputs, new NeatGraphOptions { ActivationScheme = scheme });
        var network = (NeatGraphNetwork)spec.Create();
        spec.Load(NeatGenomeEncoding.Encode(new NeatGenome(nodes, genes)), network);
        return network;
    }

    /// <summary>in 0 → hidden k + 1 → hidden k → … → hidden 2 → out 1, all weights 1.</summary>
    private static NeatGraphNetwork ReverseChain(int hiddenCount)
    {
        int last = hiddenCount + 1;
        var connections = new List<(int, int, double)> { (0, last, 1.0) };
        for (int id = last; id > 2; id--)
        {
            connections.Add((id, id - 1, 1.0));
        }

        connections.Add((2, 1, 1.0));
        return Load(1, 1, [.. Enumerable.Range(2, hiddenCount).Select(Hidden)], [.. connections]);
    }

    private static double Step(IRecurrentNetwork network, double x)
    {
        var output = new double[network.OutputCount];
        network.Step([x], output);
        return output[0];
    }

    private static void AssertOutputs(double[] expected, IRecurrentNetwork network, double x)
    {
        var output = new double[network.OutputCount];
        network.Step([x], output);
        NetworkChecks.AssertClose(expected, output, 1e-15);
    }
}
