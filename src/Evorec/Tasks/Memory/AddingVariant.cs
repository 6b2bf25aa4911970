namespace Evorec.Tasks.Memory;

/// <summary>Which adding problem.</summary>
public enum AddingVariant
{
    /// <summary>
    /// Hochreiter &amp; Schmidhuber 1997 (§5.4): values in [−1, 1], lengths T … T + T/10, the first marked
    /// pair among the first ten, the second among the first T/2 − 1 still unmarked, first and last markers
    /// −1, target 0.5 + (X₁ + X₂)/4.
    /// </summary>
    Hochreiter1997,

    /// <summary>
    /// The variant of later work (e.g. Le, Jaitly &amp; Hinton 2015; Arjovsky, Shah &amp; Bengio 2016): length
    /// exactly T, values in [0, 1], one marker (1) uniformly in the first half and one in the second, all
    /// other markers 0, target X₁ + X₂ (predicting 1 always gives mean squared error 1/6 ≈ 0.167).
    /// Marker placement differs between papers; this is the half-split placement.
    /// </summary>
    Modern,
}
