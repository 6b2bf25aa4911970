using Evorec.Networks;

namespace Evorec.Tasks.Memory;

/// <summary>
/// Runs a network over sequences whose target is only at their last step (the adding and parity problems),
/// resetting it before each one, and compares its last output with the target: a sequence is processed
/// correctly when the absolute error is below a tolerance (Hochreiter &amp; Schmidhuber 1997, §5.4).
/// Allocates nothing.
/// </summary>
public static class FinalOutputScorer
{
    /// <summary>Scores <paramref name="network"/>; <paramref name="output"/> is a caller-owned buffer of one value.</summary>
    public static FinalOutputScore Score(IRecurrentNetwork network, IReadOnlyList<Sequence> sequences, double tolerance, Span<double> output)
    {
        int correct = 0;
        double squared = 0.0;
        double absolute = 0.0;
        long steps = 0;
        for (int s = 0; s < sequences.Count; s++)
        {
            Sequence sequence = sequences[s];
            network.Reset();
            for (int t = 0; t < sequence.Length; t++)
            {
                network.Step(sequence.InputAt(t), output);
            }

            steps += sequence.Length;
            double prediction = output[0];
            if (!double.IsFinite(prediction))
            {
                return new FinalOutputScore(sequences.Count, correct, squared, absolute, steps, true);
            }

            double error = Math.Abs(prediction - sequence.TargetAt(sequence.Length - 1)[0]);
            squared += error * error;
            absolute += error;
            if (error < tolerance)
            {
                correct++;
            }
        }

        return new FinalOutputScore(sequences.Count, correct, squared, absolute, steps, false);
    }

    /// <summary>
    /// The score of the constant prediction <paramref name="constant"/> (no network): the naive baseline.
    /// </summary>
    public static FinalOutputScore ScoreConstant(IReadOnlyList<Sequence> sequences, double constant, double tolerance)
    {
        int correct = 0;
        double squared = 0.0;
        double absolute = 0.0;
        foreach (Sequence sequence in sequences)
        {
            double error = Math.Abs(constant - sequence.TargetAt(sequence.Length - 1)[0]);
            squared += error * error;
            absolute += error;
            correct += error < tolerance ? 1 : 0;
        }

        return new FinalOutputScore(sequences.Count, correct, squared, absolute, 0, false);
    }

    /// <summary>The mean of the final targets of <paramref name="sequences"/>.</summary>
    public static double MeanTarget(IReadOnlyList<Sequence> sequences) =>
        sequences.Count == 0 ? 0.0 : sequences.Average(s => s.TargetAt(s.Length - 1)[0]);
}
