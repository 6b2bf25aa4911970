namespace Evorec.Training.Gradient;

/// <summary>Checks the step ranges of <see cref="IDifferentiableNetwork.Forward"/> and <see cref="IDifferentiableNetwork.Backward"/>.</summary>
public static class TrajectoryRange
{
    /// <summary>A forward range must start at step 0 or continue a recorded trajectory of at least <paramref name="from"/> steps.</summary>
    public static void CheckForward(int from, int to, int recorded)
    {
        if (from < 0 || to < from || (from > 0 && from > recorded))
        {
            throw new ArgumentOutOfRangeException(nameof(from), $"Cannot run steps {from}..{to - 1}: {recorded} steps are recorded.");
        }
    }

    /// <summary>A backward range must lie inside the recorded trajectory.</summary>
    public static void CheckBackward(int from, int to, int recorded)
    {
        if (from < 0 || to < from || to > recorded)
        {
            throw new ArgumentOutOfRangeException(nameof(to), $"Cannot backpropagate steps {from}..{to - 1}: {recorded} steps are recorded.");
        }
    }
}
