using Evorec.Networks;

namespace Evorec.Tests.Networks;

public sealed class JordanNetworkTests
{
    private static readonly double[,] InputWeights = { { 0.4, -0.6 }, { 0.9, 0.2 }, { -0.3, 0.5 } };
    private static readonly double[,] ContextWeights = { { 0.7, -0.2 }, { -0.5, 0.6 }, { 0.3, 0.4 } };
    private static readonly double[] Bias = [0.1, -0.2, 0.3];
    private static readonly double[,] OutputWeights = { { 1.2, -0.8, 0.5 }, { -0.3, 0.7, 1.1 } };
    private static readonly double[] OutputBias = [0.05, -0.15];
    private const double Decay = 0.5;

    [Fact]
    public void ThreeStepsMatchJordanEquationsWorkedByHandWithTeacherForcing()
    {
        var spec = new JordanSpec(2, 2, new JordanOptions { Hidden = 3, ContextDecay = Decay });
        IRecurrentNetwork network = spec.Create();
        spec.Load(NetworkChecks.Pack(InputWeights, ContextWeights, Bias, OutputWeights, OutputBias), network);
        double[] target = [0.6, -0.9];

        // Jordan 1986: s(t) = mu s(t-1) + y(t-1); h(t) = tanh(W_in x + W_ctx s + b); y = W_out h + b_out.
        // After step 2 the output fed back is teacher-forced to the target.
        var context = new double[2];
        var previousOutput = new double[2];
        for (int t = 0; t < 3; t++)
        {
            double[] x = NetworkChecks.ThreeInputs[t];
            for (int k = 0; k < 2; k++)
            {
                context[k] = (Decay * context[k]) + previousOutput[k];
            }

            var hidden = new double[3];
            for (int j = 0; j < 3; j++)
            {
                double sum = Bias[j];
                for (int i = 0; i < 2; i++)
                {
                    sum += InputWeights[j, i] * x[i];
                }

                for (int k = 0; k < 2; k++)
                {
                    sum += ContextWeights[j, k] * context[k];
                }

                hidden[j] = Math.Tanh(sum);
            }

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
            previousOutput = expected;
            if (t == 1)
            {
                ((ITeacherForcible)network).ForceOutputs(target);
                previousOutput = target;
            }
        }
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(2, 3, 2)]
    [InlineData(4, 10, 3)]
    public void ParameterCountIsHiddenTimesInputsOutputsAndOneThenOutputsTimesHiddenAndOne(int inputs, int hidden, int outputs)
    {
        var spec = new JordanSpec(inputs, outputs, new JordanOptions { Hidden = hidden });
        Assert.Equal((hidden * (inputs + outputs + 1)) + (outputs * (hidden + 1)), spec.Layout.Count);
        Assert.Equal(hidden + outputs, spec.Layout.NeuronGroups.Count);
    }

    [Fact]
    public void StepAllocatesNothingResetRestoresAndLayoutPartitions()
    {
        var spec = new JordanSpec(2, 2, new JordanOptions { Hidden = 3, ContextDecay = 0.3 });
        IRecurrentNetwork network = spec.Create();
        double[] parameters = NetworkChecks.Parameters(spec);
        NetworkChecks.AssertHotPathAllocatesNothing(spec, network, parameters);
        NetworkChecks.AssertResetRestoresInitialState(spec, network, parameters);
        NetworkChecks.AssertLayoutIsConsistent(spec, network);
        NetworkChecks.AssertOutputIsReadoutOfFeatures(spec, network, parameters);
        Assert.True(spec.ReadoutNeedsTeacherForcing);
    }
}
