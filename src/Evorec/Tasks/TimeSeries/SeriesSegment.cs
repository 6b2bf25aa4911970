namespace Evorec.Tasks.TimeSeries;

/// <summary>
/// The scored steps [<see cref="From"/>, <see cref="To"/>) of a time series run from its start: step t reads
/// sample t (or, free-running, the network's previous output) and predicts sample t + 1.
/// </summary>
/// <param name="From">The first scored step.</param>
/// <param name="To">One past the last scored step.</param>
public readonly record struct SeriesSegment(int From, int To)
{
    /// <summary>Number of scored steps.</summary>
    public int Length => To - From;
}
