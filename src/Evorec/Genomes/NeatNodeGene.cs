namespace Evorec.Genomes;

/// <summary>A node gene (Stanley &amp; Miikkulainen 2002, §3.1): a node id and its role.</summary>
/// <param name="Id">The node's historical id: the same structural innovation gives the same id in every genome.</param>
/// <param name="Type">Its role.</param>
public readonly record struct NeatNodeGene(int Id, NeatNodeType Type)
{
    /// <summary>Whether the node is a sensor (an input or the bias), which receives no connections.</summary>
    public bool IsSensor => Type is NeatNodeType.Input or NeatNodeType.Bias;
}
