using Evorec.Networks;

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
}
