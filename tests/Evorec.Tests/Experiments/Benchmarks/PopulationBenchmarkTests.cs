using Evorec.Experiments.Benchmarks;
using Evorec.Networks;

namespace Evorec.Tests.Experiments.Benchmarks;

public sealed class PopulationBenchmarkTests
{
    [Fact]
    public void OutputsAreBitIdenticalWhateverTheThreadCountAndWithOrWithoutBatching()
    {
        var one = new double[7];
        PopulationBenchmark.Measure(7, 40, 1, batched: false, one);
        foreach (bool batched in new[] { false, true })
        {
            foreach (int threads in new[] { 1, 2, 3 })
            {
                var sums = new double[7];
                PopulationBenchmark.Measure(7, 40, threads, batched, sums);
                Assert.Equal(one, sums);
            }
        }

        Assert.All(one, sum => Assert.True(double.IsFinite(sum) && sum != 0.0));
        Assert.Equal(7, one.Distinct().Count());
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
