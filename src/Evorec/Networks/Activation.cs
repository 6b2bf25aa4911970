namespace Evorec.Networks;

/// <summary>A neuron's squashing function.</summary>
public enum Activation
{
    /// <summary>The hyperbolic tangent, range (-1, 1).</summary>
    Tanh,

    /// <summary>The identity: a linear unit.</summary>
    Linear,

    /// <summary>The logistic sigmoid 1 / (1 + e^-x), range (0, 1).</summary>
    Logistic,
}

/// <summary>Applies an <see cref="Activation"/>.</summary>
public static class ActivationFunctions
{
    /// <summary>The activation of <paramref name="x"/>.</summary>
    public static double Apply(Activation activation, double x) => activation switch
    {
        Activation.Tanh => Math.Tanh(x),
        Activation.Linear => x,
        Activation.Logistic => 1.0 / (1.0 + Math.Exp(-x)),
        _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, null),
    };

    /// <summary>Applies the activation to every element of <paramref name="values"/> in place.</summary>
    public static void ApplyInPlace(Activation activation, Span<double> values)
    {
        switch (activation)
        {
            case Activation.Linear:
                return;
            case Activation.Tanh:
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = Math.Tanh(values[i]);
                }

                return;
            default:
                for (int i = 0; i < values.Length; i++)
                {
                    values[i] = Apply(activation, values[i]);
                }

                return;
        }
    }
}
