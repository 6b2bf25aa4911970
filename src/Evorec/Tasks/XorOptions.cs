using System.ComponentModel;

namespace Evorec.Tasks;

/// <summary>Options of the <c>xor</c> task.</summary>
public sealed class XorOptions
{
    /// <summary>Whether a constant input 1.0 comes first, as in NEAT's code.</summary>
    [Description("add a constant bias input 1.0 before the two operands, as NEAT does")]
    public bool Bias { get; set; } = true;

    /// <summary>Network steps per pattern, the input held constant; the output is read after the last.</summary>
    [Description("network steps per pattern with the input held (the most, when settleTolerance is set)")]
    public int Ticks { get; set; } = 3;

    /// <summary>When positive, a pattern stops early once no output moves by more than this between two steps.</summary>
    [Description("stop a pattern early once no output changes by more than this between steps (0: always run all ticks)")]
    public double SettleTolerance { get; set; }
}
