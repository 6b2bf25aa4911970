using Evorec.Networks;

namespace Evorec.Tests.Networks;

public sealed class CtrnnNetworkTests
{
    private static readonly double[,] InputWeights = { { 0.8, -0.5 }, { 0.3, 0.9 }, { -0.6, 0.4 } };
    private static readonly double[,] RecurrentWeights = { { 1.5, -2.0, 0.7 }, { 1.1, 0.4, -1.3 }, { -0.9, 1.8, 0.2 } };
    private static readonly double[] Theta = [-0.5, 0.3, 0.1];
    private static readonly double[] LogTau = [0.0, 0.4, -0.3];
    private static readonly double[] LogGain = [0.2, -0.1, 0.5];
    private static readonly double[,] OutputWeights = { { 1.2, -0.8, 0.5 }, { -0.3, 0.7, 1.1 } };
    private static readonly double[] OutputBias = [0.05, -0.15];

    [Fact]
    public void ThreeStepsMatchBeersEquationIntegratedByEulerWorkedByHand()
    {
        const double dt = 0.2;
        const int substeps = 3;
        var spec = new CtrnnSpec(2, 2, new CtrnnOptions { Neurons = 3, Dt = dt, Substeps = substeps, Gains = true });
        IRecurrentNetwork network = spec.Create();
        spec.Load(NetworkChecks.Pack(InputWeights, RecurrentWeights, Theta, LogTau, LogGain, OutputWeights, OutputBias), network);

        // Beer 1995: tau_i dy_i/dt = -y_i + sum_j w_ji sigma(g_j (y_j + theta_j)) + I_i, I_i = sum_m W_in[i,m] x_m,
        // forward Euler, 3 substeps of dt per network step; outputs W_out sigma(g (y + theta)) + b_out.
        double[] tau = LogTau.Select(Math.Exp).ToArray();
        double[] gain = LogGain.Select(Math.Exp).ToArray();
        double Rate(double[] y, int j) => 1.0 / (1.0 + Math.Exp(-gain[j] * (y[j] + Theta[j])));
        var state = new double[3];
        foreach (double[] x in NetworkChecks.ThreeInputs)
        {
            for (int s = 0; s < substeps; s++)
            {
                var next = new double[3];
                for (int i = 0; i < 3; i++)
                {
                    double derivative = -state[i];
                    for (int j = 0; j < 3; j++)
                    {
                        derivative += RecurrentWeights[i, j] * Rate(state, j);
                    }

                    for (int m = 0; m < 2; m++)
                    {
                        derivative += InputWeights[i, m] * x[m];
                    }

                    next[i] = state[i] + (dt * derivative / tau[i]);
                }

                state = next;
            }

            var expected = new double[2];
            for (int o = 0; o < 2; o++)
            {
                expected[o] = OutputBias[o];
                for (int j = 0; j < 3; j++)
                {
                    expected[o] += OutputWeights[o, j] * Rate(state, j);
                }
            }

            var output = new double[2];
            network.Step(x, output);
            NetworkChecks.AssertClose(expected, output);
            NetworkChecks.AssertClose(state, ((CtrnnNetwork)network).State.ToArray());
        }
    }

    [Fact]
    public void FiringRateOutputsAreTheFirstNeuronsRatesWithUnitGains()
    {
        var spec = new CtrnnSpec(2, 2, new CtrnnOptions { Neurons = 3, Dt = 0.5, Substeps = 1, Output = CtrnnOutput.FiringRate });
        IRecurrentNetwork network = spec.Create();
        spec.Load(NetworkChecks.Pack(InputWeights, RecurrentWeights, Theta, LogTau), network);
        double Rate(double[] y, int j) => 1.0 / (1.0 + Math.Exp(-(y[j] + Theta[j])));
        var state = new double[3];
        foreach (double[] x in NetworkChecks.ThreeInputs)
        {
            var next = new double[3];
            for (int i = 0; i < 3; i++)
            {
                double derivative = -state[i] + (InputWeights[i, 0] * x[0]) + (InputWeights[i, 1] * x[1]);
                for (int j = 0; j < 3; j++)
                {
                    derivative += RecurrentWeights[i, j] * Rate(state, j);
                }

                next[i] = state[i] + (0.5 * derivative / Math.Exp(LogTau[i]));
            }

            state = next;
            var output = new double[2];
            network.Step(x, output);
            NetworkChecks.AssertClose([Rate(state, 0), Rate(state, 1)], output);
        }

        Assert.NotNull(spec.ReadoutUnsupportedReason);
    }

