namespace Evorec.Training.Evolution;

/// <summary>Which particles inform a particle's social term.</summary>
public enum SwarmTopology
{
    /// <summary>Every particle follows the best position of the whole swarm (gbest; Kennedy &amp; Eberhart 1995).</summary>
    Global,

    /// <summary>Each particle follows the best of itself and its two ring neighbours (lbest; Kennedy &amp; Mendes 2002).</summary>
    Ring,
}
