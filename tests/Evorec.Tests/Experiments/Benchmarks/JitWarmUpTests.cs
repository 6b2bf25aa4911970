using System.Diagnostics;
using System.Linq.Expressions;
using Evorec.Experiments.Benchmarks;

namespace Evorec.Tests.Experiments.Benchmarks;

public sealed class JitWarmUpTests
{
    [Fact]
    public void LastsAtLeastTheMinimumAndEndsOnceNothingCompiles()
    {
        // Other tests compile in the same process meanwhile, so only the limits are certain here.
        int calls = 0;
        TimeSpan elapsed = JitWarmUp.Run(() => calls++, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(1));

        Assert.True(calls > 0);
        Assert.InRange(elapsed, TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(2));
    }

    [Fact]
    public void WaitsUntilTheJitHasBeenQuietForAWhile()
    {
        // The work compiles a new method on every call for its first 300 ms (a compiled expression is
        // a method the JIT compiles), then stops: the warm-up must outlast that by the quiet time.
        var clock = Stopwatch.StartNew();
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
        Assert.True(elapsed >= TimeSpan.FromMilliseconds(300) + JitWarmUp.Quiet, $"{elapsed.TotalMilliseconds} ms");
        Assert.True(double.IsFinite(sink));
    }
}
