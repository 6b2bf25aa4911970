using Evorec.Experiments.Benchmarks;
using Evorec.Networks;

namespace Evorec.Tests.Experiments.Benchmarks;

public sealed class PopulationBenchmarkTests
{
    [Fact]
    public void OutputsAreBitIdenticalWhateverTheThreadCount()
    {
        var one = new double[7];
        var two = new double[7];
        var three = new double[7];
        PopulationBenchmark.Measure(7, 40, 1, one);
        PopulationBenchmark.Measure(7, 40, 2, two);
        PopulationBenchmark.Measure(7, 40, 3, three);
        Assert.Equal(one, two);
        Assert.Equal(one, three);
        Assert.All(one, sum => Assert.True(double.IsFinite(sum) && sum != 0.0));
    }

    [Fact]
    public void ThePopulationIsTheDefaultLstmWithTenSingleCellBlocksAndNoPeepholes()
    {
        LstmSpec spec = PopulationBenchmark.Spec();
        Assert.Equal("lstm", spec.Kind);

        // 4 × 10 × (1 input + 10 recurrent + 1 bias) + 10 readout weights + 1 readout bias, as in population_lstm.py.
        Assert.Equal(491, spec.Layout.Count);
    }
}
