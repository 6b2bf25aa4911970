using Evorec.Networks;

namespace Evorec.Training.Gradient;

/// <summary>Derivatives of the squashing functions, written in terms of their outputs.</summary>
public static class Derivatives
{
    /// <summary>f′(a) of <paramref name="activation"/> given y = f(a).</summary>
    public static double OfActivation(Activation activation, double y) => activation switch
    {
        Activation.Tanh => 1.0 - (y * y),
        Activation.Linear => 1.0,
        Activation.Logistic => y * (1.0 - y),
        _ => throw new ArgumentOutOfRangeException(nameof(activation), activation, null),
    };

    /// <summary>
    /// The derivative of an LSTM squashing function given its output g: tanh 1 − g²; identity 1;
    /// 2σ − 1 gives (1 − g²)/2; 4σ − 2 gives (4 − g²)/4.
    /// </summary>
    public static double OfSquashing(LstmSquashing squashing, double g) => squashing switch
    {
        LstmSquashing.Tanh => 1.0 - (g * g),
        LstmSquashing.Identity => 1.0,
        LstmSquashing.SymmetricLogistic => 0.5 * (1.0 - (g * g)),
        LstmSquashing.WideSymmetricLogistic => 0.25 * (4.0 - (g * g)),
        _ => throw new ArgumentOutOfRangeException(nameof(squashing), squashing, null),
    };

    /// <summary>The logistic function.</summary>
    public static double Logistic(double x) => 1.0 / (1.0 + Math.Exp(-x));
}
