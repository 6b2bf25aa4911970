namespace Evorec.Networks;

/// <summary>How a <c>neat-graph</c> network is activated per step (see <see cref="NeatGraphNetwork"/>).</summary>
public enum NeatGraphScheme
{
    /// <summary>
    /// One synchronous tick per step: every non-sensor node computes f(slope · net input) from the
    /// previous step's activations, also a node none of whose sources has been reached yet, which
    /// computes f(0). Evorec's default.
    /// </summary>
    Synchronous,

    /// <summary>
    /// NEAT 1.2.1's <c>Network::activate</c> (network.cpp) with <c>NNode::get_active_out</c> and
    /// <c>NNode::flushback</c> (nnode.cpp): a node is updated only in a pass in which one of its
    /// sources is active (a sensor, or a node whose active flag is set), a node never updated reads
    /// as 0, a step repeats passes with its input until every output has been updated (outputs still
    /// not updated after 19 passes: the step's outputs are NaN), and a reset is NEAT's flush, which
    /// keeps the active flags. Every path of <see cref="NeatGraphNetwork"/> is the plain pass.
    /// </summary>
    Neat121,
}
