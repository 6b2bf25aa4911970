using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tests.Support;

namespace Evorec.Tests.Networks;

public sealed class FeedForwardNetworkTests
{
    private static readonly double[,] FirstWeights = { { 0.4, -0.6 }, { 0.9, 0.2 }, { -0.3, 0.5 } };
    private static readonly double[] FirstBias = [0.1, -0.2, 0.3];
    private static readonly double[,] SecondWeights = { { 0.7, -0.4, 0.2 }, { -0.5, 0.3, 0.8 } };
    private static readonly double[] SecondBias = [-0.1, 0.25];
    private static readonly double[,] OutputWeights = { { 1.2, -0.8 } };
    private static readonly double[] OutputBias = [0.05];

    [Fact]
    public void EachStepIsTheMultilayerPerceptronOfItsInputWorkedByHand()
    {
        var spec = new FeedForwardSpec(2, 1, new FeedForwardOptions { Hidden = [3, 2], OutputActivation = Activation.Logistic });
        IRecurrentNetwork network = spec.Create();
        spec.Load(NetworkChecks.Pack(FirstWeights, FirstBias, SecondWeights, SecondBias, OutputWeights, OutputBias), network);

        // Rumelhart, Hinton & Williams 1986: h1 = tanh(W1 x + b1), h2 = tanh(W2 h1 + b2), y = logistic(W_out h2 + b_out).
        foreach (double[] x in NetworkChecks.ThreeInputs)
        {
            double[] first = Layer(FirstWeights, FirstBias, x, Math.Tanh);
            double[] second = Layer(SecondWeights, SecondBias, first, Math.Tanh);
            double[] expected = Layer(OutputWeights, OutputBias, second, a => 1.0 / (1.0 + Math.Exp(-a)));
            var output = new double[1];
            network.Step(x, output);
            NetworkChecks.AssertClose(expected, output);
        }
    }

    [Fact]
    public void TheOutputDependsOnTheCurrentInputOnly()
    {
        var spec = new FeedForwardSpec(2, 2, new FeedForwardOptions { Hidden = [4] });
        IRecurrentNetwork network = spec.Create();
        spec.Load(NetworkChecks.Parameters(spec), network);
        double[] probe = [0.3, -0.9];
        var fresh = new double[2];
        network.Step(probe, fresh);
        NetworkChecks.Run(network, NetworkChecks.Inputs(2, 20));
        var afterHistory = new double[2];
        network.Step(probe, afterHistory);
        Assert.Equal(fresh, afterHistory);
    }

    [Fact]
    public void WithoutHiddenLayersItIsTheSquashedLinearPolicy()
    {
        var spec = new FeedForwardSpec(3, 1, new FeedForwardOptions { Hidden = [], Bias = false, OutputActivation = Activation.Tanh });
        Assert.Equal(3, spec.Layout.Count);
        IRecurrentNetwork network = spec.Create();
        double[] weights = [0.5, -1.5, 2.0];
        spec.Load(weights, network);
        var output = new double[1];
        network.Step([0.2, 0.1, -0.4], output);
        Assert.Equal(Math.Tanh((0.5 * 0.2) - (1.5 * 0.1) - (2.0 * 0.4)), output[0], 1e-14);
        Assert.Equal("feed-forward 3-1, no bias", spec.Describe());
    }

    [Theory]
    [InlineData(2, new int[0], 1, true, 3)]
    [InlineData(6, new[] { 6 }, 1, false, 42)]
    [InlineData(6, new[] { 6 }, 1, true, 49)]
    [InlineData(2, new[] { 3, 4 }, 2, true, 35)]
    public void ParameterCountIsTheSumOfTheLayersWeightsAndBiases(int inputs, int[] hidden, int outputs, bool bias, int expected)
    {
        var spec = new FeedForwardSpec(inputs, outputs, new FeedForwardOptions { Hidden = hidden, Bias = bias });
        Assert.Equal(expected, spec.Layout.Count);
        Assert.Equal(hidden.Sum() + (hidden.Length == 0 || bias ? outputs : 0), spec.Layout.NeuronGroups.Count);
    }

    [Theory]
    [InlineData(new[] { 3 }, true)]
    [InlineData(new[] { 3, 2 }, false)]
    [InlineData(new int[0], true)]
    [InlineData(new int[0], false)]
    public void LayoutPartitionsParametersAllocatesNothingAndReadoutReadsTheLastLayer(int[] hidden, bool bias)
    {
        var spec = new FeedForwardSpec(2, 2, new FeedForwardOptions { Hidden = hidden, Bias = bias });
        IRecurrentNetwork network = spec.Create();
        double[] parameters = NetworkChecks.Parameters(spec);
        NetworkChecks.AssertLayoutIsConsistent(spec, network);
        NetworkChecks.AssertHotPathAllocatesNothing(spec, network, parameters);
        NetworkChecks.AssertResetRestoresInitialState(spec, network, parameters);
        NetworkChecks.AssertOutputIsReadoutOfFeatures(spec, network, parameters);
    }

