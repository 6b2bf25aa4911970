namespace Evorec.Networks;

/// <summary>
/// A network whose state holds its own past outputs (Jordan context, NARX output taps,
/// fully recurrent output neurons, ESN output feedback). Teacher forcing (Williams &amp; Zipser
/// 1989, §4) replaces those fed-back outputs by the targets, so the next step sees the target
/// rather than the network's own output.
/// </summary>
public interface ITeacherForcible
{
    /// <summary>Overwrites the fed-back outputs of the last <see cref="IRecurrentNetwork.Step"/> with <paramref name="targets"/>.</summary>
    void ForceOutputs(ReadOnlySpan<double> targets);
}
