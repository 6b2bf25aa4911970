using Evorec.Networks;

namespace Evorec.Tests.Networks;

public sealed class GruNetworkTests
{
    private static readonly double[,] ResetInput = { { 0.4, -0.6 }, { 0.9, 0.2 }, { -0.3, 0.5 } };
    private static readonly double[,] ResetRecurrent = { { 0.1, -0.7, 0.3 }, { 0.6, 0.2, -0.4 }, { -0.5, 0.8, 0.05 } };
    private static readonly double[] ResetBias = [0.1, -0.2, 0.3];
    private static readonly double[,] UpdateInput = { { -0.2, 0.3 }, { 0.5, -0.8 }, { 0.7, 0.1 } };
    private static readonly double[,] UpdateRecurrent = { { 0.3, 0.2, -0.6 }, { -0.1, 0.4, 0.9 }, { 0.2, -0.3, 0.5 } };
    private static readonly double[] UpdateBias = [-0.1, 0.25, 0.05];
    private static readonly double[,] CandidateInput = { { 0.8, 0.4 }, { -0.6, 0.9 }, { 0.2, -0.7 } };
    private static readonly double[,] CandidateRecurrent = { { -0.4, 0.6, 0.1 }, { 0.7, -0.2, 0.3 }, { 0.5, 0.4, -0.8 } };
    private static readonly double[] CandidateBias = [0.2, -0.3, 0.15];
    private static readonly double[,] OutputWeights = { { 1.2, -0.8, 0.5 }, { -0.3, 0.7, 1.1 } };
    private static readonly double[] OutputBias = [0.05, -0.15];

    [Fact]
    public void ThreeStepsMatchChoEquationsWorkedByHand()
    {
        var spec = new GruSpec(2, 2, new GruOptions { Hidden = 3 });
        IRecurrentNetwork network = spec.Create();
        spec.Load(
            NetworkChecks.Pack(
                ResetInput, ResetRecurrent, ResetBias,
                UpdateInput, UpdateRecurrent, UpdateBias,
                CandidateInput, CandidateRecurrent, CandidateBias,
                OutputWeights, OutputBias),
            network);
        static double Sigma(double x) => 1.0 / (1.0 + Math.Exp(-x));

        // Cho et al. 2014, eqs. 5-8 (with biases): r = sigma(W_r x + U_r h), z = sigma(W_z x + U_z h),
        // h~ = tanh(W x + U (r * h)), h_new = z * h + (1 - z) * h~.
        var h = new double[3];
        foreach (double[] x in NetworkChecks.ThreeInputs)
        {
            var r = new double[3];
            var z = new double[3];
            for (int j = 0; j < 3; j++)
            {
                double rs = ResetBias[j];
                double zs = UpdateBias[j];
                for (int i = 0; i < 2; i++)
                {
                    rs += ResetInput[j, i] * x[i];
                    zs += UpdateInput[j, i] * x[i];
                }

                for (int k = 0; k < 3; k++)
                {
                    rs += ResetRecurrent[j, k] * h[k];
                    zs += UpdateRecurrent[j, k] * h[k];
                }

                r[j] = Sigma(rs);
                z[j] = Sigma(zs);
            }

            var next = new double[3];
            for (int j = 0; j < 3; j++)
            {
                double s = CandidateBias[j];
                for (int i = 0; i < 2; i++)
                {
                    s += CandidateInput[j, i] * x[i];
                }

                for (int k = 0; k < 3; k++)
                {
                    s += CandidateRecurrent[j, k] * (r[k] * h[k]);
                }

                next[j] = (z[j] * h[j]) + ((1 - z[j]) * Math.Tanh(s));
            }

            h = next;
            var expected = new double[2];
            for (int o = 0; o < 2; o++)
            {
                expected[o] = OutputBias[o];
                for (int j = 0; j < 3; j++)
                {
                    expected[o] += OutputWeights[o, j] * h[j];
                }
            }

            var output = new double[2];
            network.Step(x, output);
            NetworkChecks.AssertClose(expected, output);
        }
    }

    [Fact]
    public void AnUpdateGateOfOneKeepsTheOldStateAsInChosConvention()
    {
        // z = 1 (huge update bias) must copy h(t-1): Cho's h = z h_prev + (1 - z) h~, not the (1 - z) h_prev variant.
        var spec = new GruSpec(1, 1, new GruOptions { Hidden = 1 });
        var network = (GruNetwork)spec.Create();
        double[] parameters = new double[spec.Layout.Count];
        parameters[spec.CandidateInputWeights.Offset] = 1.0;
        parameters[spec.OutputWeights.Offset] = 1.0;
        spec.Load(parameters, network);
        var output = new double[1];
        network.Step([0.5], output);
        Assert.Equal(0.5 * Math.Tanh(0.5), output[0], 15);

        parameters[spec.UpdateBias.Offset] = 800.0;
        spec.Load(parameters, network);
        network.Step([0.5], output);
        Assert.Equal(0.0, output[0]);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(2, 3, 2)]
    [InlineData(4, 10, 3)]
    public void ParameterCountIsThreeTimesHiddenTimesInputsHiddenAndOneThenTheReadout(int inputs, int hidden, int outputs)
    {
        var spec = new GruSpec(inputs, outputs, new GruOptions { Hidden = hidden });
        Assert.Equal((3 * hidden * (inputs + hidden + 1)) + (outputs * (hidden + 1)), spec.Layout.Count);
        Assert.Equal(hidden + outputs, spec.Layout.NeuronGroups.Count);
    }

    [Fact]
    public void StepAllocatesNothingResetRestoresAndLayoutPartitions()
    {
        var spec = new GruSpec(2, 2, new GruOptions { Hidden = 3 });
        IRecurrentNetwork network = spec.Create();
        double[] parameters = NetworkChecks.Parameters(spec);
        NetworkChecks.AssertHotPathAllocatesNothing(spec, network, parameters);
        NetworkChecks.AssertResetRestoresInitialState(spec, network, parameters);
        NetworkChecks.AssertLayoutIsConsistent(spec, network);
        NetworkChecks.AssertOutputIsReadoutOfFeatures(spec, network, parameters);
    }
}
