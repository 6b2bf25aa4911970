using Evorec.Experiments.Benchmarks;

namespace Evorec.Tests.Experiments.Benchmarks;

public sealed class PairedWindowsTests
{
    [Fact]
    public void TheScalingIsTheMedianOfThePairedRatiosWithQuartiles()
    {
        double[] one = [1.0, 2.0, 1.0, 4.0, 1.0];
        double[] all = [2.0, 3.0, 1.9, 8.4, 1.0];

        // Ratios 2, 1.5, 1.9, 2.1, 1 — sorted 1, 1.5, 1.9, 2, 2.1.
        ScalingEstimate scaling = ScalingEstimate.FromPairs(one, all);

        Assert.Equal(1.9, scaling.Median, 12);
        Assert.Equal(1.5, scaling.FirstQuartile, 12);
        Assert.Equal(2.0, scaling.ThirdQuartile, 12);
        Assert.Equal(5, scaling.Pairs);
    }

    [Fact]
    public void QuartilesInterpolateBetweenOrderStatistics()
    {
        ScalingEstimate scaling = ScalingEstimate.FromPairs([1.0, 1.0, 1.0, 1.0], [1.0, 2.0, 3.0, 4.0]);

        Assert.Equal(2.5, scaling.Median, 12);
        Assert.Equal(1.75, scaling.FirstQuartile, 12);
        Assert.Equal(3.25, scaling.ThirdQuartile, 12);
    }

    [Fact]
    public void EveryPairHasAOneThreadWindowWhereOnlyThreadZeroWorksAndAnAllThreadsWindow()
    {
        const int Pairs = 6;
        var windows = new int[2];
        var concurrent = new int[2];
        int working = 0;
        using var paired = new PairedWindows(2, Pairs, TimeSpan.FromMilliseconds(120));
        PairedRates rates = paired.Run(index => window =>
        {
            Interlocked.Increment(ref working);
            long units = 0;
            while (!window.IsOver)
            {
                units++;
                if (Volatile.Read(ref working) == 2)
                {
                    concurrent[index] = 1;
                }
            }

            windows[index]++;
            Thread.Sleep(1); // both threads of an all-threads window have started before either decrements
            Interlocked.Decrement(ref working);
            return units;
        });

        Assert.Equal(2 * Pairs, windows[0]);
        Assert.Equal(Pairs, windows[1]);
        Assert.Equal(1, concurrent[1]);
        Assert.True(rates.OneThread > 0 && rates.AllThreads > 0);
        Assert.Equal(Pairs, rates.Scaling.Pairs);
        Assert.True(double.IsFinite(rates.Scaling.Median) && rates.Scaling.FirstQuartile <= rates.Scaling.Median && rates.Scaling.Median <= rates.Scaling.ThirdQuartile);
    }

    [Fact]
    public void WithOneThreadTheAllThreadsFiguresAreTheOneThreadOnes()
    {
        int calls = 0;
        using var paired = new PairedWindows(1, 3, TimeSpan.FromMilliseconds(30));
        PairedRates rates = paired.Run(_ => window =>
        {
            calls++;
            long units = 0;
            while (!window.IsOver)
            {
                units++;
            }

            return units;
        });

        Assert.Equal(6, calls);
        Assert.Equal(rates.OneThread, rates.AllThreads);
        Assert.Equal(1.0, rates.Scaling.Median);
        Assert.True(rates.OneThreadMedian > 0 && rates.OneThreadMedian <= rates.OneThread);
    }

    [Fact]
    public void TheMedianAndFastestRatesComeFromTheMedianAndFastestWindows()
    {
        // One thread: six one-thread windows of 20 ms doing 10^k units (k = 0 … 5) in turn; the median
        // of their rates interpolates between the third and fourth (about 550 units a window). The bounds
        // allow a window to last from 10 to 100 ms, on a loaded machine.
        int call = 0;
        using var paired = new PairedWindows(1, 3, TimeSpan.FromMilliseconds(120));
        PairedRates rates = paired.Run(_ => window =>
        {
            long units = (long)Math.Pow(10, call++);
            while (!window.IsOver)
            {
            }

            return units;
        });

        Assert.InRange(rates.OneThreadMedian, 550 / 0.100, 550 / 0.010);
        Assert.InRange(rates.OneThread, 100_000 / 0.100, 100_000 / 0.010);
    }
}
