using Evorec.Training;

namespace Evorec.Experiments;

/// <summary>
/// A fixed set of worker threads that runs a suite's runs and, inside each run, its
/// evaluations, without ever having more busy threads than workers. Each run is a job on one
/// worker; when a run evaluates a population it offers the evaluations to idle workers and works
/// through them itself, so the cores stay busy at the end of a suite (fewer runs than workers)
/// and are never oversubscribed in the middle of one. Which worker evaluates what changes from
/// run to run, but no result depends on it (see <see cref="IParallelExecutor"/>).
/// </summary>
public sealed class WorkerPool
{
    private readonly object _gate = new();
    private readonly Queue<ParallelBatch> _help = new();
    private readonly Queue<Action<IParallelExecutor>> _jobs = new();
    private int _running;

    /// <summary>Creates a pool of <paramref name="workers"/> threads.</summary>
    public WorkerPool(int workers)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(workers);
        WorkerCount = workers;
    }

    /// <summary>The number of worker threads.</summary>
    public int WorkerCount { get; }

    /// <summary>
    /// Runs every job to completion, at most <see cref="WorkerCount"/> at a time, each with an
    /// executor that shares the pool's workers. Jobs should catch their own exceptions; one that
    /// escapes is rethrown here after all jobs have ended.
    /// </summary>
    public void Run(IEnumerable<Action<IParallelExecutor>> jobs)
    {
        Exception? escaped = null;
        lock (_gate)
        {
            foreach (var job in jobs)
            {
                _jobs.Enqueue(job);
            }

            _running = 0;
        }

        var threads = new Thread[WorkerCount];
        for (int w = 0; w < WorkerCount; w++)
        {
            var executor = new Executor(this, w);
            threads[w] = new Thread(() =>
            {
                try
                {
                    WorkLoop(executor);
                }
                catch (Exception exception)
                {
                    Interlocked.CompareExchange(ref escaped, exception, null);
                    lock (_gate)
                    {
                        _jobs.Clear();
                        Monitor.PulseAll(_gate);
                    }
                }
            })
            {
                IsBackground = true,
                Name = $"evorec worker {w}",
            };
            threads[w].Start();
        }

        foreach (Thread thread in threads)
        {
            thread.Join();
        }

        if (escaped is not null)
        {
            throw new AggregateException("A job of the worker pool failed.", escaped);
        }
    }

    private void WorkLoop(Executor executor)
    {
        while (true)
        {
            ParallelBatch? batch = null;
            Action<IParallelExecutor>? job = null;
            lock (_gate)
            {
                while (true)
                {
                    if (_help.Count > 0)
                    {
                        batch = _help.Dequeue();
                        break;
                    }

                    if (_jobs.Count > 0)
                    {
                        job = _jobs.Dequeue();
                        _running++;
                        break;
                    }

                    if (_running == 0)
                    {
                        Monitor.PulseAll(_gate);
                        return;
                    }

                    Monitor.Wait(_gate);
                }
            }

            if (batch is not null)
            {
                batch.Work(executor.Worker);
                continue;
            }

            try
            {
                job!(executor);
            }
            finally
            {
                lock (_gate)
                {
                    _running--;
                    Monitor.PulseAll(_gate);
                }
            }
        }
    }

    private void Offer(ParallelBatch batch, int helpers)
    {
        lock (_gate)
        {
            for (int i = 0; i < helpers; i++)
            {
                _help.Enqueue(batch);
            }

            Monitor.PulseAll(_gate);
        }
    }

    /// <summary>The executor a job receives: parallel loops share the pool's idle workers.</summary>
    private sealed class Executor(WorkerPool pool, int worker) : IParallelExecutor
    {
        public int Worker => worker;

        public int WorkerCount => pool.WorkerCount;

        public void For(int count, Action<int, int> body)
        {
            if (count <= 1 || pool.WorkerCount == 1)
            {
                for (int i = 0; i < count; i++)
                {
                    body(i, worker);
                }

                return;
            }

            var batch = new ParallelBatch(count, body);
            pool.Offer(batch, Math.Min(count - 1, pool.WorkerCount - 1));
            batch.Work(worker);
            batch.WaitForCompletion();
        }
    }

    /// <summary>One parallel loop: indices are claimed one at a time by whichever workers join.</summary>
    private sealed class ParallelBatch(int count, Action<int, int> body)
    {
        private readonly ManualResetEventSlim _done = new(false);
        private readonly int _count = count;
        private int _next = -1;
        private int _remaining = count;
        private Exception? _failure;

        public void Work(int worker)
        {
            while (true)
            {
                int index = Interlocked.Increment(ref _next);
                if (index >= _count)
                {
                    return;
                }

                try
                {
                    if (Volatile.Read(ref _failure) is null)
                    {
                        body(index, worker);
                    }
                }
                catch (Exception exception)
                {
                    Interlocked.CompareExchange(ref _failure, exception, null);
                }
                finally
                {
                    if (Interlocked.Decrement(ref _remaining) == 0)
                    {
                        _done.Set();
                    }
                }
            }
        }

        public void WaitForCompletion()
        {
            _done.Wait();
            _done.Dispose();
            if (_failure is not null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(_failure).Throw();
            }
        }
    }
}
