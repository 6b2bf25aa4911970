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

/// <summary>Applies an <see cref="LstmSquashing"/>.</summary>
public static class LstmSquashingFunctions
{
    /// <summary>The squashing of <paramref name="x"/>.</summary>
    public static double Apply(LstmSquashing squashing, double x) => squashing switch
    {
        LstmSquashing.Tanh => Math.Tanh(x),
        LstmSquashing.Identity => x,
        LstmSquashing.SymmetricLogistic => (2.0 / (1.0 + Math.Exp(-x))) - 1.0,
        LstmSquashing.WideSymmetricLogistic => (4.0 / (1.0 + Math.Exp(-x))) - 2.0,
        _ => throw new ArgumentOutOfRangeException(nameof(squashing), squashing, null),
    };
}
