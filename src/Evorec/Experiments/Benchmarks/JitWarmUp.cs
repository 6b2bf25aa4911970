using System.Diagnostics;
using System.Runtime;

namespace Evorec.Experiments.Benchmarks;

/// <summary>
/// Runs a benchmark's work until the JIT has installed its optimized code: tiered compilation first
/// compiles a method quickly (tier 0), counts its calls after a delay that every new tier-0 compilation
/// restarts, and recompiles the hot ones with full optimization on a background thread. A fixed
/// warm-up of 300 ms was not always enough: in <c>bench --quick</c>, elman 1-10-1 was timed on its
/// tier-0 code in about half the runs (0.55–0.64 million steps a second instead of 6–10 million,
/// 2026-12-02), the background compiler waiting for a core while the benchmark threads kept both busy.
/// </summary>
public static class JitWarmUp
{
    /// <summary>How long no method may have been compiled before the code counts as settled.</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(200);

    /// <summary>The longest warm-up of <c>evorec bench</c>, whatever the JIT does (a process that keeps compiling elsewhere).</summary>
    public static readonly TimeSpan Longest = TimeSpan.FromSeconds(5);

    private static readonly TimeSpan WorkBetweenPauses = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// Calls <paramref name="work"/> (a short batch) for at least <paramref name="minimum"/>, and then
    /// until no method of the process has been compiled for <see cref="Quiet"/> (at most
    /// <paramref name="longest"/> in all, <see cref="Longest"/> by default, and never less than the
    /// minimum), pausing 1 ms after every 10 ms of work so that the background compiler gets a core.
    /// Returns how long it took.
    /// </summary>
    public static TimeSpan Run(Action work, TimeSpan minimum, TimeSpan? longest = null) =>
        Run(work, minimum, longest ?? Longest, static () => JitInfo.GetCompiledMethodCount());

    /// <summary><see cref="Run(Action, TimeSpan, TimeSpan?)"/> with the count of compiled methods read from <paramref name="compiledMethods"/> (for tests).</summary>
    internal static TimeSpan Run(Action work, TimeSpan minimum, TimeSpan longest, Func<long> compiledMethods)
    {
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(compiledMethods);
        ArgumentOutOfRangeException.ThrowIfLessThan(minimum, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(longest, minimum);
        long start = Stopwatch.GetTimestamp();
        long lastPause = start;
        long compiled = compiledMethods();
        long lastCompiled = start;
        while (true)
        {
            work();
            long now = Stopwatch.GetTimestamp();
            long count = compiledMethods();
            if (count != compiled)
            {
                compiled = count;
                lastCompiled = now;
            }

            TimeSpan elapsed = Stopwatch.GetElapsedTime(start, now);
            if (elapsed >= longest || (elapsed >= minimum && Stopwatch.GetElapsedTime(lastCompiled, now) >= Quiet))
            {
                return elapsed;
            }

            if (Stopwatch.GetElapsedTime(lastPause, now) >= WorkBetweenPauses)
            {
                Thread.Sleep(1);
                lastPause = Stopwatch.GetTimestamp();
            }
        }
    }
}
