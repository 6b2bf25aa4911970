namespace Evorec.Tasks.Control;

/// <summary>
/// Whose setup of the cart-pole benchmark to reproduce. The physics (<see cref="CartPoleSystem"/>),
/// the episode lengths, the damping fitness and the generalization test are common; the presets
/// differ in the start angle, the input scaling and bias, the cart–track friction and a minimum
/// force (see <see cref="CartPoleSetup"/>).
/// </summary>
public enum CartPoleProtocol
{
    /// <summary>
    /// Stanley's NEAT 1.2.1 code (<c>experiments.cpp</c>/<c>experiments.h</c>, class <c>CartPole</c>), the
    /// setup of Stanley &amp; Miikkulainen, "Evolving neural networks through augmenting topologies",
    /// Evolutionary Computation 10(2), 2002.
    /// </summary>
    Stanley2002,

    /// <summary>
    /// Gomez's own simulator as distributed with his CoSyNE 1.1 code (© 2007, <c>CartPole.C</c> and the
    /// cart-pole defaults of its <c>main</c>), the author's code for Gomez, Schmidhuber &amp; Miikkulainen,
    /// "Accelerated neural evolution through cooperatively coevolved synapses", JMLR 9, 2008.
    /// </summary>
    Gomez2008,
}
