namespace Evorec.Training.Gradient;

/// <summary>
/// Passes of a network kind that feeds its outputs back (<see cref="JordanGradient"/>, <see cref="NarxGradient"/>).
/// Under <see cref="OutputFeedback.TeacherForced"/> they feed back the sequence's targets, as the network's
/// <see cref="Networks.ITeacherForcible.ForceOutputs"/> does after every step.
/// </summary>
public interface IOutputFeedbackPasses : IDifferentiableNetwork
{
    /// <summary>What the passes feed back.</summary>
    OutputFeedback Feedback { get; }

    /// <summary>The targets (row-major, <see cref="IDifferentiableNetwork.OutputCount"/> per step) the next forward pass feeds back under teacher forcing.</summary>
    ReadOnlyMemory<double> Targets { get; set; }
}
