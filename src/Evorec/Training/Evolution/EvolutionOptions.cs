using System.ComponentModel;
using Evorec.Genomes;

namespace Evorec.Training.Evolution;

/// <summary>
/// Options every evolutionary trainer shares: how the network's linear readout is obtained.
/// With a closed-form readout the genome holds only the non-readout parameters and each candidate's
/// readout is solved on the task's training sequences (<see cref="ReadoutSolvingDecoder"/>).
/// </summary>
public abstract class EvolutionOptions
{
    /// <summary>The readout: <c>evolved</c> (genes like any other), <c>ridge</c> or <c>pseudo-inverse</c> (solved per candidate).</summary>
    [Description("readout weights: evolved (in the genome), ridge or pseudo-inverse (solved per candidate on the training sequences, teacher-forced)")]
    public ReadoutMethod Readout { get; set; } = ReadoutMethod.Evolved;

    /// <summary>The ridge regularisation λ of <c>readout: ridge</c>, added to the diagonal of XᵀX.</summary>
    [Description("ridge regularisation lambda added to the diagonal of X^T X (readout: ridge)")]
    public double RidgeLambda { get; set; } = 1e-8;
}
