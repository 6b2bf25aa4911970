namespace Evorec.Networks;

/// <summary>
/// The parameters that belong to one neuron — for a hidden neuron its incoming and outgoing
/// weights and its bias — for neuron-level methods such as ESP (Gomez &amp; Miikkulainen 1999),
/// which evolve one subpopulation per neuron.
/// </summary>
/// <param name="Name">A readable name such as <c>hidden 3</c>.</param>
/// <param name="Indices">Parameter-vector indices owned by the neuron, in a fixed order.</param>
/// <param name="Required">Whether the network cannot do without the group — an output neuron, or
/// parameters every neuron shares (an ESN's globals) — so a method that changes the network's size
/// (ESP's size adaptation) keeps it.</param>
public sealed record NeuronGroup(string Name, IReadOnlyList<int> Indices, bool Required = false);
