namespace Evorec.Training.Gradient;

/// <summary>How the gradient trainer draws its initial weights.</summary>
public enum WeightInitialization
{
    /// <summary>Every parameter uniform in [−initScale, initScale].</summary>
    Uniform,

    /// <summary>
    /// Glorot &amp; Bengio ("Understanding the difficulty of training deep feedforward neural networks",
    /// AISTATS 2010, eq. 16): each weight matrix uniform in ±√(6 / (rows + columns)); vectors (biases) zero.
    /// </summary>
    Glorot,
}
