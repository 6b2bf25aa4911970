using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Tests.Networks;

public sealed class ElmanNetworkTests
{
    private static readonly double[,] InputWeights = { { 0.4, -0.6 }, { 0.9, 0.2 }, { -0.3, 0.5 } };
    private static readonly double[,] RecurrentWeights = { { 0.1, -0.7, 0.3 }, { 0.6, 0.2, -0.4 }, { -0.5, 0.8, 0.05 } };
    private static readonly double[] Bias = [0.1, -0.2, 0.3];
    private static readonly double[,] OutputWeights = { { 1.2, -0.8, 0.5 }, { -0.3, 0.7, 1.1 } };
    private static readonly double[] OutputBias = [0.05, -0.15];

    [Fact]
    public void ThreeStepsMatchElmanEquationsWorkedByHand()
    {
        var spec = new ElmanSpec(2, 2, new ElmanOptions { Hidden = 3 });
        IRecurrentNetwork network = spec.Create();
        spec.Load(NetworkChecks.Pack(InputWeights, RecurrentWeights, Bias, OutputWeights, OutputBias), network);

        // Elman 1990: h(t) = tanh(W_in x(t) + W_rec h(t-1) + b), y(t) = W_out h(t) + b_out, h(0) = 0.
        var hidden = new double[3];
        foreach (double[] x in NetworkChecks.ThreeInputs)
        {
            var next = new double[3];
            for (int j = 0; j < 3; j++)
            {
                double sum = Bias[j];
                for (int i = 0; i < 2; i++)
                {
                    sum += InputWeights[j, i] * x[i];
                }

                for (int k = 0; k < 3; k++)
                {
                    sum += RecurrentWeights[j, k] * hidden[k];
                }

                next[j] = Math.Tanh(sum);
            }

            hidden = next;
            var expected = new double[2];
            for (int o = 0; o < 2; o++)
            {
                expected[o] = OutputBias[o];
                for (int j = 0; j < 3; j++)
                {
                    expected[o] += OutputWeights[o, j] * hidden[j];
                }
            }

            var output = new double[2];
            network.Step(x, output);
            NetworkChecks.AssertClose(expected, output);
        }
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(2, 3, 2)]
    [InlineData(4, 10, 3)]
    public void ParameterCountIsHiddenTimesInputsHiddenAndOneThenOutputsTimesHiddenAndOne(int inputs, int hidden, int outputs)
    {
        var spec = new ElmanSpec(inputs, outputs, new ElmanOptions { Hidden = hidden });
        Assert.Equal((hidden * (inputs + hidden + 1)) + (outputs * (hidden + 1)), spec.Layout.Count);
        Assert.Equal(hidden + outputs, spec.Layout.NeuronGroups.Count);
    }

    [Fact]
    public void StepAllocatesNothingAndResetRestoresTheInitialState()
    {
        var spec = new ElmanSpec(2, 2, new ElmanOptions { Hidden = 3 });
        IRecurrentNetwork network = spec.Create();
        double[] parameters = NetworkChecks.Parameters(spec);
        NetworkChecks.AssertHotPathAllocatesNothing(spec, network, parameters);
        NetworkChecks.AssertResetRestoresInitialState(spec, network, parameters);
    }

    [Fact]
    public void LayoutPartitionsParametersAndReadoutReadsHiddenAndBias()
    {
        var spec = new ElmanSpec(2, 2, new ElmanOptions { Hidden = 3 });
        IRecurrentNetwork network = spec.Create();
        NetworkChecks.AssertLayoutIsConsistent(spec, network);
        NetworkChecks.AssertOutputIsReadoutOfFeatures(spec, network, NetworkChecks.Parameters(spec));
        Assert.NotNull(new ElmanSpec(2, 2, new ElmanOptions { OutputActivation = Activation.Tanh }).ReadoutUnsupportedReason);
    }

    /// <summary>
    /// The step keeps its state in padded, aligned buffers and adds the input part per panel
    /// (<see cref="PackedMatrix.MultiplyAddProduct"/>); every hidden value and output must stay
    /// bit-identical to the plain order: W_rec h by <see cref="Kernels.MatrixVector"/>, plus (W_in x by
    /// MatrixVector, plus the bias), tanh over the exact span, the readout by <see cref="Kernels.Dot"/>.
    /// </summary>
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1, 3, 1)]
    [InlineData(2, 4, 2)]
    [InlineData(3, 5, 1)]
    [InlineData(1, 7, 2)]
    [InlineData(9, 8, 1)]
    [InlineData(1, 10, 1)]
    [InlineData(2, 13, 3)]
    [InlineData(1, 50, 1)]
    [InlineData(4, 51, 2)]
    public void StepsAreBitIdenticalToThePlainProductsAndTanh(int inputs, int hiddenCount, int outputs)
    {
        var spec = new ElmanSpec(inputs, outputs, new ElmanOptions { Hidden = hiddenCount });
        var network = (ElmanNetwork)spec.Create();
        foreach (double scale in new[] { 0.3, 1.5 })
        {
            double[] parameters = NetworkChecks.Parameters(spec, scale);
            spec.Load(parameters, network);
            double[] inputWeights = spec.InputWeights.Slice(parameters).ToArray();
            double[] recurrentWeights = spec.RecurrentWeights.Slice(parameters).ToArray();
            double[] bias = spec.HiddenBias.Slice(parameters).ToArray();
            double[] outputWeights = spec.OutputWeights.Slice(parameters).ToArray();
            double[] outputBias = spec.OutputBias.Slice(parameters).ToArray();
            var hidden = new double[hiddenCount];
            var inputPart = new double[hiddenCount];
            var sums = new double[hiddenCount];
            var output = new double[outputs];
            foreach (double[] x in NetworkChecks.Inputs(inputs, 40, seed: hiddenCount))
            {
                Kernels.MatrixVector(inputWeights, x, inputPart);
                Kernels.MatrixVector(recurrentWeights, hidden, sums);
                for (int j = 0; j < hiddenCount; j++)
                {
                    hidden[j] = sums[j] + (inputPart[j] + bias[j]);
                }

                VectorMath.Tanh(hidden);
                network.Step(x, output);
                Assert.Equal(hidden.Select(BitConverter.DoubleToInt64Bits), network.Hidden.ToArray().Select(BitConverter.DoubleToInt64Bits));
                for (int k = 0; k < outputs; k++)
                {
                    double expected = outputBias[k] + Kernels.Dot(outputWeights.AsSpan(k * hiddenCount, hiddenCount), hidden);
                    Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(output[k]));
                }
            }
        }
    }
}
