using Evorec.Networks;

namespace Evorec.Tests.Networks;

public sealed class FullyRecurrentNetworkTests
{
    private static readonly double[,] RecurrentWeights = { { 0.2, -0.5, 0.7 }, { 0.4, 0.1, -0.6 }, { -0.8, 0.3, 0.25 } };
    private static readonly double[,] InputWeights = { { 0.5, -0.4 }, { 0.3, 0.9 }, { -0.7, 0.6 } };
    private static readonly double[] Bias = [0.1, -0.05, 0.2];

    [Fact]
    public void ThreeStepsMatchWilliamsZipserEquationsWorkedByHandWithTeacherForcing()
    {
        var spec = new FullyRecurrentSpec(2, 2, new FullyRecurrentOptions { Neurons = 3, Activation = Activation.Tanh, OutputActivation = Activation.Linear });
        IRecurrentNetwork network = spec.Create();
        spec.Load(NetworkChecks.Pack(RecurrentWeights, InputWeights, Bias), network);
        double[] target = [0.9, -0.4];

        // Williams & Zipser 1989: y_i(t) = f_i(sum_j W_ij y_j(t-1) + sum_m U_im x_m(t) + b_i); neurons 0, 1 are
        // the (linear) outputs, neuron 2 is tanh. After step 1 the outputs are teacher-forced to the target.
        var state = new double[3];
        for (int t = 0; t < 3; t++)
        {
            double[] x = NetworkChecks.ThreeInputs[t];
            var next = new double[3];
            for (int i = 0; i < 3; i++)
            {
                double sum = Bias[i];
                for (int j = 0; j < 3; j++)
                {
                    sum += RecurrentWeights[i, j] * state[j];
                }

                for (int m = 0; m < 2; m++)
                {
                    sum += InputWeights[i, m] * x[m];
                }

                next[i] = i < 2 ? sum : Math.Tanh(sum);
            }

            state = next;
            var output = new double[2];
            network.Step(x, output);
            NetworkChecks.AssertClose([state[0], state[1]], output);
            if (t == 0)
            {
                ((ITeacherForcible)network).ForceOutputs(target);
                state[0] = target[0];
                state[1] = target[1];
            }
        }
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(2, 3, 2)]
    [InlineData(3, 8, 2)]
    public void ParameterCountIsNeuronsTimesNeuronsInputsAndOne(int inputs, int neurons, int outputs)
    {
        var spec = new FullyRecurrentSpec(inputs, outputs, new FullyRecurrentOptions { Neurons = neurons });
        Assert.Equal(neurons * (neurons + inputs + 1), spec.Layout.Count);
        Assert.Equal(neurons, spec.Layout.NeuronGroups.Count);
    }

    [Fact]
    public void StepAllocatesNothingResetRestoresAndLayoutPartitions()
    {
        var spec = new FullyRecurrentSpec(2, 2, new FullyRecurrentOptions { Neurons = 3 });
        IRecurrentNetwork network = spec.Create();
        double[] parameters = NetworkChecks.Parameters(spec);
        NetworkChecks.AssertHotPathAllocatesNothing(spec, network, parameters);
        NetworkChecks.AssertResetRestoresInitialState(spec, network, parameters);
        NetworkChecks.AssertLayoutIsConsistent(spec, network);
        Assert.NotNull(spec.ReadoutUnsupportedReason);
    }

    [Fact]
    public void WithoutBiasTheLayoutDropsTheBiasBlockAndTheStepIsTheBiasedStepWithZeroBias()
    {
        // Gomez's CoSyNE 1.1 code (FullyRecurrentNetwork.C) has no bias weights: the neurons see a constant input.
        var options = new FullyRecurrentOptions { Neurons = 3, Activation = Activation.Tanh, OutputActivation = Activation.Logistic };
        var biased = new FullyRecurrentSpec(2, 1, options);
        options.Bias = false;
        var unbiased = new FullyRecurrentSpec(2, 1, options);
        Assert.Equal(3 * (3 + 2), unbiased.Layout.Count);
        Assert.Null(unbiased.Bias);
        Assert.All(unbiased.Layout.NeuronGroups, group => Assert.Equal(3 + 2, group.Indices.Count));
        Assert.Contains("no bias", unbiased.Describe(), StringComparison.Ordinal);

        double[] withoutBias = NetworkChecks.Pack(RecurrentWeights, InputWeights);
        double[] withZeroBias = NetworkChecks.Pack(RecurrentWeights, InputWeights, new double[3]);
        IRecurrentNetwork a = unbiased.Create();
        IRecurrentNetwork b = biased.Create();
        unbiased.Load(withoutBias, a);
        biased.Load(withZeroBias, b);
        var outA = new double[1];
        var outB = new double[1];
        for (int t = 0; t < 3; t++)
        {
            a.Step(NetworkChecks.ThreeInputs[t], outA);
            b.Step(NetworkChecks.ThreeInputs[t], outB);
            Assert.Equal(outB[0], outA[0]);
        }

        double[] parameters = NetworkChecks.Parameters(unbiased);
        NetworkChecks.AssertHotPathAllocatesNothing(unbiased, a, parameters);
        NetworkChecks.AssertLayoutIsConsistent(unbiased, a);
    }
}
