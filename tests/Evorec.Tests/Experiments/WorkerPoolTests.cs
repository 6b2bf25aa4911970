using Evorec.Experiments;
using Evorec.Training;

namespace Evorec.Tests.Experiments;

public sealed class WorkerPoolTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void EveryIndexOfEveryJobRunsExactlyOnceOnAValidWorker(int workers)
    {
        var pool = new WorkerPool(workers);
        const int jobs = 7;
        var counts = new int[jobs, 50];
        int badWorker = 0;
        pool.Run(Enumerable.Range(0, jobs).Select<int, Action<IParallelExecutor>>(job => executor =>
        {
            for (int round = 0; round < 3; round++)
            {
                executor.For(50, (index, worker) =>
                {
                    if (worker < 0 || worker >= executor.WorkerCount)
                    {
                        Interlocked.Increment(ref badWorker);
                    }

                    Interlocked.Increment(ref counts[job, index]);
                });
            }
        }));
        Assert.Equal(0, badWorker);
        Assert.All(counts.Cast<int>(), c => Assert.Equal(3, c));
    }

    [Fact]
    public void NoTwoIterationsRunOnTheSameWorkerAtOnce()
    {
        var pool = new WorkerPool(3);
        var busy = new int[3];
        int clashes = 0;
        pool.Run(Enumerable.Range(0, 5).Select<int, Action<IParallelExecutor>>(_ => executor =>
            executor.For(40, (_, worker) =>
            {
                if (Interlocked.Increment(ref busy[worker]) != 1)
                {
                    Interlocked.Increment(ref clashes);
                }

                Thread.SpinWait(2000);
                Interlocked.Decrement(ref busy[worker]);
            })));
        Assert.Equal(0, clashes);
    }

    [Fact]
    public void AnExceptionInAParallelLoopReachesTheJobThatRanIt()
    {
        var pool = new WorkerPool(2);
        Exception? caught = null;
        pool.Run([executor =>
        {
            try
            {
                executor.For(10, (index, _) =>
                {
                    if (index == 7)
                    {
                        throw new InvalidOperationException("boom");
                    }
                });
            }
            catch (InvalidOperationException exception)
            {
                caught = exception;
            }
        }]);
        Assert.Equal("boom", caught?.Message);
    }
}
