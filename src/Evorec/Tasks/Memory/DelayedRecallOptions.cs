using System.ComponentModel;

namespace Evorec.Tasks.Memory;

/// <summary>Options of the <c>delayed-recall</c> task.</summary>
public sealed class DelayedRecallOptions
{
    /// <summary>Number of distinct integers (one-hot inputs and outputs).</summary>
    [Description("number of distinct integers m (one-hot inputs and outputs)")]
    public int Symbols { get; set; } = 4;

    /// <summary>The lag k: the output at step t must name the integer read at step t − k.</summary>
    [Description("lag k: the output at step t names the integer read at step t - k")]
    public int Lag { get; set; } = 5;

    /// <summary>Steps per sequence (the first <c>lag</c> are not scored).</summary>
    [Description("steps per sequence (the first lag steps are not scored)")]
    public int Length { get; set; } = 50;

    /// <summary>Training sequences.</summary>
    [Description("training sequences (fixed per run index)")]
    public int TrainSequences { get; set; } = 20;

    /// <summary>Validation sequences; the solved criterion needs them right too (0: none).</summary>
    [Description("validation sequences; solved needs them right too (0: none)")]
    public int ValidationSequences { get; set; }

    /// <summary>Held-out test sequences.</summary>
    [Description("held-out test sequences")]
    public int TestSequences { get; set; } = 50;
}
