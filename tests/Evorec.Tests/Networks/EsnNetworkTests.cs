using Evorec.Networks;
using Evorec.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Evorec.Tests.Networks;

public sealed class EsnNetworkTests
{
    private static readonly StreamKey Key = StreamKey.FromSeed(42).Then("network");

    private static readonly EsnOptions Tiny = new()
    {
        Reservoir = 3,
        Connectivity = 1.0,
        SpectralRadius = 0.8,
        InputScaling = 0.6,
        BiasScaling = 0.3,
        LeakRate = 0.7,
        OutputFeedback = true,
        FeedbackScaling = 0.5,
    };

    private static readonly double[,] OutputWeights = { { 1.2, -0.8, 0.5 }, { -0.3, 0.7, 1.1 } };
    private static readonly double[,] OutputInputWeights = { { 0.4, -0.2 }, { 0.1, 0.6 } };
    private static readonly double[] OutputBias = [0.05, -0.15];

    [Fact]
    public void ThreeStepsMatchLeakyEsnEquationsWorkedByHandWithTeacherForcedFeedback()
    {
        var spec = new EsnSpec(2, 2, Tiny, Key);
        IRecurrentNetwork network = spec.Create();
        spec.Load(NetworkChecks.Pack(OutputWeights, OutputInputWeights, OutputBias), network);
        double[] target = [0.6, -0.9];

        // The drawn (unit-scale) reservoir is data; the scaling and the update are computed here.
        EsnReservoir drawn = spec.Reservoir;
        double[,] w = Dense(drawn, scale: Tiny.SpectralRadius);
        double[,] win = Matrix(drawn.InputWeights.ToArray(), 3, 2, Tiny.InputScaling);
        double[] b = drawn.Bias.ToArray().Select(v => Tiny.BiasScaling * v).ToArray();
        double[,] wfb = Matrix(drawn.FeedbackWeights.ToArray(), 3, 2, Tiny.FeedbackScaling);

        // Jaeger 2001 with leaky units (Jaeger et al. 2007; Lukosevicius 2012):
        // x(n) = (1 - a) x(n-1) + a tanh(W_in u(n) + W x(n-1) + W_fb y(n-1) + b), y(n) = W_out [x(n); u(n); 1].
        // After step 1 the fed-back output is teacher-forced to the target.
        var x = new double[3];
        var y = new double[2];
        for (int n = 0; n < 3; n++)
        {
            double[] u = NetworkChecks.ThreeInputs[n];
            var next = new double[3];
            for (int i = 0; i < 3; i++)
            {
                double sum = b[i];
                for (int m = 0; m < 2; m++)
                {
                    sum += win[i, m] * u[m];
                }

                for (int j = 0; j < 3; j++)
                {
                    sum += w[i, j] * x[j];
                }

                for (int k = 0; k < 2; k++)
                {
                    sum += wfb[i, k] * y[k];
                }

                next[i] = ((1 - Tiny.LeakRate) * x[i]) + (Tiny.LeakRate * Math.Tanh(sum));
            }

            x = next;
            var expected = new double[2];
            for (int o = 0; o < 2; o++)
            {
                expected[o] = OutputBias[o];
                for (int i = 0; i < 3; i++)
                {
                    expected[o] += OutputWeights[o, i] * x[i];
                }

                for (int m = 0; m < 2; m++)
                {
                    expected[o] += OutputInputWeights[o, m] * u[m];
                }
            }

            var output = new double[2];
            network.Step(u, output);
            NetworkChecks.AssertClose(expected, output);
            y = expected;
            if (n == 0)
            {
                ((ITeacherForcible)network).ForceOutputs(target);
                y = target;
            }
        }
    }

