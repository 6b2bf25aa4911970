using System.ComponentModel;

namespace Evorec.Training.Evolution;

/// <summary>Options of the <c>pso</c> trainer (constriction PSO, Clerc &amp; Kennedy 2002).</summary>
public sealed class ParticleSwarmOptions : EvolutionOptions
{
    /// <summary>Particles, all evaluated each generation.</summary>
    [Description("particles = candidates per generation")]
    public int Particles { get; set; } = 40;

    /// <summary>The cognitive acceleration φ₁ (pull towards the particle's own best).</summary>
    [Description("cognitive acceleration phi1 (towards the particle's best)")]
    public double Cognitive { get; set; } = 2.05;

    /// <summary>The social acceleration φ₂ (pull towards the neighbourhood's best); φ₁ + φ₂ must exceed 4.</summary>
    [Description("social acceleration phi2 (towards the neighbourhood best); phi1 + phi2 > 4")]
    public double Social { get; set; } = 2.05;

    /// <summary>Which particles inform each particle.</summary>
    [Description("neighbourhood: global (gbest) or ring (lbest, two neighbours)")]
    public SwarmTopology Topology { get; set; } = SwarmTopology.Global;

    /// <summary>Initial positions and velocities are uniform in [−initRange, initRange].</summary>
    [Description("initial positions and velocities are uniform in [-initRange, initRange]")]
    public double InitRange { get; set; } = 1.0;

    /// <summary>An optional bound on each velocity component (none by default: the constriction keeps the swarm stable).</summary>
    [Description("optional bound on each velocity component (none by default)")]
    public double? MaxVelocity { get; set; }
}
