using Evorec.Experiments;
using Evorec.Experiments.Benchmarks;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tests.Networks;

namespace Evorec.Tests.Experiments.Benchmarks;

public sealed class BenchmarkCasesTests
{
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (BenchmarkCase benchmark in BenchmarkCases.Standard())
        {
            data.Add(benchmark.Name);
        }

        return data;
    }

    private static BenchmarkCase Case(string name) => BenchmarkCases.Standard().Single(c => c.Name == name);

    [Theory]
    [MemberData(nameof(Names))]
    public void EveryBenchmarkedShapeStepsWithoutAllocating(string name)
    {
        BenchmarkCase benchmark = Case(name);
        IRecurrentNetwork network = benchmark.Spec.Create();
        NetworkChecks.AssertHotPathAllocatesNothing(benchmark.Spec, network, benchmark.Parameters());
    }

    [Fact]
    public void TheStandardListCoversEveryNetworkKind()
    {
        var kinds = BenchmarkCases.Standard().Select(c => c.Spec.Kind).ToHashSet();

        string[] registered = BuiltInComponents.CreateRegistry().Names(ComponentKind.Network).ToArray();
        Assert.Equal(registered.Order(), kinds.Order());
    }

    [Fact]
    public void FlopsPerStepAreTwicePerMultiplyAddOfTheLayout()
    {
        // Elman 1-10-1: 10 input + 100 recurrent + 10 bias + 10 output + 1 output bias weights.
        Assert.Equal(2 * 131, Case("elman 1-10-1").Flops);

        // LSTM 1-10-1 (forget and output gates, no peepholes): 4 × 10 × (1 + 10 + 1) + 10 + 1.
        Assert.Equal(2 * 491, Case("lstm 1-10-1").Flops);

        // CTRNN 10 neurons, 10 substeps: the layout plus the 10 × 10 recurrent matrix 9 more times.
        BenchmarkCase ctrnn = Case("ctrnn 10 (10 substeps)");
        Assert.Equal(2 * (ctrnn.Spec.Layout.Count + (9 * 100)), ctrnn.Flops);

        // neat-graph: one multiply-add per enabled connection, (10 hidden + 1 output) × in-degree 5.
        Assert.Equal(2 * 11 * 5, Case("neat-graph 1-10-1 (5 in)").Flops);
        Assert.Equal(2 * 101 * 10, Case("neat-graph 1-100-1 (10 in)").Flops);
    }

    /// <summary>Elman 1-50-1 stepped with the vectorized kernels equals the same equations summed left to right within 1e-12.</summary>
    [Fact]
    public void VectorizedElmanEqualsTheScalarReference()
    {
        var spec = (ElmanSpec)Case("elman 1-50-1").Spec;
        double[] parameters = NetworkChecks.Parameters(spec, scale: 0.3);
        IRecurrentNetwork network = spec.Create();
        spec.Load(parameters, network);
        int hidden = spec.HiddenCount;
        ReadOnlySpan<double> inputWeights = spec.InputWeights.Slice(parameters);
        ReadOnlySpan<double> recurrent = spec.RecurrentWeights.Slice(parameters);
        ReadOnlySpan<double> bias = spec.HiddenBias.Slice(parameters);
        ReadOnlySpan<double> outputWeights = spec.OutputWeights.Slice(parameters);
        ReadOnlySpan<double> outputBias = spec.OutputBias.Slice(parameters);
        var state = new double[hidden];
        var next = new double[hidden];
        var output = new double[1];
        for (int t = 0; t < 50; t++)
        {
            double[] input = [Math.Sin(0.3 * t)];
            network.Step(input, output);
            for (int j = 0; j < hidden; j++)
            {
                next[j] = Math.Tanh(bias[j] + (inputWeights[j] * input[0]) + Kernels.DotReference(recurrent.Slice(j * hidden, hidden), state));
            }

            (state, next) = (next, state);
            double expected = outputBias[0] + Kernels.DotReference(outputWeights, state);
            Assert.True(Math.Abs(expected - output[0]) <= 1e-12 * Math.Max(1.0, Math.Abs(expected)), $"step {t}: {expected:R} vs {output[0]:R}");
        }
    }

    [Fact]
    public void PeakFlopsMeasuresPositiveFiniteRatesAndScaling()
    {
        PairedRates flops = PeakFlops.Measure(2, TimeSpan.FromMilliseconds(40));
        Assert.True(double.IsFinite(flops.OneThread) && flops.OneThread > 0);
        Assert.True(double.IsFinite(flops.AllThreads) && flops.AllThreads > 0);
        Assert.True(double.IsFinite(flops.Scaling.Median) && flops.Scaling.Median > 0);
    }
}
