namespace Evorec.Genomes;

/// <summary>
/// The role of a node gene in a NEAT genome (Stanley &amp; Miikkulainen 2002, §3.1, Figure 2:
/// sensor, output and hidden node genes). A bias node is a sensor whose value is always 1.
/// </summary>
public enum NeatNodeType
{
    /// <summary>A sensor fed by one of the task's inputs.</summary>
    Input = 0,

    /// <summary>A sensor whose value is always 1 (only when the network kind asks for it).</summary>
    Bias = 1,

    /// <summary>An output node; output k is the k-th network output.</summary>
    Output = 2,

    /// <summary>A hidden node, added by the add-node mutation.</summary>
    Hidden = 3,
}
