using Evorec.Networks;

namespace Evorec.Training.Gradient;

/// <summary>
/// What the passes of the kinds that feed their outputs back (<see cref="JordanGradient"/>,
/// <see cref="NarxGradient"/>) share beyond <see cref="RecordedPasses{TSpec}"/>: the feedback mode,
/// the targets fed back under teacher forcing, and the choice between those and the network's own
/// recorded outputs.
/// </summary>
/// <typeparam name="TSpec">The network kind whose parameter vector the passes read.</typeparam>
public abstract class OutputFeedbackPasses<TSpec> : RecordedPasses<TSpec>, IOutputFeedbackPasses
    where TSpec : NetworkSpec
{
    /// <summary>Creates the passes for <paramref name="spec"/>, feeding back what <paramref name="feedback"/> says.</summary>
    protected OutputFeedbackPasses(TSpec spec, OutputFeedback feedback)
        : base(spec)
    {
        Feedback = feedback;
    }

    /// <inheritdoc/>
    public OutputFeedback Feedback { get; }

    /// <inheritdoc/>
    public ReadOnlyMemory<double> Targets { get; set; }

    /// <summary>Whether the gradient flows through the feedback (<see cref="OutputFeedback.ClosedLoop"/>).</summary>
    protected bool IsClosedLoop => Feedback == OutputFeedback.ClosedLoop;

    /// <summary>What is fed back, row-major, <see cref="IDifferentiableNetwork.OutputCount"/> per step: <see cref="Targets"/> under teacher forcing, else <paramref name="recordedOutputs"/>.</summary>
    protected ReadOnlySpan<double> FedBack(double[] recordedOutputs) => Feedback == OutputFeedback.TeacherForced ? Targets.Span : recordedOutputs;
}
