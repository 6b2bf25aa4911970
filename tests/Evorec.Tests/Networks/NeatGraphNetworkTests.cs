using Evorec.Genomes;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Tests.Support;

namespace Evorec.Tests.Networks;

public sealed class NeatGraphNetworkTests
{
    private static readonly NeatGraphOptions Linear = new()
    {
        HiddenActivation = Activation.Linear,
        OutputActivation = Activation.Linear,
        Slope = 1.0,
    };

    [Fact]
    public void SensorConnectionsActNowAndEveryOtherConnectionOneStepLater()
    {
        // in 0 -> hidden 2 (w 1), hidden 2 -> hidden 2 (w 0.5, recurrent), hidden 2 -> out 1 (w 2), in 0 -> out 1 (w 10).
        NeatGenome genome = new(
            [new NeatNodeGene(0, NeatNodeType.Input), new NeatNodeGene(1, NeatNodeType.Output), new NeatNodeGene(2, NeatNodeType.Hidden)],
            [new(0, 0, 2, 1.0, true), new(1, 2, 2, 0.5, true), new(2, 2, 1, 2.0, true), new(3, 0, 1, 10.0, true)]);
        IRecurrentNetwork network = Load(new NeatGraphSpec(1, 1, Linear), genome);
        double[] inputs = [1.0, 2.0, 0.0, 0.0];
        double hidden = 0;
        var output = new double[1];
        foreach (double x in inputs)
        {
            double expected = (10.0 * x) + (2.0 * hidden);
            network.Step([x], output);
            Assert.Equal(expected, output[0], 12);
            hidden = x + (0.5 * hidden);
        }

        network.Reset();
        network.Step([1.0], output);
        Assert.Equal(10.0, output[0], 12);
    }

    [Fact]
    public void NodesComputeTheSteepenedSigmoidOfTheirNetInputAndTheBiasNodeIsOne()
    {
        var spec = new NeatGraphSpec(1, 1, new NeatGraphOptions { Bias = true });
        NeatGenome genome = new(
            [new NeatNodeGene(0, NeatNodeType.Input), new NeatNodeGene(1, NeatNodeType.Bias), new NeatNodeGene(2, NeatNodeType.Output)],
            [new(0, 0, 2, 0.25, true), new(1, 1, 2, -0.5, true)]);
        IRecurrentNetwork network = Load(spec, genome);
        var output = new double[1];
        network.Step([2.0], output);

        Assert.Equal(1.0 / (1.0 + Math.Exp(-4.924273 * 0.0)), output[0], 15);
        network.Step([4.0], output);
        Assert.Equal(1.0 / (1.0 + Math.Exp(-4.924273 * 0.5)), output[0], 15);
    }

    [Fact]
    public void AHandWiredXorGraphSolvesTheXorTaskOnceTheSignalHasSettled()
    {
        // Bias-free XOR: hidden h = sigma(20a + 20b - 30) is AND; out = sigma(20a + 20b - 40h - 10) using the task's bias input 1.
        var spec = new NeatGraphSpec(3, 1, new NeatGraphOptions { Slope = 1.0 });
        NeatGenome genome = new(
            [new NeatNodeGene(0, NeatNodeType.Input), new NeatNodeGene(1, NeatNodeType.Input), new NeatNodeGene(2, NeatNodeType.Input), new NeatNodeGene(3, NeatNodeType.Output), new NeatNodeGene(4, NeatNodeType.Hidden)],
            [new(0, 0, 3, -10.0, true), new(1, 1, 3, 20.0, true), new(2, 2, 3, 20.0, true), new(3, 0, 4, -30.0, true), new(4, 1, 4, 20.0, true), new(5, 2, 4, 20.0, true), new(6, 4, 3, -40.0, true)]);
        IRecurrentNetwork network = Load(spec, genome);
        ITaskEvaluator oneTick = new XorTask(new XorOptions { Ticks = 1 }, new TaskContext(default)).CreateEvaluator();
        ITaskEvaluator settled = new XorTask(new XorOptions { Ticks = 3 }, new TaskContext(default)).CreateEvaluator();

        Assert.False(oneTick.Evaluate(network, default).Solved);
        Evaluation evaluation = settled.Evaluate(network, default);
        Assert.True(evaluation.Solved);
        Assert.True(evaluation.Error < 1e-3);
    }

    [Theory]
    [InlineData(NeatGraphScheme.Synchronous)]
    [InlineData(NeatGraphScheme.Neat121)]
    public void StepAndReloadingAGraphOfTheSameSizeAllocateNothing(NeatGraphScheme scheme)
    {
        var spec = new NeatGraphSpec(3, 1, new NeatGraphOptions { Bias = true, ActivationScheme = scheme });
        var random = new RandomStream(new StreamKey(11));
        NeatGenome genome = NeatGenome.CreateMinimal(3, true, 1, random, 1.0);
        double[] encoding = NeatGenomeEncoding.Encode(genome);
        IRecurrentNetwork network = spec.Create();
        spec.Load(encoding, network);
        double[] input = [0.1, 0.2, 0.3];
        var output = new double[1];
        network.Step(input, output);

        Assert.Equal(0, SteadyAllocation.Bytes(() =>
        {
            for (int i = 0; i < 1000; i++)
            {
                spec.Load(encoding, network);
                network.Step(input, output);
                network.Reset();
            }
        }));
    }

    [Fact]
    public void TheSpecRefusesEncodingsThatDoNotFitTheTask()
    {
        var spec = new NeatGraphSpec(2, 1, new NeatGraphOptions());
        double[] threeInputs = NeatGenomeEncoding.Encode(NeatGenome.CreateMinimal(3, false, 1, new RandomStream(new StreamKey(1)), 1.0));

        Assert.False(spec.HasFixedLayout);
        Assert.True(spec.Accepts(threeInputs));
        Assert.Throws<ArgumentException>(() => spec.Load(threeInputs, spec.Create()));
        Assert.False(spec.Accepts([1.0, 2.0]));
    }

    private static IRecurrentNetwork Load(NeatGraphSpec spec, NeatGenome genome)
    {
        IRecurrentNetwork network = spec.Create();
        spec.Load(NeatGenomeEncoding.Encode(genome), network);
        return network;
    }
}
