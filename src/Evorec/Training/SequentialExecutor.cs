namespace Evorec.Training;

/// <summary>Runs every iteration in order on the calling thread, as worker 0.</summary>
public sealed class SequentialExecutor : IParallelExecutor
{
    /// <summary>The shared instance.</summary>
    public static SequentialExecutor Instance { get; } = new();

    /// <inheritdoc/>
    public int WorkerCount => 1;

    /// <inheritdoc/>
    public void For(int count, Action<int, int> body)
    {
        for (int i = 0; i < count; i++)
        {
            body(i, 0);
        }
    }
}
