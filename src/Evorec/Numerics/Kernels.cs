using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Evorec.Numerics;

/// <summary>
/// Small dense kernels shared by the network kinds. <see cref="Dot"/> is vectorized with a fixed
/// reduction order (below), so its result is deterministic and the same on every machine: with
/// AVX2+FMA it runs on <see cref="Vector256{T}"/>, otherwise the same lane-by-lane order is
/// emulated with <see cref="Math.FusedMultiplyAdd(double, double, double)"/>. It may differ from
/// the left-to-right <see cref="DotReference"/> in the last bits (tested within 1e-12 relative).
/// </summary>
public static class Kernels
{
    /// <summary>Below this length <see cref="Dot"/> sums left to right exactly like <see cref="DotReference"/>.</summary>
    public const int VectorThreshold = 8;

    /// <summary>
    /// The dot product of <paramref name="a"/> with the first <c>a.Length</c> elements of <paramref name="b"/>.
    /// Order: two 4-lane accumulators take 8 elements per round by fused multiply-add
    /// (elements 8r..8r+3 into the first, 8r+4..8r+7 into the second); a remaining block of 4 goes
    /// into the first; then the accumulators are added lane-wise, the lanes summed as
    /// (l0 + l1) + (l2 + l3), and the last &lt; 4 elements added left to right (multiply, then add).
    /// Vectors shorter than <see cref="VectorThreshold"/> are summed left to right.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int n = a.Length;
        if (b.Length < n)
        {
            throw new ArgumentException("The second vector is shorter than the first.", nameof(b));
        }

        ref double left = ref MemoryMarshal.GetReference(a);
        ref double right = ref MemoryMarshal.GetReference(b);
        if (n < VectorThreshold)
        {
            double sum = 0.0;
            for (int i = 0; i < n; i++)
            {
                sum += Unsafe.Add(ref left, i) * Unsafe.Add(ref right, i);
            }

            return sum;
        }

        return Fma.IsSupported && Vector256.IsHardwareAccelerated
            ? DotVector256(ref left, ref right, n)
            : DotEmulated(ref left, ref right, n);
    }

    /// <summary>The scalar reference: the dot product summed left to right, one multiply and one add per element.</summary>
    public static double DotReference(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        double sum = 0.0;
        for (int i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>
    /// Writes <c>result[r] = Dot(matrix row r, x)</c> for every row of the row-major
    /// <paramref name="matrix"/> (<c>result.Length</c> rows × <c>x.Length</c> columns); each value is
    /// bit-identical to <see cref="Dot"/> on that row.
    /// </summary>
    public static void MatrixVector(ReadOnlySpan<double> matrix, ReadOnlySpan<double> x, Span<double> result)
    {
        int columns = x.Length;
        if (matrix.Length < result.Length * columns)
        {
            throw new ArgumentException("The matrix has fewer than rows × columns elements.", nameof(matrix));
        }

        for (int r = 0; r < result.Length; r++)
        {
            result[r] = Dot(matrix.Slice(r * columns, columns), x);
        }
    }

    /// <summary>The AVX2+FMA path of <see cref="Dot"/> for n ≥ <see cref="VectorThreshold"/>.</summary>
    internal static double DotVector256(ref double left, ref double right, int n)
    {
        Vector256<double> first = Vector256<double>.Zero;
        Vector256<double> second = Vector256<double>.Zero;
        int i = 0;
        for (; i <= n - 8; i += 8)
        {
            first = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref left, (nuint)i), Vector256.LoadUnsafe(ref right, (nuint)i), first);
            second = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref left, (nuint)(i + 4)), Vector256.LoadUnsafe(ref right, (nuint)(i + 4)), second);
        }

        if (i <= n - 4)
        {
            first = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref left, (nuint)i), Vector256.LoadUnsafe(ref right, (nuint)i), first);
            i += 4;
        }

        Vector256<double> lanes = first + second;
        double sum = (lanes.GetElement(0) + lanes.GetElement(1)) + (lanes.GetElement(2) + lanes.GetElement(3));
        for (; i < n; i++)
        {
            sum += Unsafe.Add(ref left, i) * Unsafe.Add(ref right, i);
        }

        return sum;
    }

    /// <summary>The same order as <see cref="DotVector256"/>, lane by lane, for machines without AVX2+FMA.</summary>
    internal static double DotEmulated(ref double left, ref double right, int n)
    {
        Span<double> first = stackalloc double[4];
        Span<double> second = stackalloc double[4];
        first.Clear();
        second.Clear();
        int i = 0;
        for (; i <= n - 8; i += 8)
        {
            for (int lane = 0; lane < 4; lane++)
            {
                first[lane] = Math.FusedMultiplyAdd(Unsafe.Add(ref left, i + lane), Unsafe.Add(ref right, i + lane), first[lane]);
                second[lane] = Math.FusedMultiplyAdd(Unsafe.Add(ref left, i + 4 + lane), Unsafe.Add(ref right, i + 4 + lane), second[lane]);
            }
        }

        if (i <= n - 4)
        {
            for (int lane = 0; lane < 4; lane++)
            {
                first[lane] = Math.FusedMultiplyAdd(Unsafe.Add(ref left, i + lane), Unsafe.Add(ref right, i + lane), first[lane]);
            }

            i += 4;
        }

        double sum = ((first[0] + second[0]) + (first[1] + second[1])) + ((first[2] + second[2]) + (first[3] + second[3]));
        for (; i < n; i++)
        {
            sum += Unsafe.Add(ref left, i) * Unsafe.Add(ref right, i);
        }

        return sum;
    }
}