    [Fact]
    public void EvolvedGlobalsScaleTheConfiguredValuesAndEvolvedWeightsAreOffsets()
    {
        var options = new EsnOptions
        {
            Reservoir = 3,
            Connectivity = 2.0 / 3.0,
            SpectralRadius = 0.8,
            InputScaling = 0.6,
            BiasScaling = 0.3,
            LeakRate = 0.7,
            OutputFeedback = true,
            FeedbackScaling = 0.5,
            ReadoutInputs = false,
            EvolveGlobals = true,
            EvolveWeights = true,
        };
        var spec = new EsnSpec(2, 2, options, Key);
        var network = (EsnNetwork)spec.Create();
        Assert.Equal(2, spec.Reservoir.InDegree);
        double[] globals = [0.2, -0.4, 0.9];
        double[,] reservoirOffsets = { { 0.01, -0.02 }, { 0.03, 0.04 }, { -0.05, 0.06 } };
        double[,] inputOffsets = { { 0.1, -0.1 }, { 0.2, 0.0 }, { -0.3, 0.05 } };
        double[] biasOffsets = [0.02, -0.04, 0.06];
        double[,] feedbackOffsets = { { -0.1, 0.1 }, { 0.0, 0.2 }, { 0.3, -0.2 } };
        double[] parameters = NetworkChecks.Pack(globals, reservoirOffsets, inputOffsets, biasOffsets, feedbackOffsets, OutputWeights, OutputBias);
        Assert.Equal(spec.Layout.Count, parameters.Length);
        spec.Load(parameters, network);

        double radius = 0.8 * Math.Exp(0.2);
        double inputScaling = 0.6 * Math.Exp(-0.4);
        double leak = Math.Min(1.0, 0.7 * Math.Exp(0.9));
        Assert.Equal(1.0, leak);
        Assert.Equal(leak, network.LeakRate);
        EsnReservoir drawn = spec.Reservoir;
        for (int i = 0; i < 3; i++)
        {
            for (int s = 0; s < 2; s++)
            {
                Assert.Equal((radius * drawn.Weights[(i * 2) + s]) + reservoirOffsets[i, s], network.ReservoirWeights[(i * 2) + s], 14);
            }

            for (int m = 0; m < 2; m++)
            {
                Assert.Equal((inputScaling * drawn.InputWeights[(i * 2) + m]) + inputOffsets[i, m], network.InputWeights[(i * 2) + m], 14);
                Assert.Equal((0.5 * drawn.FeedbackWeights[(i * 2) + m]) + feedbackOffsets[i, m], network.FeedbackWeights[(i * 2) + m], 14);
            }

            Assert.Equal((0.3 * drawn.Bias[i]) + biasOffsets[i], network.Bias[i], 14);
        }

        double[] zero = new double[parameters.Length];
        spec.Load(zero, network);
        Assert.Equal(0.7, network.LeakRate);
        Assert.Equal(0.8, MaxEigenvalueModulus(network, 3), 12);
    }

    [Theory]
    [InlineData(30, 0.2, 0.85)]
    [InlineData(100, 0.05, 1.25)]
    public void ScaledReservoirHasTheRequestedSpectralRadius(int size, double connectivity, double radius)
    {
        var spec = new EsnSpec(1, 1, new EsnOptions { Reservoir = size, Connectivity = connectivity, SpectralRadius = radius }, Key);
        var network = (EsnNetwork)spec.Create();
        spec.Load(new double[spec.Layout.Count], network);
        Assert.True(Math.Abs(MaxEigenvalueModulus(network, size) - radius) <= 1e-9);

        var evolving = new EsnSpec(1, 1, new EsnOptions { Reservoir = size, Connectivity = connectivity, SpectralRadius = radius, EvolveGlobals = true }, Key);
        var evolvingNetwork = (EsnNetwork)evolving.Create();
        double[] genes = new double[evolving.Layout.Count];
        genes[evolving.LogSpectralRadius!.Offset] = -0.3;
        evolving.Load(genes, evolvingNetwork);
        Assert.True(Math.Abs(MaxEigenvalueModulus(evolvingNetwork, size) - (radius * Math.Exp(-0.3))) <= 1e-9);
    }

    [Fact]
    public void EveryUnitReceivesFromInDegreeDistinctUnitsAndTheDrawDependsOnlyOnTheKey()
    {
        var options = new EsnOptions { Reservoir = 40, Connectivity = 0.1 };
        var spec = new EsnSpec(2, 1, options, Key);
        Assert.Equal(4, spec.Reservoir.InDegree);
        for (int i = 0; i < 40; i++)
        {
            int[] sources = spec.Reservoir.Sources.Slice(i * 4, 4).ToArray();
            Assert.Equal(4, sources.Distinct().Count());
            Assert.All(sources, s => Assert.InRange(s, 0, 39));
        }

        var same = new EsnSpec(2, 1, options, Key);
        var other = new EsnSpec(2, 1, options, StreamKey.FromSeed(43).Then("network"));
        Assert.Equal(spec.Reservoir.Weights.ToArray(), same.Reservoir.Weights.ToArray());
        Assert.Equal(spec.Reservoir.Sources.ToArray(), same.Reservoir.Sources.ToArray());
        Assert.NotEqual(spec.Reservoir.Weights.ToArray(), other.Reservoir.Weights.ToArray());

        // Feedback has its own sub-stream: turning it on leaves the reservoir and input weights unchanged.
        var withFeedback = new EsnSpec(2, 1, new EsnOptions { Reservoir = 40, Connectivity = 0.1, OutputFeedback = true }, Key);
        Assert.Equal(spec.Reservoir.Weights.ToArray(), withFeedback.Reservoir.Weights.ToArray());
        Assert.Equal(spec.Reservoir.InputWeights.ToArray(), withFeedback.Reservoir.InputWeights.ToArray());
    }

