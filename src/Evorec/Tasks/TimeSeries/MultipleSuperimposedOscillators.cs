namespace Evorec.Tasks.TimeSeries;

/// <summary>
/// The multiple superimposed oscillators signal MSO-k: y(n) = Σ_{i=1}^{k} sin(α_i n) for n = 0, 1, 2, …,
/// with α = 0.2, 0.311, 0.42, 0.51, 0.63, 0.74, 0.85, 0.97 taken in this order (the order of the MSO literature,
/// e.g. Koryakin, Lohmann &amp; Butz, Neural Networks 36, 2012, as ReservoirPy's <c>mso8</c> documents it). MSO-2, sin(0.2n) + sin(0.311n),
/// is Evolino's "double sine" (Schmidhuber, Wierstra, Gagliolo &amp; Gomez, Neural Computation 19(3), 2007).
/// The signal is not rescaled: it lies in [−k, k].
/// </summary>
public static class MultipleSuperimposedOscillators
{
    /// <summary>The largest number of sines.</summary>
    public const int MaximumSines = 8;

    /// <summary>The angular frequencies α_1 … α_8 per step, in the published order.</summary>
    public static ReadOnlySpan<double> Frequencies => [0.2, 0.311, 0.42, 0.51, 0.63, 0.74, 0.85, 0.97];

    /// <summary>y(<paramref name="n"/>) for <paramref name="sines"/> = k.</summary>
    public static double At(int sines, int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(sines);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sines, MaximumSines);
        double sum = 0.0;
        for (int i = 0; i < sines; i++)
        {
            sum += Math.Sin(Frequencies[i] * n);
        }

        return sum;
    }

    /// <summary>y(0) … y(<paramref name="count"/> − 1).</summary>
    public static double[] Generate(int sines, int count)
    {
        var values = new double[count];
        for (int n = 0; n < count; n++)
        {
            values[n] = At(sines, n);
        }

        return values;
    }
}
