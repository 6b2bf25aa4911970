using System.ComponentModel;

namespace Evorec.Tasks.Memory;

/// <summary>Options of the <c>parity</c> task.</summary>
public sealed class ParityOptions
{
    /// <summary>Shortest sequence.</summary>
    [Description("shortest sequence (Schmidhuber, Hochreiter & Bengio 2001: 500; Bengio et al. 1994: 25)")]
    public int MinLength { get; set; } = 500;

    /// <summary>Longest sequence.</summary>
    [Description("longest sequence (Schmidhuber, Hochreiter & Bengio 2001: 600; Bengio et al. 1994: 50)")]
    public int MaxLength { get; set; } = 600;

    /// <summary>Training sequences, half of each class.</summary>
    [Description("training sequences, half odd and half even (2001: 100)")]
    public int TrainSequences { get; set; } = 100;

    /// <summary>Validation sequences; the solved criterion needs them right too (0: none).</summary>
    [Description("validation sequences; solved needs them right too (0: none)")]
    public int ValidationSequences { get; set; }

    /// <summary>Held-out test sequences.</summary>
    [Description("held-out test sequences, half of each class (2001: 100)")]
    public int TestSequences { get; set; } = 100;

    /// <summary>A sequence is right when its final absolute error is below this.</summary>
    [Description("a sequence is classified correctly when its final absolute error is below this (2001: 0.1)")]
    public double Tolerance { get; set; } = 0.1;

    /// <summary>Uniform noise in [−noise, noise] added to every input.</summary>
    [Description("uniform noise in [-noise, noise] added to every input (Bengio et al. 1994: 0.2)")]
    public double Noise { get; set; }
}
