namespace Evorec.Tasks;

/// <summary>When a network's outputs count as predicting the right set of next symbols (one output per symbol).</summary>
public enum SymbolCriterion
{
    /// <summary>
    /// Every output is compared with a threshold: the outputs above it must be exactly the possible symbols
    /// (Gers &amp; Schmidhuber, IEEE TNN 12(6), 2001, threshold 0.5).
    /// </summary>
    Threshold,

    /// <summary>
    /// The outputs of the possible symbols must be the most active ones: each of them strictly above every
    /// other output (Hochreiter &amp; Schmidhuber, Neural Computation 9(8), 1997, §5.1). With one possible
    /// symbol this is the argmax.
    /// </summary>
    MostActive,
}
