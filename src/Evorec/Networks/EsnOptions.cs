using System.ComponentModel;

namespace Evorec.Networks;

/// <summary>Options of the <c>esn</c> network kind.</summary>
public sealed class EsnOptions : NetworkOptions
{
    /// <summary>Number of reservoir units.</summary>
    [Description("number of reservoir units")]
    public int Reservoir { get; set; } = 100;

    /// <summary>Fraction of the reservoir each unit receives connections from.</summary>
    [Description("fraction of units each unit receives from (fixed in-degree round(connectivity x reservoir), at least 1)")]
    public double Connectivity { get; set; } = 0.1;

    /// <summary>Spectral radius the reservoir matrix is scaled to.</summary>
    [Description("spectral radius the reservoir matrix is scaled to")]
    public double SpectralRadius { get; set; } = 0.9;

    /// <summary>Scale of the input weights, drawn uniform in [−1, 1].</summary>
    [Description("input weights are uniform in [-inputScaling, inputScaling]")]
    public double InputScaling { get; set; } = 1.0;

    /// <summary>Scale of the reservoir biases, drawn uniform in [−1, 1].</summary>
    [Description("reservoir biases are uniform in [-biasScaling, biasScaling] (0: no bias)")]
    public double BiasScaling { get; set; }

    /// <summary>Leak rate a of the leaky-integrator units, in (0, 1]; 1 is the standard ESN.</summary>
    [Description("leak rate a in (0, 1]: x(n) = (1-a) x(n-1) + a tanh(...); 1 is the standard ESN")]
    public double LeakRate { get; set; } = 1.0;

    /// <summary>Whether the previous output is fed back into the reservoir.</summary>
    [Description("feed the previous output back into the reservoir (teacher-forcible)")]
    public bool OutputFeedback { get; set; }

    /// <summary>Scale of the feedback weights, drawn uniform in [−1, 1].</summary>
    [Description("feedback weights are uniform in [-feedbackScaling, feedbackScaling]")]
    public double FeedbackScaling { get; set; } = 1.0;

    /// <summary>Amplitude ν of the uniform noise in [−ν, ν] added to every unit's activation argument while a closed-form readout is trained.</summary>
    [Description("noise uniform in [-trainingNoise, trainingNoise] added inside every unit's tanh during the teacher-forced readout training run only (Jaeger 2001 eq. 24; 0: none)")]
    public double TrainingNoise { get; set; }

    /// <summary>Whether the readout also reads the inputs.</summary>
    [Description("the readout also reads the inputs u(n)")]
    public bool ReadoutInputs { get; set; } = true;

    /// <summary>Whether the readout has a bias.</summary>
    [Description("the readout has a bias")]
    public bool ReadoutBias { get; set; } = true;

    /// <summary>Activation of the output layer.</summary>
    [Description("output activation: linear, tanh or logistic")]
    public Activation OutputActivation { get; set; } = Activation.Linear;

    /// <summary>Whether spectral radius, input scaling and leak rate are genes (log-scale multipliers of the configured values).</summary>
    [Description("evolve spectral radius, input scaling and leak rate (genes are log multipliers of the values above)")]
    public bool EvolveGlobals { get; set; }

    /// <summary>Whether the reservoir, input, bias and feedback weights are genes (offsets added to the drawn weights).</summary>
    [Description("evolve the reservoir, input, bias and feedback weights (genes are offsets added to the drawn weights)")]
    public bool EvolveWeights { get; set; }
}