    [Fact]
    public void EulerIntegrationConvergesToTheExactExponentialRelaxationAndDecayAsDtShrinks()
    {
        // One neuron, no recurrence: tau dy/dt = -y + c while the input is on, then -y once it is off.
        // Exact: y(T) = c (1 - e^{-T/tau}); then y(2T) = y(T) e^{-T/tau}. Forward Euler is first order.
        const double c = 0.8;
        const double span = 1.0;
        double tau = Math.Exp(0.5);
        double exactOn = c * (1 - Math.Exp(-span / tau));
        double exactOff = exactOn * Math.Exp(-span / tau);
        var errors = new List<double>();
        foreach (int stepsPerUnit in new[] { 10, 100, 1000, 10000 })
        {
            double dt = span / stepsPerUnit;
            var spec = new CtrnnSpec(1, 1, new CtrnnOptions { Neurons = 1, Dt = dt, Substeps = stepsPerUnit });
            var network = (CtrnnNetwork)spec.Create();
            double[] parameters = new double[spec.Layout.Count];
            parameters[spec.InputWeights.Offset] = 1.0;
            parameters[spec.LogTimeConstants.Offset] = 0.5;
            spec.Load(parameters, network);
            var output = new double[1];
            network.Step([c], output);
            double errorOn = Math.Abs(network.State[0] - exactOn);
            network.Step([0.0], output);
            double errorOff = Math.Abs(network.State[0] - exactOff);
            errors.Add(Math.Max(errorOn, errorOff));
        }

        for (int i = 1; i < errors.Count; i++)
        {
            double ratio = errors[i - 1] / errors[i];
            Assert.InRange(ratio, 8.0, 12.0);
        }

        Assert.True(errors[^1] < 1e-4, $"error at dt = 1e-4 is {errors[^1]:E2}");
    }

    [Theory]
    [InlineData(1, 1, 1, false, CtrnnOutput.Readout)]
    [InlineData(2, 3, 2, true, CtrnnOutput.Readout)]
    [InlineData(2, 3, 2, false, CtrnnOutput.FiringRate)]
    [InlineData(3, 6, 2, true, CtrnnOutput.FiringRate)]
    public void ParameterCountMatchesTheFormula(int inputs, int neurons, int outputs, bool gains, CtrnnOutput mode)
    {
        var spec = new CtrnnSpec(inputs, outputs, new CtrnnOptions { Neurons = neurons, Gains = gains, Output = mode });
        int perNeuron = inputs + neurons + 2 + (gains ? 1 : 0);
        int readout = mode == CtrnnOutput.Readout ? outputs * (neurons + 1) : 0;
        Assert.Equal((neurons * perNeuron) + readout, spec.Layout.Count);
        Assert.Equal(neurons + (mode == CtrnnOutput.Readout ? outputs : 0), spec.Layout.NeuronGroups.Count);
    }

    [Theory]
    [InlineData(CtrnnOutput.Readout)]
    [InlineData(CtrnnOutput.FiringRate)]
    public void StepAllocatesNothingResetRestoresAndLayoutPartitions(CtrnnOutput mode)
    {
        var spec = new CtrnnSpec(2, 2, new CtrnnOptions { Neurons = 3, Gains = true, Output = mode });
        IRecurrentNetwork network = spec.Create();
        double[] parameters = NetworkChecks.Parameters(spec);
        NetworkChecks.AssertHotPathAllocatesNothing(spec, network, parameters);
        NetworkChecks.AssertResetRestoresInitialState(spec, network, parameters);
        NetworkChecks.AssertLayoutIsConsistent(spec, network);
        if (mode == CtrnnOutput.Readout)
        {
            NetworkChecks.AssertOutputIsReadoutOfFeatures(spec, network, parameters);
        }
    }
}
