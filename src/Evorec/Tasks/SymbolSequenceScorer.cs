using Evorec.Networks;

namespace Evorec.Tasks;

/// <summary>
/// Runs a network over symbol sequences (inputs one-hot, targets 0/1 per symbol), resetting it before
/// each sequence, and judges every step after each sequence's washout with <see cref="SymbolPrediction"/>.
/// Allocates nothing.
/// </summary>
public static class SymbolSequenceScorer
{
    /// <summary>
    /// Scores <paramref name="network"/> on <paramref name="sequences"/>. <paramref name="output"/> is a
    /// caller-owned buffer of at least the target size. Stops at the first non-finite output.
    /// </summary>
    public static SymbolScore Score(IRecurrentNetwork network, IReadOnlyList<Sequence> sequences, SymbolCriterion criterion, double threshold, Span<double> output)
    {
        int correctSequences = 0;
        long steps = 0;
        long correctSteps = 0;
        long networkSteps = 0;
        for (int s = 0; s < sequences.Count; s++)
        {
            Sequence sequence = sequences[s];
            Span<double> outputs = output[..sequence.TargetSize];
            network.Reset();
            bool right = true;
            for (int t = 0; t < sequence.Length; t++)
            {
                network.Step(sequence.InputAt(t), outputs);
                networkSteps++;
                if (t < sequence.Washout)
                {
                    continue;
                }

                for (int k = 0; k < outputs.Length; k++)
                {
                    if (!double.IsFinite(outputs[k]))
                    {
                        return new SymbolScore(sequences.Count, correctSequences, steps, correctSteps, networkSteps, true);
                    }
                }

                steps++;
                if (SymbolPrediction.IsCorrect(outputs, sequence.TargetAt(t), criterion, threshold))
                {
                    correctSteps++;
                }
                else
                {
                    right = false;
                }
            }

            if (right)
            {
                correctSequences++;
            }
        }

        return new SymbolScore(sequences.Count, correctSequences, steps, correctSteps, networkSteps, false);
    }

    /// <summary>Whether <paramref name="network"/> processes <paramref name="sequence"/> correctly (every scored step right).</summary>
    public static bool IsCorrect(IRecurrentNetwork network, Sequence sequence, SymbolCriterion criterion, double threshold, Span<double> output)
    {
        SymbolScore score = Score(network, [sequence], criterion, threshold, output);
        return score.AllCorrect;
    }
}
