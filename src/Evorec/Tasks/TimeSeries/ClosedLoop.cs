using Evorec.Networks;

namespace Evorec.Tasks.TimeSeries;

/// <summary>
/// Runs a one-input, one-output network over a scalar series with teacher forcing and free running, the
/// protocol of generative (closed-loop) tasks (Jaeger, GMD Report 148, 2001, §4 and §6.3). Step t reads
/// sample t and predicts sample t + 1. A fed-back output is overwritten with a target (through
/// <see cref="ITeacherForcible"/>) only when that target is also the next input, so no value the network
/// must predict ever leaks into its state. Allocates nothing.
/// </summary>
public static class ClosedLoop
{
    /// <summary>
    /// Resets <paramref name="network"/> and runs steps 0 … <paramref name="segment"/>.To − 1 of
    /// <paramref name="series"/>, adding the predictions of the scored steps to <paramref name="error"/>.
    /// Every step before the segment is teacher-forced. Teacher-forced scoring keeps feeding true samples;
    /// free-running scoring feeds true sample <c>From</c> and then the network's own previous outputs.
    /// Stops at the first non-finite scored output.
    /// </summary>
    /// <returns>The number of network steps run.</returns>
    public static long Run(IRecurrentNetwork network, ReadOnlySpan<double> series, SeriesSegment segment, ScoringMode mode, Span<double> input, Span<double> output, ref ErrorAccumulator error)
    {
        if (segment.From < 0 || segment.To <= segment.From || segment.To >= series.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(segment), segment, "The segment must lie inside the series, with a sample after it.");
        }

        var teacher = network as ITeacherForcible;
        bool free = mode == ScoringMode.FreeRunning;
        network.Reset();
        double previous = 0.0;
        for (int t = 0; t < segment.To; t++)
        {
            input[0] = free && t > segment.From ? previous : series[t];
            network.Step(input, output);
            previous = output[0];
            if (t >= segment.From)
            {
                error.Add(previous, series[t + 1]);
                if (error.IsBroken)
                {
                    return t + 1;
                }
            }

            bool nextInputIsTrue = !free || t + 1 <= segment.From;
            if (teacher is not null && nextInputIsTrue && t + 1 < segment.To)
            {
                teacher.ForceOutputs(series.Slice(t + 1, 1));
            }
        }

        return segment.To;
    }

    /// <summary>
    /// Resets <paramref name="network"/>, feeds it the first <paramref name="trueInputs"/> samples of
    /// <paramref name="series"/> (teacher-forced), then runs it free and returns its
    /// <paramref name="horizon"/>-step-ahead prediction: the prediction of sample
    /// <paramref name="trueInputs"/> − 1 + <paramref name="horizon"/>, made from true samples up to
    /// <paramref name="trueInputs"/> − 1 only. Runs <paramref name="trueInputs"/> + <paramref name="horizon"/> − 1 steps.
    /// </summary>
    public static double PredictAhead(IRecurrentNetwork network, ReadOnlySpan<double> series, int trueInputs, int horizon, Span<double> input, Span<double> output)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(trueInputs);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(horizon);
        if (series.Length < trueInputs + horizon)
        {
            throw new ArgumentException("The series must hold the predicted sample.", nameof(series));
        }

        var teacher = network as ITeacherForcible;
        network.Reset();
        int steps = trueInputs + horizon - 1;
        double previous = 0.0;
        for (int t = 0; t < steps; t++)
        {
            input[0] = t < trueInputs ? series[t] : previous;
            network.Step(input, output);
            previous = output[0];
            if (teacher is not null && t + 1 < trueInputs)
            {
                teacher.ForceOutputs(series.Slice(t + 1, 1));
            }
        }

        return previous;
    }
}
