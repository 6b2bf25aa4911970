using Evorec.Networks;

namespace Evorec.Tests.Networks;

public sealed class NarxNetworkTests
{
    // Hidden 3, input delays n_u = 1 (taps u(t), u(t-1): 4 columns), output delays n_y = 2 (y(t-1), y(t-2): 4 columns).
    private static readonly double[,] InputWeights = { { 0.4, -0.6, 0.2, 0.1 }, { 0.9, 0.2, -0.3, 0.5 }, { -0.3, 0.5, 0.6, -0.2 } };
    private static readonly double[,] FeedbackWeights = { { 0.7, -0.2, 0.3, 0.1 }, { -0.5, 0.6, -0.1, 0.4 }, { 0.3, 0.4, 0.2, -0.6 } };
    private static readonly double[] Bias = [0.1, -0.2, 0.3];
    private static readonly double[,] OutputWeights = { { 1.2, -0.8, 0.5 }, { -0.3, 0.7, 1.1 } };
    private static readonly double[] OutputBias = [0.05, -0.15];

    [Fact]
    public void ThreeStepsMatchNarxEquationsWorkedByHandWithTeacherForcing()
    {
        var spec = new NarxSpec(2, 2, new NarxOptions { Hidden = 3, InputDelays = 1, OutputDelays = 2 });
        IRecurrentNetwork network = spec.Create();
        spec.Load(NetworkChecks.Pack(InputWeights, FeedbackWeights, Bias, OutputWeights, OutputBias), network);
        double[] target = [0.6, -0.9];

        // Lin et al. 1996: y(t) = Psi(u(t), u(t-1), y(t-1), y(t-2)); Psi a tanh MLP with linear outputs.
        // Histories hold zeros before t = 0. After step 1 the fed-back y(0) is teacher-forced to the target.
        var u = new List<double[]>();
        var y = new List<double[]>();
        double[] Past(List<double[]> history, int t) => t >= 0 ? history[t] : [0.0, 0.0];
        for (int t = 0; t < 3; t++)
        {
            u.Add(NetworkChecks.ThreeInputs[t]);
            double[] inputTaps = [.. Past(u, t), .. Past(u, t - 1)];
            double[] outputTaps = [.. Past(y, t - 1), .. Past(y, t - 2)];
            var hidden = new double[3];
            for (int j = 0; j < 3; j++)
            {
                double sum = Bias[j];
                for (int c = 0; c < 4; c++)
                {
                    sum += (InputWeights[j, c] * inputTaps[c]) + (FeedbackWeights[j, c] * outputTaps[c]);
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
            network.Step(u[t], output);
            NetworkChecks.AssertClose(expected, output);
            y.Add(expected);
            if (t == 0)
            {
                ((ITeacherForcible)network).ForceOutputs(target);
                y[0] = target;
            }
        }
    }

    [Theory]
    [InlineData(1, 1, 1, 0, 1)]
    [InlineData(2, 3, 2, 1, 2)]
    [InlineData(3, 5, 2, 4, 3)]
    public void ParameterCountIsHiddenTimesTapsAndOneThenOutputsTimesHiddenAndOne(int inputs, int hidden, int outputs, int inputDelays, int outputDelays)
    {
        var spec = new NarxSpec(inputs, outputs, new NarxOptions { Hidden = hidden, InputDelays = inputDelays, OutputDelays = outputDelays });
        int taps = ((inputDelays + 1) * inputs) + (outputDelays * outputs);
        Assert.Equal((hidden * (taps + 1)) + (outputs * (hidden + 1)), spec.Layout.Count);
        Assert.Equal(hidden + outputs, spec.Layout.NeuronGroups.Count);
    }

    [Fact]
    public void StepAllocatesNothingResetRestoresAndLayoutPartitions()
    {
        var spec = new NarxSpec(2, 2, new NarxOptions { Hidden = 3, InputDelays = 2, OutputDelays = 3 });
        IRecurrentNetwork network = spec.Create();
        double[] parameters = NetworkChecks.Parameters(spec);
        NetworkChecks.AssertHotPathAllocatesNothing(spec, network, parameters);
        NetworkChecks.AssertResetRestoresInitialState(spec, network, parameters);
        NetworkChecks.AssertLayoutIsConsistent(spec, network);
        NetworkChecks.AssertOutputIsReadoutOfFeatures(spec, network, parameters);
        Assert.True(spec.ReadoutNeedsTeacherForcing);
    }

    [Fact]
    public void RejectsAnOutputDelayOrderBelowOne()
    {
        Assert.Throws<ArgumentException>(() => new NarxSpec(1, 1, new NarxOptions { OutputDelays = 0 }));
    }
}
