using System.Runtime.Intrinsics;
using Evorec.Numerics;

namespace Evorec.Networks;

/// <summary>The squashing functions g (cell input) and h (cell output) of an LSTM memory cell.</summary>
public enum LstmSquashing
{
    /// <summary>tanh(x), range (−1, 1): the common modern choice (and PyBrain's, whose Evolino uses it).</summary>
    Tanh,

    /// <summary>The identity.</summary>
    Identity,

    /// <summary>2σ(x) − 1, range (−1, 1): h of Hochreiter &amp; Schmidhuber 1997 and Gers et al. 2000.</summary>
    SymmetricLogistic,

    /// <summary>4σ(x) − 2, range (−2, 2): g of Hochreiter &amp; Schmidhuber 1997 and Gers et al. 2000.</summary>
    WideSymmetricLogistic,
}

/// <summary>
/// Applies an <see cref="LstmSquashing"/> with the vectorized <see cref="VectorMath"/> functions (one
/// value or a span: bit-identical per element); <see cref="ApplyReference"/> is the scalar reference.
/// </summary>
public static class LstmSquashingFunctions
{
    /// <summary>The squashing of <paramref name="x"/>.</summary>
    public static double Apply(LstmSquashing squashing, double x) => squashing switch
    {
        LstmSquashing.Tanh => VectorMath.Tanh(x),
        LstmSquashing.Identity => x,
        LstmSquashing.SymmetricLogistic => (2.0 * VectorMath.Logistic(x)) - 1.0,
        LstmSquashing.WideSymmetricLogistic => (4.0 * VectorMath.Logistic(x)) - 2.0,
        _ => throw new ArgumentOutOfRangeException(nameof(squashing), squashing, null),
    };

    /// <summary>The squashing of every lane of <paramref name="x"/>; lane k equals <see cref="Apply(LstmSquashing, double)"/> of lane k.</summary>
    public static Vector256<double> Apply(LstmSquashing squashing, Vector256<double> x) => squashing switch
    {
        LstmSquashing.Tanh => VectorMath.Tanh(x),
        LstmSquashing.Identity => x,
        LstmSquashing.SymmetricLogistic => (Vector256.Create(2.0) * VectorMath.Logistic(x)) - Vector256<double>.One,
        LstmSquashing.WideSymmetricLogistic => (Vector256.Create(4.0) * VectorMath.Logistic(x)) - Vector256.Create(2.0),
        _ => throw new ArgumentOutOfRangeException(nameof(squashing), squashing, null),
    };

    /// <summary>The scalar reference of <see cref="Apply(LstmSquashing, double)"/>, with <see cref="Math.Tanh(double)"/> and <see cref="Math.Exp(double)"/>.</summary>
    public static double ApplyReference(LstmSquashing squashing, double x) => squashing switch
    {
        LstmSquashing.Tanh => Math.Tanh(x),
        LstmSquashing.Identity => x,
        LstmSquashing.SymmetricLogistic => (2.0 / (1.0 + Math.Exp(-x))) - 1.0,
        LstmSquashing.WideSymmetricLogistic => (4.0 / (1.0 + Math.Exp(-x))) - 2.0,
        _ => throw new ArgumentOutOfRangeException(nameof(squashing), squashing, null),
    };

    /// <summary>Applies the squashing to every element of <paramref name="values"/> in place, equal per element to <see cref="Apply(LstmSquashing, double)"/>.</summary>
    public static void ApplyInPlace(LstmSquashing squashing, Span<double> values)
    {
        switch (squashing)
        {
            case LstmSquashing.Identity:
                return;
            case LstmSquashing.Tanh:
                VectorMath.Tanh(values);
                return;
            case LstmSquashing.SymmetricLogistic:
                VectorMath.Logistic(values);
                Affine(values, 2.0, -1.0);
                return;
            case LstmSquashing.WideSymmetricLogistic:
                VectorMath.Logistic(values);
                Affine(values, 4.0, -2.0);
                return;
            default:
                throw new ArgumentOutOfRangeException(nameof(squashing), squashing, null);
        }
    }

    /// <summary>values ← scale · values + offset (a multiply, then an add, as in <see cref="Apply(LstmSquashing, double)"/>).</summary>
    private static void Affine(Span<double> values, double scale, double offset)
    {
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = (scale * values[i]) + offset;
        }
    }
}
