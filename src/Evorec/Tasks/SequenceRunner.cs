using Evorec.Networks;

namespace Evorec.Tasks;

/// <summary>Runs a network over a <see cref="Sequence"/> with its inputs given (open loop).</summary>
public static class SequenceRunner
{
    /// <summary>
    /// Resets <paramref name="network"/>, runs it over <paramref name="sequence"/> and accumulates the
    /// error after the washout into <paramref name="error"/>. Stops early on a non-finite output.
    /// <paramref name="output"/> is a caller-owned buffer of at least the target size.
    /// </summary>
    /// <returns>The number of network steps run.</returns>
    public static long RunOpenLoop(IRecurrentNetwork network, Sequence sequence, Span<double> output, ref ErrorAccumulator error)
    {
        network.Reset();
        for (int t = 0; t < sequence.Length; t++)
        {
            network.Step(sequence.InputAt(t), output);
            if (t < sequence.Washout)
            {
                continue;
            }

            ReadOnlySpan<double> target = sequence.TargetAt(t);
            for (int k = 0; k < target.Length; k++)
            {
                error.Add(output[k], target[k]);
            }

            if (error.IsBroken)
            {
                return t + 1;
            }
        }

        return sequence.Length;
    }

    /// <summary>
    /// Runs <paramref name="network"/> over <paramref name="sequence"/> exactly as <see cref="RunOpenLoop"/> does and records
    /// every step's inputs, targets and outputs (<see cref="TaskTrace.SupervisedColumns"/>); stops after a non-finite output.
    /// </summary>
    public static TaskTrace Trace(IRecurrentNetwork network, Sequence sequence, int outputCount)
    {
        var trace = new TaskTrace(TaskTrace.SupervisedColumns(sequence.InputSize, sequence.TargetSize));
        var output = new double[Math.Max(outputCount, sequence.TargetSize)];
        var row = new double[trace.Columns.Count - 1];
        network.Reset();
        for (int t = 0; t < sequence.Length; t++)
        {
            network.Step(sequence.InputAt(t), output);
            sequence.InputAt(t).CopyTo(row);
            sequence.TargetAt(t).CopyTo(row.AsSpan(sequence.InputSize));
            output.AsSpan(0, sequence.TargetSize).CopyTo(row.AsSpan(sequence.InputSize + sequence.TargetSize));
            row[^1] = t < sequence.Washout ? 1 : 0;
            trace.Add(row);
            foreach (double value in output.AsSpan(0, sequence.TargetSize))
            {
                if (!double.IsFinite(value))
                {
                    return trace;
                }
            }
        }

        return trace;
    }
}
