namespace Evorec.Genomes;

/// <summary>How an evolutionary trainer obtains the linear readout of a network.</summary>
public enum ReadoutMethod
{
    /// <summary>The readout weights are genes like any other (the direct encoding).</summary>
    Evolved,

    /// <summary>
    /// Ridge regression (Tikhonov regularisation) on the teacher-forced readout features:
    /// W = (XᵀX + λI)⁻¹ XᵀY, as in Jaeger, GMD Report 159 (2002), and Lukoševičius, "A practical
    /// guide to applying echo state networks" (2012), eq. 9.
    /// </summary>
    Ridge,

    /// <summary>
    /// The Moore-Penrose pseudo-inverse: W = X⁺Y, the least-squares readout of minimum norm, as in
    /// Evolino (Schmidhuber, Wierstra, Gagliolo &amp; Gomez, Neural Computation 19, 2007, §3) and
    /// Jaeger, GMD Report 148 (2001).
    /// </summary>
    PseudoInverse,
}
