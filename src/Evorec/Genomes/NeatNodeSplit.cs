namespace Evorec.Genomes;

/// <summary>The markings of one add-node innovation.</summary>
/// <param name="NodeId">The new node's id.</param>
/// <param name="IncomingInnovation">The innovation of the connection into the new node.</param>
/// <param name="OutgoingInnovation">The innovation of the connection out of the new node.</param>
public readonly record struct NeatNodeSplit(int NodeId, int IncomingInnovation, int OutgoingInnovation);
