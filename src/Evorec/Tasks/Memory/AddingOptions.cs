using System.ComponentModel;

namespace Evorec.Tasks.Memory;

/// <summary>Options of the <c>adding</c> task.</summary>
public sealed class AddingOptions
{
    /// <summary>Which adding problem.</summary>
    [Description("hochreiter1997 (values in [-1,1], target 0.5 + (X1+X2)/4) or modern (values in [0,1], target X1+X2)")]
    public AddingVariant Variant { get; set; } = AddingVariant.Hochreiter1997;

    /// <summary>The minimal sequence length T (the minimal lag is T/2).</summary>
    [Description("minimal sequence length T (H&S 1997: 100, 500, 1000; lengths T..T+T/10, minimal lag T/2)")]
    public int Length { get; set; } = 100;

    /// <summary>Training sequences.</summary>
    [Description("training sequences (fixed per run index)")]
    public int TrainSequences { get; set; } = 100;

    /// <summary>Validation sequences; the solved criterion needs them right too (0: none).</summary>
    [Description("validation sequences; solved needs them right too (0: none)")]
    public int ValidationSequences { get; set; }

    /// <summary>Held-out test sequences.</summary>
    [Description("held-out test sequences (H&S 1997: 2560)")]
    public int TestSequences { get; set; } = 2560;

    /// <summary>A sequence is right when its final absolute error is below this.</summary>
    [Description("a sequence is processed correctly when its final absolute error is below this (H&S 1997: 0.04)")]
    public double Tolerance { get; set; } = 0.04;

    /// <summary>Solved also needs the mean absolute training error below this.</summary>
    [Description("solved also needs the mean absolute training error below this (H&S 1997's 'average training error below 0.01')")]
    public double SolvedMeanErrorBelow { get; set; } = 0.01;
}
