using System.Diagnostics;
using Evorec.Reporting;

namespace Evorec.Experiments.Benchmarks;

/// <summary>
/// Runs a measurement on one thread and on all threads in <b>paired, alternating windows</b>: each pair
/// is a one-thread window (thread 0 works while the others wait) and an all-threads window (every thread
/// starts together at a barrier), back to back, the order alternating from pair to pair so neither
/// always runs first. A window's rate is the sum over its working threads of work done ÷ that thread's
/// wall-clock seconds in the window.
/// </summary>
/// <remarks>
/// The rates are the fastest window of each kind ("best of n", the usual defence of a benchmark against
/// other processes on a shared machine: interference only ever slows a window down), and beside them
/// the median one-thread window (with one thread, the median of all the windows, which are all
/// one-thread windows), which says how much the interference costs a typical window. The scaling is
/// the median, over the pairs, of all-threads rate ÷ one-thread rate of the same pair: the two windows
/// of a pair are adjacent in time and so see nearly the same background load, which the ratio then
/// cancels, and the median discards the pairs a burst of load hit in one window only. (Two separate
/// best-of-n figures, as measured before, come from different moments and moved the ratio by ±20%
/// between runs.) This is the design of a paired-samples comparison in statistics: each ratio is taken
/// within a pair, so what is common to both of its windows cancels, and the alternating order keeps
/// a trend in the background load from favouring either kind of window.
/// </remarks>
public sealed class PairedWindows : IDisposable
{
    /// <summary>
    /// Pairs per measurement in <c>evorec bench</c>: 16, so that one network shape takes 16 × 2 windows
    /// of 50 ms (1.6 s, as long as the 8 one-thread and 8 all-threads windows of 100 ms before pairing).
    /// </summary>
    public const int StandardPairs = 16;

    private readonly int _threads;
    private readonly int _pairs;
    private readonly TimeSpan _window;
    private readonly Barrier _barrier;

    /// <summary>Prepares <paramref name="threads"/> threads and <paramref name="pairs"/> pairs of windows taking <paramref name="duration"/> in all.</summary>
    public PairedWindows(int threads, int pairs, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(pairs);
        _threads = threads;
        _pairs = pairs;
        _window = duration / (2 * pairs);
        _barrier = new Barrier(threads);
    }

    /// <summary>
    /// Runs the windows: <paramref name="setUp"/> is called once on each worker thread with its index
    /// (warm up there) and returns the work of one window, which runs until <see cref="Window.IsOver"/>
    /// and returns the units of work it did. With one thread, every window is a one-thread window and
    /// the all-threads figures are the one-thread ones.
    /// </summary>
    public PairedRates Run(Func<int, Func<Window, long>> setUp)
    {
        var rates = new double[_threads];
        var one = new double[_pairs];
        var all = new double[_pairs];
        var workers = new Thread[_threads];
        for (int t = 0; t < _threads; t++)
        {
            int index = t;
            workers[t] = new Thread(() =>
            {
                Func<Window, long> work = setUp(index);
                for (int pair = 0; pair < _pairs; pair++)
                {
                    for (int half = 0; half < 2; half++)
                    {
                        bool allThreads = _threads > 1 && (pair + half) % 2 == 1;
                        _barrier.SignalAndWait();
                        if (allThreads || index == 0)
                        {
                            var window = new Window(Stopwatch.GetTimestamp(), _window);
                            long done = work(window);
                            rates[index] = done / Stopwatch.GetElapsedTime(window.Start).TotalSeconds;
                        }

                        _barrier.SignalAndWait();
                        if (index == 0)
                        {
                            // With one thread, the second window of a pair is a one-thread window too.
                            bool second = allThreads || (_threads == 1 && half == 1);
                            (second ? all : one)[pair] = allThreads ? rates.Sum() : rates[0];
                        }
                    }
                }
            }) { IsBackground = true };
            workers[t].Start();
        }

        foreach (Thread worker in workers)
        {
            worker.Join();
        }

        if (_threads == 1)
        {
            double best = Math.Max(one.Max(), all.Max());
            return new PairedRates(best, best, new ScalingEstimate(1.0, 1.0, 1.0, _pairs), Median([.. one, .. all]));
        }

        return new PairedRates(one.Max(), all.Max(), ScalingEstimate.FromPairs(one, all), Median(one));
    }

    private static double Median(double[] rates) => Statistics.Quantile(rates, 0.5)!.Value;

    /// <inheritdoc/>
    public void Dispose() => _barrier.Dispose();

    /// <summary>One window of one thread.</summary>
    /// <param name="Start">The window's start (a <see cref="Stopwatch"/> timestamp).</param>
    /// <param name="Length">How long the window lasts.</param>
    public readonly record struct Window(long Start, TimeSpan Length)
    {
        /// <summary>Whether the window's time is up.</summary>
        public bool IsOver => Stopwatch.GetElapsedTime(Start) >= Length;
    }
}
