using System.ComponentModel;

namespace Evorec.Tasks.Languages;

/// <summary>Options of the <c>anbn</c> and <c>anbncn</c> tasks.</summary>
public sealed class CountingLanguageOptions
{
    /// <summary>Smallest n of the training strings.</summary>
    [Description("smallest n of the training strings")]
    public int TrainMin { get; set; } = 1;

    /// <summary>Largest n of the training strings.</summary>
    [Description("largest n of the training strings (Gers & Schmidhuber 2001: 1..10)")]
    public int TrainMax { get; set; } = 10;

    /// <summary>The generalization test runs n = 1 … testMax.</summary>
    [Description("the generalization test runs n = 1..testMax (the reported largest N saturates there)")]
    public int TestMax { get; set; } = 100;

    /// <summary>Whether ST belongs to the language, so T is a possible symbol after S.</summary>
    [Description("the empty string ST is in the language, so T is also predicted after S (Gers & Schmidhuber 2001)")]
    public bool IncludeEmptyString { get; set; } = true;

    /// <summary>How outputs are judged.</summary>
    [Description("threshold (each output above the threshold iff its symbol is possible) or most-active")]
    public SymbolCriterion Criterion { get; set; } = SymbolCriterion.Threshold;

    /// <summary>Threshold of the threshold criterion.</summary>
    [Description("threshold of the threshold criterion")]
    public double Threshold { get; set; } = 0.5;
}
