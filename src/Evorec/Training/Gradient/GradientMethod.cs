namespace Evorec.Training.Gradient;

/// <summary>The update rule of the gradient trainer.</summary>
public enum GradientMethod
{
    /// <summary>Stochastic gradient descent with momentum (<see cref="MomentumStep"/>).</summary>
    Sgd,

    /// <summary>Adam (<see cref="AdamStep"/>).</summary>
    Adam,
}
