namespace Evorec.Training.Evolution;

/// <summary>The distribution of the noise a mutation adds to a gene (scaled by the mutation scale).</summary>
public enum MutationDistribution
{
    /// <summary>Standard normal noise.</summary>
    Gaussian,

    /// <summary>Standard Cauchy noise (heavy-tailed, as in ESP and CoSyNE: Gomez &amp; Miikkulainen 1997; Gomez et al. 2008).</summary>
    Cauchy,
}
