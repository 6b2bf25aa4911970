namespace Evorec.Training;

/// <summary>
/// Runs the iterations of a loop in parallel on a fixed set of workers. Each iteration is told
/// which worker runs it, so it can use that worker's buffers; the result of an iteration must
/// depend only on its index, never on the worker or the schedule.
/// </summary>
public interface IParallelExecutor
{
    /// <summary>The number of distinct worker indices <see cref="For"/> may pass (0 … WorkerCount − 1).</summary>
    int WorkerCount { get; }

    /// <summary>Calls <paramref name="body"/>(index, worker) for every index in [0, <paramref name="count"/>) and returns when all are done.</summary>
    void For(int count, Action<int, int> body);
}
