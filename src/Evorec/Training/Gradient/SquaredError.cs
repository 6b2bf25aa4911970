using Evorec.Tasks;

namespace Evorec.Training.Gradient;

/// <summary>
/// The gradient trainers' loss on a step range of a sequence: the sum of squared errors over its scored
/// steps (those after the washout), and its gradient with respect to the outputs.
/// </summary>
public static class SquaredError
{
    /// <summary>Scored outputs (steps after the washout × outputs) among steps <paramref name="from"/> … <paramref name="to"/> − 1.</summary>
    public static long ScoredOutputs(Sequence sequence, int from, int to) =>
        (long)Math.Max(0, to - Math.Max(from, sequence.Washout)) * sequence.TargetSize;

    /// <summary>
    /// Σ (y − d)² over the scored outputs of steps <paramref name="from"/> … <paramref name="to"/> − 1, and
    /// <paramref name="scale"/> · 2 (y − d) into <paramref name="outputGradients"/> for those steps (0 on washout steps).
    /// </summary>
    public static double Gradients(Sequence sequence, ReadOnlySpan<double> outputs, Span<double> outputGradients, int from, int to, double scale)
    {
        int outputCount = sequence.TargetSize;
        int scoredFrom = sequence.Washout * outputCount;
        double sum = 0.0;
        for (int i = from * outputCount; i < to * outputCount; i++)
        {
            if (i < scoredFrom)
            {
                outputGradients[i] = 0.0;
                continue;
            }

            double difference = outputs[i] - sequence.Targets[i];
            sum += difference * difference;
            outputGradients[i] = 2.0 * difference * scale;
        }

        return sum;
    }

    /// <summary>Hands <paramref name="sequence"/>'s targets to passes that feed back their outputs (teacher forcing needs them).</summary>
    public static void Teach(IDifferentiableNetwork passes, Sequence sequence)
    {
        if (passes is IOutputFeedbackPasses feedback)
        {
            feedback.Targets = sequence.Targets;
        }
    }
}
