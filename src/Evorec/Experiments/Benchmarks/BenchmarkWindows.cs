using System.Diagnostics;

namespace Evorec.Experiments.Benchmarks;

/// <summary>
/// Runs a measurement on several threads over consecutive windows, every thread starting each window
/// together (a barrier), and reports each window's total rate: the sum over threads of work done ÷
/// that thread's seconds in the window. Callers keep the fastest window ("best of n", the usual
/// defence of a benchmark against interference from other processes on a shared machine: interference
/// only ever slows a window down). The windows together take about the given duration.
/// </summary>
public sealed class BenchmarkWindows : IDisposable
{
    /// <summary>Windows per measurement.</summary>
    public const int Count = 8;

    private readonly int _threads;
    private readonly TimeSpan _window;
    private readonly Barrier _barrier;

    /// <summary>Prepares <paramref name="threads"/> threads and <see cref="Count"/> windows taking <paramref name="duration"/> in all.</summary>
    public BenchmarkWindows(int threads, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads);
        _threads = threads;
        _window = duration / Count;
        _barrier = new Barrier(threads);
    }

    /// <summary>
    /// Runs the windows: <paramref name="setUp"/> is called once on each worker thread with its index
    /// (warm up there) and returns the work of one window, which runs until <see cref="Window.IsOver"/>
    /// and returns the units of work it did; <paramref name="report"/> receives each window's total rate.
    /// </summary>
    public void Run(Func<int, Func<Window, long>> setUp, Action<double> report)
    {
        var rates = new double[_threads];
        var workers = new Thread[_threads];
        for (int t = 0; t < _threads; t++)
        {
            int index = t;
            workers[t] = new Thread(() =>
            {
                Func<Window, long> work = setUp(index);
                for (int w = 0; w < Count; w++)
                {
                    _barrier.SignalAndWait();
                    var window = new Window(Stopwatch.GetTimestamp(), _window);
                    long done = work(window);
                    rates[index] = done / Stopwatch.GetElapsedTime(window.Start).TotalSeconds;
                    _barrier.SignalAndWait();
                    if (index == 0)
                    {
                        report(rates.Sum());
                    }
                }
            }) { IsBackground = true };
            workers[t].Start();
        }

        foreach (Thread worker in workers)
        {
            worker.Join();
        }
    }

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
