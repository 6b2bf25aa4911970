namespace Evorec.Training.Evolution;

/// <summary>The neuroevolution method that searches Evolino's hidden weights.</summary>
public enum EvolinoSearch
{
    /// <summary>Enforced SubPopulations, one subpopulation per memory cell (the paper's choice).</summary>
    Esp,

    /// <summary>CoSyNE, one subpopulation per weight (Gomez, Schmidhuber &amp; Miikkulainen, JMLR 9, 2008).</summary>
    Cosyne,
}
