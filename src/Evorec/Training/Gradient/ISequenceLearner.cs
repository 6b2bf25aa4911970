using Evorec.Tasks;

namespace Evorec.Training.Gradient;

/// <summary>How a gradient trainer learns from one training sequence: the gradient algorithm (BPTT, truncated BPTT, RTRL).</summary>
public interface ISequenceLearner
{
    /// <summary>
    /// Whether <see cref="Learn"/> updates the parameters itself, within the sequence (truncated BPTT, online RTRL),
    /// rather than only adding to the gradient the trainer applies once per minibatch.
    /// </summary>
    bool UpdatesOnline { get; }

    /// <summary>Forward passes for the trainer's validation error (they compute the same outputs as the learner).</summary>
    IDifferentiableNetwork Passes { get; }

    /// <summary>
    /// Runs <paramref name="sequence"/> under <paramref name="parameters"/>. Deferred learners add
    /// <paramref name="scale"/> · ∂E/∂θ (E the sum of squared errors of the scored steps) to
    /// <paramref name="gradient"/>; online learners apply <paramref name="update"/> themselves, with the
    /// gradient of the mean squared error of each update's errors. Returns the backward steps run.
    /// </summary>
    long Learn(Span<double> parameters, Sequence sequence, Span<double> gradient, double scale, GradientUpdate update);
}
