namespace Evorec.Tasks.TimeSeries;

/// <summary>
/// The data of a generative (closed-loop) scalar time-series task and its split: a washout, then
/// training, validation and test segments one after the other. Each segment is evaluated from the
/// network's reset state by running it over the series from its first sample, teacher-forced up to the
/// segment, so a later segment continues exactly where the earlier data ends (as in the ESN protocol of
/// Jaeger, GMD Report 148, 2001, where the free-running test follows the teacher-forced training run).
/// </summary>
public sealed class GenerativeSeries
{
    /// <summary>Creates the split of <paramref name="series"/>; the array is taken, not copied.</summary>
    public GenerativeSeries(double[] series, int washout, int trainLength, int validationLength, int testLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(washout);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trainLength);
        ArgumentOutOfRangeException.ThrowIfNegative(validationLength);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(testLength);
        if (series.Length < washout + trainLength + validationLength + testLength + 1)
        {
            throw new ArgumentException("The series is shorter than its split.", nameof(series));
        }

        Series = series;
        Train = new SeriesSegment(washout, washout + trainLength);
        Validation = new SeriesSegment(Train.To, Train.To + validationLength);
        Test = new SeriesSegment(Validation.To, Validation.To + testLength);
    }

    /// <summary>The samples, in the coordinates the network reads and writes.</summary>
    public double[] Series { get; }

    /// <summary>Steps scored for fitness.</summary>
    public SeriesSegment Train { get; }

    /// <summary>Steps scored for the solved criterion and model choice (empty when there is no validation).</summary>
    public SeriesSegment Validation { get; }

    /// <summary>Held-out steps, after the validation steps.</summary>
    public SeriesSegment Test { get; }

    /// <summary>Whether there is a validation segment.</summary>
    public bool HasValidation => Validation.Length > 0;

    /// <summary>
    /// The split as teacher-forced sequences for gradient trainers and closed-form readouts: each runs from
    /// the first sample (input sample t, target sample t + 1) with the steps before its segment as washout.
    /// </summary>
    public SequenceDataset CreateDataset() => new(
        [ToSequence(Train)],
        HasValidation ? [ToSequence(Validation)] : [],
        [ToSequence(Test)]);

    /// <summary>The teacher-forced sequence of <paramref name="segment"/>.</summary>
    public Sequence ToSequence(SeriesSegment segment) =>
        new(Series[..segment.To], 1, Series[1..(segment.To + 1)], 1, segment.From);
}
