using System.ComponentModel;
using Evorec.Genomes;

namespace Evorec.Training.Evolution;

/// <summary>
/// Options of the <c>esn-ridge</c> trainer: one closed-form readout fit of a fixed network
/// (Jaeger, GMD Report 148, 2001, §4.1; ridge: Lukoševičius 2012, eq. 9). The readout defaults to ridge.
/// </summary>
public sealed class EsnRidgeOptions : EvolutionOptions
{
    /// <summary>Creates the defaults (readout: ridge).</summary>
    public EsnRidgeOptions() => Readout = ReadoutMethod.Ridge;

    /// <summary>Other evolvable parameters (none for an ESN without evolved globals or weights) are drawn once, uniform in [−initRange, initRange].</summary>
    [Description("other evolvable parameters (none for a plain ESN) are drawn once, uniform in [-initRange, initRange]")]
    public double InitRange { get; set; } = 1.0;
}
