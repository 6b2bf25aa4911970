namespace Evorec.Tasks.Control;

/// <summary>The fitness function of the cart-pole task, which also selects the protocol.</summary>
public enum CartPoleFitness
{
    /// <summary>
    /// Steps balanced in one episode of up to 100,000 steps; balancing them all is the solution
    /// (the protocol with velocities in NEAT 2002 and CoSyNE 2008; the "standard fitness" without them).
    /// </summary>
    Steps,

    /// <summary>
    /// Gruau, Whitley &amp; Pyeatt's damping fitness (1996) over 1,000-step episodes, each
    /// generation's champion then confirmed by a 100,000-step run and the 625-start
    /// generalization test (the protocol without velocities in NEAT 2002 and CoSyNE 2008).
    /// </summary>
    Damping,
}
