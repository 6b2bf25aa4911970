namespace Evorec.Genomes;

/// <summary>
/// A connection gene (Stanley &amp; Miikkulainen 2002, §3.1, Figure 2): in-node, out-node, weight,
/// enable bit and innovation number, the historical marking that aligns genes in crossover (§3.2).
/// </summary>
/// <param name="Innovation">The innovation number.</param>
/// <param name="Source">The id of the node the connection reads.</param>
/// <param name="Target">The id of the node the connection feeds.</param>
/// <param name="Weight">The connection weight.</param>
/// <param name="Enabled">Whether the connection is expressed in the network.</param>
public readonly record struct NeatConnectionGene(int Innovation, int Source, int Target, double Weight, bool Enabled);