    [Fact]
    public void AnEmptyHiddenLayerIsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new FeedForwardSpec(2, 1, new FeedForwardOptions { Hidden = [3, 0] }));
        Assert.Contains("every hidden layer needs at least one neuron", error.Message);
        Assert.NotNull(new FeedForwardSpec(2, 1, new FeedForwardOptions { OutputActivation = Activation.Tanh }).ReadoutUnsupportedReason);
    }

    [Fact]
    public void AnEmptyHiddenListInAConfigIsANetworkWithoutHiddenLayers()
    {
        using var folder = new TemporaryFolder();
        var plan = Suites.Load(folder, """
            {
              "suite": "linear-policy", "budget": { "evaluations": 10 },
              "experiments": [ { "name": "a", "task": { "type": "cart-pole", "poles": 1 }, "network": { "type": "feed-forward", "hidden": [], "bias": false }, "trainer": { "type": "rwg" } } ]
            }
            """);
        var options = (FeedForwardOptions)plan.Experiments[0].Network.Options;
        Assert.Empty(options.Hidden);
        Assert.False(options.Bias);
    }

    /// <summary>
    /// Each layer is one pass over its packed weights with the activation one panel behind the
    /// products (<see cref="PackedMatrix.MultiplyAddApply"/>), into padded, aligned buffers; every
    /// output and readout feature must stay bit-identical to the plain order: the product by
    /// <see cref="Kernels.MatrixVector"/>, plus the bias (<see cref="Kernels.Add"/>), then the activation
    /// over the exact span (<see cref="ActivationFunctions.ApplyInPlace"/>).
    /// </summary>
    [Theory]
    [InlineData(1, new[] { 1 }, 1, true, Activation.Tanh, Activation.Linear)]
    [InlineData(1, new[] { 10 }, 1, true, Activation.Tanh, Activation.Linear)]
    [InlineData(3, new[] { 5 }, 2, false, Activation.Tanh, Activation.Tanh)]
    [InlineData(2, new[] { 4, 7 }, 3, true, Activation.Logistic, Activation.Logistic)]
    [InlineData(5, new[] { 9, 3, 13 }, 1, false, Activation.Logistic, Activation.Linear)]
    [InlineData(4, new int[0], 6, true, Activation.Tanh, Activation.Tanh)]
    [InlineData(9, new int[0], 2, false, Activation.Tanh, Activation.Linear)]
    [InlineData(1, new[] { 100, 100 }, 1, true, Activation.Tanh, Activation.Linear)]
    [InlineData(2, new[] { 17, 50 }, 5, true, Activation.Tanh, Activation.Logistic)]
    public void StepsAreBitIdenticalToThePlainProductsBiasesAndActivations(int inputs, int[] hidden, int outputs, bool bias, Activation activation, Activation outputActivation)
    {
        var spec = new FeedForwardSpec(inputs, outputs, new FeedForwardOptions { Hidden = hidden, Bias = bias, Activation = activation, OutputActivation = outputActivation });
        IRecurrentNetwork network = spec.Create();
        var features = new double[((IReadoutFeatures)network).FeatureCount];
        var output = new double[outputs];
        foreach (double scale in new[] { 0.3, 1.5 })
        {
            double[] parameters = NetworkChecks.Parameters(spec, scale);
            spec.Load(parameters, network);
            foreach (double[] x in NetworkChecks.Inputs(inputs, 20, seed: hidden.Sum()))
            {
                double[] below = x;
                var layers = new List<double[]>();
                for (int l = 0; l < spec.WeightLayerCount; l++)
                {
                    var layer = new double[spec.SizeOf(l)];
                    Kernels.MatrixVector(spec.Weights(l).Slice(parameters), below, layer);
                    if (spec.BiasOf(l) is { } block)
                    {
                        Kernels.Add(block.Slice(parameters), layer);
                    }

                    ActivationFunctions.ApplyInPlace(spec.ActivationOf(l), layer);
                    layers.Add(layer);
                    below = layer;
                }

                network.Step(x, output);
                Assert.Equal(below.Select(BitConverter.DoubleToInt64Bits), output.Select(BitConverter.DoubleToInt64Bits));
                ((IReadoutFeatures)network).ReadFeatures(features);
                double[] last = hidden.Length == 0 ? x : layers[^2];
                Assert.Equal(last.Select(BitConverter.DoubleToInt64Bits), features.Take(last.Length).Select(BitConverter.DoubleToInt64Bits));
            }
        }
    }

    private static double[] Layer(double[,] weights, double[] bias, double[] below, Func<double, double> activation)
    {
        var result = new double[bias.Length];
        for (int j = 0; j < bias.Length; j++)
        {
            double sum = bias[j];
            for (int i = 0; i < below.Length; i++)
            {
                sum += weights[j, i] * below[i];
            }

            result[j] = activation(sum);
        }

        return result;
    }
}
