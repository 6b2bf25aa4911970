namespace Evorec.Tests.Support;

/// <summary>
/// What a warmed-up hot path allocates on the calling thread. The runtime's tiered compilation and
/// on-stack replacement may allocate once on that thread at a moment that depends on timing (under
/// load a transition can land in any window, after any warm-up), so the path is measured in up to
/// <see cref="Windows"/> windows and the fewest bytes are returned. A path that allocates each time
/// it runs allocates in every window, so this does not hide it.
/// </summary>
public static class SteadyAllocation
{
    /// <summary>The most windows measured.</summary>
    public const int Windows = 3;

    /// <summary>The fewest bytes <paramref name="window"/> allocated in one run, stopping at the first run that allocated nothing.</summary>
    public static long Bytes(Action window)
    {
        long fewest = long.MaxValue;
        for (int i = 0; i < Windows && fewest > 0; i++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            window();
            fewest = Math.Min(fewest, GC.GetAllocatedBytesForCurrentThread() - before);
        }

        return fewest;
    }
}
