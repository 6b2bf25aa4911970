using System.Diagnostics;
using System.Linq.Expressions;
using Evorec.Experiments.Benchmarks;

namespace Evorec.Tests.Experiments.Benchmarks;

public sealed class JitWarmUpTests
{
    private static readonly TimeSpan Slack = TimeSpan.FromSeconds(1);

    [Fact]
    public void WithNothingCompilingItEndsAtTheMinimumOrTheQuietTimeWhicheverIsLater()
    {
        TimeSpan shortMinimum = JitWarmUp.Run(() => { }, TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(5), () => 0);
        TimeSpan longMinimum = JitWarmUp.Run(() => { }, TimeSpan.FromMilliseconds(400), TimeSpan.FromSeconds(5), () => 0);

        Assert.InRange(shortMinimum, JitWarmUp.Quiet, JitWarmUp.Quiet + Slack);
        Assert.InRange(longMinimum, TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(400) + Slack);
    }

    [Fact]
    public void ItWaitsForTheQuietTimeAfterTheLastCompilation()
    {
        // The counter moves for the first 300 ms of the warm-up, then stops.
        Stopwatch clock = Stopwatch.StartNew();
        long last = 0;
        TimeSpan elapsed = JitWarmUp.Run(
            () => { },
            TimeSpan.FromMilliseconds(50),
            TimeSpan.FromSeconds(5),
            () =>
            {
                if (clock.ElapsedMilliseconds < 300)
                {
                    last++;
                }

                return last;
            });

        Assert.True(last > 1);
        Assert.InRange(elapsed, TimeSpan.FromMilliseconds(300) + JitWarmUp.Quiet - TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(500) + Slack);
    }

    [Fact]
    public void ACompilerThatNeverRestsEndsAtTheLongest()
    {
        long count = 0;
        TimeSpan elapsed = JitWarmUp.Run(() => { }, TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(700), () => count++);

        Assert.InRange(elapsed, TimeSpan.FromMilliseconds(700), TimeSpan.FromMilliseconds(700) + Slack);
    }

    [Fact]
    public void ItPausesSoThatOtherThreadsGetTheCore()
    {
        // About 1 ms of sleep after every 10 ms of work: over 500 ms some 45 gaps of a millisecond or
        // more between calls of the work (a busy machine can add a few more).
        int pauses = 0;
        long previous = Stopwatch.GetTimestamp();
        JitWarmUp.Run(
            () =>
            {
                long now = Stopwatch.GetTimestamp();
                if (Stopwatch.GetElapsedTime(previous, now) >= TimeSpan.FromMilliseconds(0.9))
                {
                    pauses++;
                }

                previous = now;
            },
            TimeSpan.FromMilliseconds(500),
            TimeSpan.FromSeconds(5),
            () => 0);

        Assert.InRange(pauses, 20, 100);
    }

    [Fact]
    public void TheRealCounterSeesTheMethodsTheJitCompiles()
    {
        // A compiled expression is a method the JIT compiles: compiling them for 300 ms keeps the
        // warm-up going at least the quiet time longer.
        Stopwatch clock = Stopwatch.StartNew();
        double sink = 0;
        int compilations = 0;
        TimeSpan elapsed = JitWarmUp.Run(
            () =>
            {
                if (clock.ElapsedMilliseconds < 300)
                {
                    ParameterExpression x = Expression.Parameter(typeof(double));
                    var function = Expression.Lambda<Func<double, double>>(Expression.Add(x, Expression.Constant((double)compilations++)), x).Compile();
                    sink += function(1.0);
                }
            },
            TimeSpan.FromMilliseconds(50),
            TimeSpan.FromSeconds(10));

        Assert.True(compilations > 1);
        Assert.True(elapsed >= TimeSpan.FromMilliseconds(300) + JitWarmUp.Quiet - TimeSpan.FromMilliseconds(20), $"{elapsed.TotalMilliseconds} ms");
        Assert.True(double.IsFinite(sink));
    }

    [Fact]
    public void TheLongestMayNotBeShorterThanTheMinimum()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => JitWarmUp.Run(() => { }, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => JitWarmUp.Run(() => { }, TimeSpan.FromSeconds(-1)));
    }
}
