using System.ComponentModel;

namespace Evorec.Tasks.Languages;

/// <summary>Options of the <c>embedded-reber</c> task.</summary>
public sealed class EmbeddedReberOptions
{
    /// <summary>Training strings (drawn at random; repeats allowed).</summary>
    [Description("training strings, drawn at random (Hochreiter & Schmidhuber 1997: 256)")]
    public int TrainStrings { get; set; } = 256;

    /// <summary>Validation strings, none of them a training string; the solved criterion needs them all right.</summary>
    [Description("validation strings, none in the training set; solved needs them right too (H&S 1997's 256 test strings)")]
    public int ValidationStrings { get; set; } = 256;

    /// <summary>Held-out test strings, none of them a training or validation string.</summary>
    [Description("held-out test strings, none in the training or validation sets")]
    public int TestStrings { get; set; } = 256;

    /// <summary>How outputs are judged.</summary>
    [Description("most-active (the possible symbols' outputs are the highest: H&S 1997) or threshold")]
    public SymbolCriterion Criterion { get; set; } = SymbolCriterion.MostActive;

    /// <summary>Threshold of the threshold criterion.</summary>
    [Description("threshold of the threshold criterion")]
    public double Threshold { get; set; } = 0.5;
}
