namespace Evorec.Numerics;

/// <summary>Small dense kernels shared by the network kinds.</summary>
public static class Kernels
{
    /// <summary>The dot product of two equally long vectors, summed left to right (deterministic order).</summary>
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0.0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }
}
