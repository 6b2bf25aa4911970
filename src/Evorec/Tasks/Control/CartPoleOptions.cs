using System.ComponentModel;

namespace Evorec.Tasks.Control;

/// <summary>Options of the <c>cart-pole</c> task. Unset overrides take the protocol's values.</summary>
public sealed class CartPoleOptions
{
    /// <summary>Number of poles: 1 (the long pole only) or 2.</summary>
    [Description("number of poles: 1 or 2")]
    public int Poles { get; set; } = 2;

    /// <summary>Whether the network sees the velocities (Markov) or only the positions (non-Markov).</summary>
    [Description("whether the network sees the velocities (Markov) or only positions (non-Markov)")]
    public bool Velocities { get; set; } = true;

    /// <summary>The fitness and protocol: steps, or damping; unset means steps with velocities and damping without.</summary>
    [Description("steps or damping; unset: steps with velocities, damping without")]
    public CartPoleFitness? Fitness { get; set; }

    /// <summary>Whose setup to reproduce.</summary>
    [Description("preset of start angle, input scaling, bias and friction: stanley2002 (NEAT's code) or gomez2008 (Gomez's CoSyNE code)")]
    public CartPoleProtocol Protocol { get; set; } = CartPoleProtocol.Stanley2002;

    /// <summary>How the network output becomes the force.</summary>
    [Description("output to force: logistic (F = 20(o - 0.5), o in [0,1]) or symmetric (F = 10 o, o in [-1,1]); clamped to 10 N")]
    public CartPoleForceMapping ForceMapping { get; set; } = CartPoleForceMapping.Logistic;

    /// <summary>Overrides the protocol's start angle of the long pole (radians).</summary>
    [Description("start angle of the long pole in radians; unset: the protocol's")]
    public double? StartAngle { get; set; }

    /// <summary>Overrides the fitness episode length (100,000 steps for steps fitness, 1,000 for damping).</summary>
    [Description("control steps of the fitness episode; unset: 100000 (steps) or 1000 (damping)")]
    public int? EpisodeSteps { get; set; }

    /// <summary>Length of the champion's long test of the damping protocol, and of the <c>steps_balanced</c> run metric.</summary>
    [Description("steps of the champion's long test (damping protocol) and of the steps_balanced metric")]
    public int TestSteps { get; set; } = 100_000;

    /// <summary>Steps each start of the generalization test must be balanced.</summary>
    [Description("steps each of the 625 generalization starts must be balanced")]
    public int GeneralizationSteps { get; set; } = 1_000;

    /// <summary>Starts of the 625 that a solution must balance.</summary>
    [Description("generalization starts (of 625) a solution must balance")]
    public int GeneralizationThreshold { get; set; } = 200;
}
