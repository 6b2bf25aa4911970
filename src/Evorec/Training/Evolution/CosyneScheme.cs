namespace Evorec.Training.Evolution;

/// <summary>Which description of CoSyNE's generation the <c>cosyne</c> trainer follows.</summary>
public enum CosyneScheme
{
    /// <summary>
    /// The paper's Algorithm 1 (Gomez, Schmidhuber &amp; Miikkulainen, JMLR 9, 2008, §3): m networks per
    /// generation, the 2l offspring of the top quarter replace the worst, fitness-dependent permutation.
    /// </summary>
    Paper,

    /// <summary>
    /// Gomez's CoSyNE 1.1 code (2007, <c>CoSyNE::evalPop</c>, <c>recombine</c>, <c>getNetworks</c>): the
    /// 2l offspring are added to the m survivors (m + 2l networks per generation after the first), every
    /// entry ranked below the top quarter is mutated, and every evaluated entry is permuted.
    /// </summary>
    Code,
}