    [Theory]
    [InlineData(2, 1, 10, 0.3, false, false, false, true, true)]
    [InlineData(2, 2, 10, 0.3, true, true, true, true, true)]
    [InlineData(1, 1, 20, 0.1, true, false, true, false, false)]
    [InlineData(3, 2, 8, 0.5, false, true, false, true, false)]
    public void ParameterCountMatchesTheFormula(int inputs, int outputs, int size, double connectivity, bool feedback, bool globals, bool weights, bool readoutInputs, bool readoutBias)
    {
        var spec = new EsnSpec(inputs, outputs, new EsnOptions
        {
            Reservoir = size,
            Connectivity = connectivity,
            OutputFeedback = feedback,
            EvolveGlobals = globals,
            EvolveWeights = weights,
            ReadoutInputs = readoutInputs,
            ReadoutBias = readoutBias,
        }, Key);
        int inDegree = (int)Math.Round(connectivity * size, MidpointRounding.AwayFromZero);
        int readout = outputs * (size + (readoutInputs ? inputs : 0) + (readoutBias ? 1 : 0));
        int reservoir = weights ? size * (inDegree + inputs + 1 + (feedback ? outputs : 0)) : 0;
        Assert.Equal(readout + reservoir + (globals ? 3 : 0), spec.Layout.Count);
        int groups = size + (readoutInputs || readoutBias ? outputs : 0) + (globals ? 1 : 0);
        Assert.Equal(groups, spec.Layout.NeuronGroups.Count);
    }

    [Theory]
    [InlineData(false, false, false)]
    [InlineData(true, false, false)]
    [InlineData(true, true, true)]
    public void StepAllocatesNothingResetRestoresAndLayoutPartitions(bool feedback, bool globals, bool weights)
    {
        var spec = new EsnSpec(2, 2, new EsnOptions
        {
            Reservoir = 12,
            Connectivity = 0.25,
            LeakRate = 0.6,
            BiasScaling = 0.2,
            OutputFeedback = feedback,
            EvolveGlobals = globals,
            EvolveWeights = weights,
        }, Key);
        IRecurrentNetwork network = spec.Create();
        double[] parameters = NetworkChecks.Parameters(spec, scale: 0.3);
        NetworkChecks.AssertHotPathAllocatesNothing(spec, network, parameters);
        NetworkChecks.AssertResetRestoresInitialState(spec, network, parameters);
        NetworkChecks.AssertLayoutIsConsistent(spec, network);
        NetworkChecks.AssertOutputIsReadoutOfFeatures(spec, network, parameters);
        Assert.Equal(feedback, spec.ReadoutNeedsTeacherForcing);
    }

    [Fact]
    public void WithoutFeedbackForcingTheOutputsChangesNothing()
    {
        var spec = new EsnSpec(2, 2, new EsnOptions { Reservoir = 12, Connectivity = 0.25 }, Key);
        IRecurrentNetwork free = spec.Create();
        IRecurrentNetwork forced = spec.Create();
        double[] parameters = NetworkChecks.Parameters(spec);
        spec.Load(parameters, free);
        spec.Load(parameters, forced);
        foreach (double[] input in NetworkChecks.Inputs(2, 10))
        {
            var a = new double[2];
            var b = new double[2];
            free.Step(input, a);
            forced.Step(input, b);
            Assert.Equal(a, b);
            ((ITeacherForcible)forced).ForceOutputs([5.0, -5.0]);
        }
    }

    private static double[,] Dense(EsnReservoir reservoir, double scale)
    {
        int size = reservoir.Size;
        var dense = new double[size, size];
        for (int i = 0; i < size; i++)
        {
            for (int s = 0; s < reservoir.InDegree; s++)
            {
                dense[i, reservoir.Sources[(i * reservoir.InDegree) + s]] = scale * reservoir.Weights[(i * reservoir.InDegree) + s];
            }
        }

        return dense;
    }

    private static double[,] Matrix(double[] values, int rows, int columns, double scale)
    {
        var matrix = new double[rows, columns];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < columns; c++)
            {
                matrix[r, c] = scale * values[(r * columns) + c];
            }
        }

        return matrix;
    }

    private static double MaxEigenvalueModulus(EsnNetwork network, int size)
    {
        var dense = new double[size * size];
        network.CopyReservoirMatrix(dense);
        Matrix<double> matrix = Matrix<double>.Build.Dense(size, size, (i, j) => dense[(i * size) + j]);
        return matrix.Evd().EigenValues.Max(value => value.Magnitude);
    }
}
