namespace Evorec.Training.Evolution;

/// <summary>Which description of ESP's generation the <c>esp</c> trainer follows.</summary>
public enum EspScheme
{
    /// <summary>
    /// The paper's (Gomez &amp; Miikkulainen, IJCAI 1999, §3): within each subpopulation of n neurons the
    /// offspring of the top quarter replace the bottom half, and n neurons take part in each generation.
    /// </summary>
    Paper,

    /// <summary>
    /// Gomez's ESP 3.0 code (<c>Esp::recombine</c>, <c>Esp::evalPop</c>): the offspring of the top quarter
    /// are added to the n neurons, so every generation after the first evaluates n + n/2 neurons per
    /// subpopulation (10 trials each), and the next recombination keeps the best n of them before adding
    /// new offspring; parents are never replaced before they are compared with their children.
    /// </summary>
    Code,
}
