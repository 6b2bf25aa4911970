using System.ComponentModel;

namespace Evorec.Training.Gradient;

/// <summary>Options every gradient trainer (<c>bptt</c>, <c>rtrl</c>) shares: update rule, minibatches, clipping, initialization, early stopping.</summary>
public class GradientOptions
{
    /// <summary>The update rule.</summary>
    [Description("update rule: sgd (with momentum) or adam (Kingma & Ba 2015)")]
    public GradientMethod Method { get; set; } = GradientMethod.Adam;

    /// <summary>Initial learning rate (Adam's α).</summary>
    [Description("initial learning rate (Adam's alpha)")]
    public double LearningRate { get; set; } = 0.01;

    /// <summary>Learning-rate factor applied after every epoch (exponential decay; 1 keeps it constant).</summary>
    [Description("learning rate multiplied by this after every epoch (exponential decay; 1 = constant)")]
    public double LearningRateDecay { get; set; } = 1.0;

    /// <summary>SGD momentum μ.</summary>
    [Description("sgd momentum (0 = plain sgd)")]
    public double Momentum { get; set; } = 0.9;

    /// <summary>Adam's β₁.</summary>
    [Description("adam beta1")]
    public double Beta1 { get; set; } = 0.9;

    /// <summary>Adam's β₂.</summary>
    [Description("adam beta2")]
    public double Beta2 { get; set; } = 0.999;

    /// <summary>Adam's ε.</summary>
    [Description("adam epsilon")]
    public double Epsilon { get; set; } = 1e-8;

    /// <summary>Sequences per minibatch (one parameter update per minibatch).</summary>
    [Description("training sequences per minibatch; one update per minibatch")]
    public int BatchSize { get; set; } = 32;

    /// <summary>Largest gradient 2-norm; larger gradients are rescaled to it (0 = no clipping).</summary>
    [Description("gradient-norm clipping threshold (Pascanu et al. 2013); 0 = off")]
    public double ClipNorm { get; set; } = 1.0;

    /// <summary>How the initial weights are drawn.</summary>
    [Description("initial weights: uniform or glorot (ignored when initParameters is given)")]
    public WeightInitialization Initialization { get; set; } = WeightInitialization.Uniform;

    /// <summary>Half-width of the uniform initialization.</summary>
    [Description("half-width of the uniform initialization")]
    public double InitScale { get; set; } = 0.1;

    /// <summary>A full parameter vector to start from (for example an evolved run's best_parameters).</summary>
    [Description("start from this parameter vector (e.g. a run's best_parameters) instead of random weights")]
    public double[]? InitParameters { get; set; }

    /// <summary>Epochs without a better validation error before training stops updating (0 = off).</summary>
    [Description("early stopping: epochs without validation improvement before updates stop (0 = off; needs validation sequences)")]
    public int Patience { get; set; }
}
