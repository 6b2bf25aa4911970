using Evorec.Tasks;

namespace Evorec.Training.Gradient;

/// <summary>
/// Backpropagation through time over whole sequences (Werbos, "Backpropagation through time: what it does
/// and how to do it", Proc. IEEE 78(10), 1990, §III): one forward pass over the sequence, one backward pass
/// from its last step to its first; the gradient is left for the trainer's minibatch update.
/// </summary>
public sealed class BpttLearner : ISequenceLearner
{
    private readonly double[] _outputs;
    private readonly double[] _outputGradients;

    /// <summary>Creates the learner for sequences of up to <paramref name="longest"/> steps.</summary>
    public BpttLearner(IDifferentiableNetwork passes, int longest)
    {
        Passes = passes;
        _outputs = new double[longest * passes.OutputCount];
        _outputGradients = new double[longest * passes.OutputCount];
    }

    /// <inheritdoc/>
    public bool UpdatesOnline => false;

    /// <inheritdoc/>
    public IDifferentiableNetwork Passes { get; }

    /// <inheritdoc/>
    public long Learn(Span<double> parameters, Sequence sequence, Span<double> gradient, double scale, GradientUpdate update)
    {
        SumSquaredError(Passes, parameters, sequence, _outputs, _outputGradients, gradient, scale);
        return sequence.Length;
    }

    /// <summary>
    /// The sum of squared errors of <paramref name="sequence"/> under <paramref name="parameters"/> over its
    /// scored steps, and (when <paramref name="gradient"/> is not empty) its gradient scaled by
    /// <paramref name="scale"/> added to <paramref name="gradient"/>. Exposed for tests and benchmarks.
    /// </summary>
    public static double SumSquaredError(IDifferentiableNetwork passes, ReadOnlySpan<double> parameters, Sequence sequence, Span<double> outputs, Span<double> outputGradients, Span<double> gradient, double scale)
    {
        int length = sequence.Length;
        SquaredError.Teach(passes, sequence);
        passes.Forward(parameters, sequence.Inputs, 0, length, outputs);
        double sum = SquaredError.Gradients(sequence, outputs, outputGradients, 0, length, scale);
        if (!gradient.IsEmpty)
        {
            passes.Backward(parameters, outputGradients, gradient, 0, length);
        }

        return sum;
    }
}
