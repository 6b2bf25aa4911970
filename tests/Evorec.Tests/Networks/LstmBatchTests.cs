using Evorec.Networks;
using Evorec.Tests.Support;

namespace Evorec.Tests.Networks;

public sealed class LstmBatchTests
{
    private const int Lanes = LstmBatch.Lanes;

    private static LstmSpec Spec(int inputs, int outputs, int blocks, int cells, bool forget, bool coupled, bool outputGate, bool peepholes, bool direct, LstmSquashing g, LstmSquashing h, Activation f) =>
        new(inputs, outputs, LstmNetworkTests.Options(blocks, cells, forget, coupled, outputGate, peepholes, direct, g, h, f));

    /// <summary>Per-lane inputs at step t, lane-major (lane k's inputs at k · inputs + i).</summary>
    private static double[] LaneInputs(int inputs, int t) =>
        Enumerable.Range(0, Lanes * inputs).Select(j => Math.Sin((0.37 * t) + (1.3 * j))).ToArray();

    [Theory]
    // inputs, outputs, blocks, cells, forget, coupled, output gate, peepholes, direct, g, h, f
    [InlineData(1, 1, 10, 1, true, false, true, false, false, LstmSquashing.Tanh, LstmSquashing.Tanh, Activation.Linear)]
    [InlineData(2, 2, 2, 2, true, false, true, true, true, LstmSquashing.Tanh, LstmSquashing.Tanh, Activation.Tanh)]
    [InlineData(2, 2, 2, 2, true, false, true, true, false, LstmSquashing.WideSymmetricLogistic, LstmSquashing.SymmetricLogistic, Activation.Logistic)]
    [InlineData(3, 1, 3, 1, false, false, true, false, false, LstmSquashing.WideSymmetricLogistic, LstmSquashing.SymmetricLogistic, Activation.Linear)]
    [InlineData(2, 2, 2, 1, true, true, true, true, false, LstmSquashing.Tanh, LstmSquashing.Tanh, Activation.Linear)]
    [InlineData(1, 3, 1, 3, true, false, false, true, true, LstmSquashing.Tanh, LstmSquashing.Identity, Activation.Linear)]
    [InlineData(1, 1, 20, 1, true, false, true, true, true, LstmSquashing.Tanh, LstmSquashing.Tanh, Activation.Linear)]
    [InlineData(2, 1, 5, 2, false, false, true, true, false, LstmSquashing.Identity, LstmSquashing.WideSymmetricLogistic, Activation.Tanh)]
    [InlineData(1, 2, 17, 1, true, false, false, false, true, LstmSquashing.SymmetricLogistic, LstmSquashing.WideSymmetricLogistic, Activation.Logistic)]
    public void EveryLaneIsBitIdenticalToLstmNetworkStep(int inputs, int outputs, int blocks, int cells, bool forget, bool coupled, bool outputGate, bool peepholes, bool direct, LstmSquashing g, LstmSquashing h, Activation f)
    {
        LstmSpec spec = Spec(inputs, outputs, blocks, cells, forget, coupled, outputGate, peepholes, direct, g, h, f);
        var batch = new LstmBatch(spec);
        var networks = new IRecurrentNetwork[Lanes];
        for (int lane = 0; lane < Lanes; lane++)
        {
            double[] parameters = NetworkChecks.Parameters(spec, scale: 0.9, seed: lane + 1);
            batch.Load(lane, parameters);
            networks[lane] = spec.Create();
            spec.Load(parameters, networks[lane]);
        }

        var outputsOfBatch = new double[Lanes * outputs];
        var output = new double[outputs];
        for (int t = 0; t < 300; t++)
        {
            double[] x = LaneInputs(inputs, t);
            batch.Step(x, outputsOfBatch);
            for (int lane = 0; lane < Lanes; lane++)
            {
                networks[lane].Step(x.AsSpan(lane * inputs, inputs), output);
                // Bit for bit (Assert.Equal on doubles would take −0 for +0).
                Assert.Equal(output.Select(BitConverter.DoubleToInt64Bits), outputsOfBatch.AsSpan(lane * outputs, outputs).ToArray().Select(BitConverter.DoubleToInt64Bits));
            }
        }
    }

    [Fact]
    public void SharedInputsLoadingAndResettingOneLaneLeaveTheOthersUntouched()
    {
        LstmSpec spec = PopulationSpec();
        var batch = new LstmBatch(spec);
        var networks = new IRecurrentNetwork[Lanes];
        for (int lane = 0; lane < Lanes; lane++)
        {
            double[] parameters = NetworkChecks.Parameters(spec, seed: 10 + lane);
            batch.Load(lane, parameters);
            networks[lane] = spec.Create();
            spec.Load(parameters, networks[lane]);
        }

        var outputs = new double[Lanes];
        var output = new double[1];
        for (int t = 0; t < 200; t++)
        {
            if (t == 80)
            {
                // Lane 2 starts a new network mid-run; lane 1 restarts its own.
                double[] replacement = NetworkChecks.Parameters(spec, seed: 99);
                batch.Load(2, replacement);
                spec.Load(replacement, networks[2]);
                batch.ResetLane(1);
                networks[1].Reset();
            }

            double[] input = [Math.Sin(0.1 * t)];
            batch.StepShared(input, outputs);
            for (int lane = 0; lane < Lanes; lane++)
            {
                networks[lane].Step(input, output);
                Assert.Equal(BitConverter.DoubleToInt64Bits(output[0]), BitConverter.DoubleToInt64Bits(outputs[lane]));
            }
        }

        batch.Reset();
        foreach (IRecurrentNetwork network in networks)
        {
            network.Reset();
        }

        batch.StepShared([0.5], outputs);
        networks[3].Step([0.5], output);
        Assert.Equal(output[0], outputs[3]);
    }

    [Fact]
    public void StepAllocatesNothing()
    {
        LstmSpec spec = Spec(2, 2, 3, 2, true, false, true, true, true, LstmSquashing.Tanh, LstmSquashing.Tanh, Activation.Tanh);
        var batch = new LstmBatch(spec);
        double[] parameters = NetworkChecks.Parameters(spec);
        var inputs = new double[Lanes * 2];
        var outputs = new double[Lanes * 2];
        void Exercise()
        {
            for (int lane = 0; lane < Lanes; lane++)
            {
                batch.Load(lane, parameters);
            }

            for (int t = 0; t < 1000; t++)
            {
                inputs.AsSpan().Fill(Math.Sin(t));
                batch.Step(inputs, outputs);
                batch.StepShared(inputs.AsSpan(0, 2), outputs);
            }

            batch.Reset();
        }

        Exercise();
        Exercise();
        Assert.Equal(0, SteadyAllocation.Bytes(Exercise));
    }

    [Fact]
    public void LoadChecksTheLaneAndTheParameterCount()
    {
        LstmSpec spec = PopulationSpec();
        var batch = new LstmBatch(spec);
        Assert.Throws<ArgumentOutOfRangeException>(() => batch.Load(Lanes, new double[spec.Layout.Count]));
        Assert.Throws<ArgumentException>(() => batch.Load(0, new double[spec.Layout.Count - 1]));
    }

    private static LstmSpec PopulationSpec() => new(1, 1, new LstmOptions { Blocks = 10 });
}
