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

    /// <summary>
    /// Four dot products at once over interleaved operands (one per <see cref="Vector256{T}"/> lane,
    /// as in a batch of networks stepped in lockstep): lane k of the result is bit-identical to
    /// <see cref="Dot"/> of lane k of <paramref name="a"/> with lane k of the first <c>a.Length</c>
    /// elements of <paramref name="b"/>, because it follows <see cref="Dot"/>'s order exactly: below
    /// <see cref="VectorThreshold"/> a left-to-right sum (multiply, then add); otherwise eight
    /// accumulators (one per position of <see cref="Dot"/>'s two 4-lane accumulators) fed by fused
    /// multiply-add, combined as ((f0 + s0) + (f1 + s1)) + ((f2 + s2) + (f3 + s3)), then the tail.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> DotLanes(ReadOnlySpan<Vector256<double>> a, ReadOnlySpan<Vector256<double>> b)
    {
        int n = a.Length;
        if (b.Length < n)
        {
            throw new ArgumentException("The second vector is shorter than the first.", nameof(b));
        }

        ref Vector256<double> left = ref MemoryMarshal.GetReference(a);
        ref Vector256<double> right = ref MemoryMarshal.GetReference(b);
        Vector256<double> sum = Vector256<double>.Zero;
        int i = 0;
        if (n >= VectorThreshold)
        {
            Vector256<double> f0 = Vector256<double>.Zero, f1 = Vector256<double>.Zero, f2 = Vector256<double>.Zero, f3 = Vector256<double>.Zero;
            Vector256<double> s0 = Vector256<double>.Zero, s1 = Vector256<double>.Zero, s2 = Vector256<double>.Zero, s3 = Vector256<double>.Zero;
            for (; i <= n - 8; i += 8)
            {
                f0 = Vector256.FusedMultiplyAdd(Unsafe.Add(ref left, i), Unsafe.Add(ref right, i), f0);
                f1 = Vector256.FusedMultiplyAdd(Unsafe.Add(ref left, i + 1), Unsafe.Add(ref right, i + 1), f1);
                f2 = Vector256.FusedMultiplyAdd(Unsafe.Add(ref left, i + 2), Unsafe.Add(ref right, i + 2), f2);
                f3 = Vector256.FusedMultiplyAdd(Unsafe.Add(ref left, i + 3), Unsafe.Add(ref right, i + 3), f3);
                s0 = Vector256.FusedMultiplyAdd(Unsafe.Add(ref left, i + 4), Unsafe.Add(ref right, i + 4), s0);
                s1 = Vector256.FusedMultiplyAdd(Unsafe.Add(ref left, i + 5), Unsafe.Add(ref right, i + 5), s1);
                s2 = Vector256.FusedMultiplyAdd(Unsafe.Add(ref left, i + 6), Unsafe.Add(ref right, i + 6), s2);
                s3 = Vector256.FusedMultiplyAdd(Unsafe.Add(ref left, i + 7), Unsafe.Add(ref right, i + 7), s3);
            }

            if (i <= n - 4)
            {
                f0 = Vector256.FusedMultiplyAdd(Unsafe.Add(ref left, i), Unsafe.Add(ref right, i), f0);
                f1 = Vector256.FusedMultiplyAdd(Unsafe.Add(ref left, i + 1), Unsafe.Add(ref right, i + 1), f1);
                f2 = Vector256.FusedMultiplyAdd(Unsafe.Add(ref left, i + 2), Unsafe.Add(ref right, i + 2), f2);
                f3 = Vector256.FusedMultiplyAdd(Unsafe.Add(ref left, i + 3), Unsafe.Add(ref right, i + 3), f3);
                i += 4;
            }

            sum = ((f0 + s0) + (f1 + s1)) + ((f2 + s2) + (f3 + s3));
        }

        for (; i < n; i++)
        {
            sum += Unsafe.Add(ref left, i) * Unsafe.Add(ref right, i);
        }

        return sum;
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

    /// <summary><c>target[i] += values[i]</c> for every element of <paramref name="target"/>, four at a time (element-wise, so exactly the scalar sums).</summary>
    public static void Add(ReadOnlySpan<double> values, Span<double> target)
    {
        int n = target.Length;
        if (values.Length < n)
        {
            throw new ArgumentException("The values are shorter than the target.", nameof(values));
        }

        ref double source = ref MemoryMarshal.GetReference(values);
        ref double destination = ref MemoryMarshal.GetReference(target);
        int i = 0;
        for (; i <= n - 4; i += 4)
        {
            (Vector256.LoadUnsafe(ref destination, (nuint)i) + Vector256.LoadUnsafe(ref source, (nuint)i)).StoreUnsafe(ref destination, (nuint)i);
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref destination, i) += Unsafe.Add(ref source, i);
        }
    }

    /// <summary><c>result[i] = a[i] * b[i]</c> for every element of <paramref name="result"/>, four at a time (element-wise, so exactly the scalar products; <paramref name="result"/> may be one of the operands).</summary>
    public static void Multiply(ReadOnlySpan<double> a, ReadOnlySpan<double> b, Span<double> result)
    {
        int n = result.Length;
        if (a.Length < n || b.Length < n)
        {
            throw new ArgumentException("An operand is shorter than the result.", a.Length < n ? nameof(a) : nameof(b));
        }

        ref double left = ref MemoryMarshal.GetReference(a);
        ref double right = ref MemoryMarshal.GetReference(b);
        ref double destination = ref MemoryMarshal.GetReference(result);
        int i = 0;
        for (; i <= n - 4; i += 4)
        {
            (Vector256.LoadUnsafe(ref left, (nuint)i) * Vector256.LoadUnsafe(ref right, (nuint)i)).StoreUnsafe(ref destination, (nuint)i);
        }

        for (; i < n; i++)
        {
            Unsafe.Add(ref destination, i) = Unsafe.Add(ref left, i) * Unsafe.Add(ref right, i);
        }
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

        int rows = result.Length;
        int r = 0;
        if (columns >= VectorThreshold && Fma.IsSupported && Vector256.IsHardwareAccelerated)
        {
            ref double m = ref MemoryMarshal.GetReference(matrix);
            ref double v = ref MemoryMarshal.GetReference(x);
            ref double y = ref MemoryMarshal.GetReference(result);
            for (; r <= rows - 4; r += 4)
            {
                FourRows(ref Unsafe.Add(ref m, r * columns), columns, ref v, ref Unsafe.Add(ref y, r));
            }
        }

        if (columns < VectorThreshold)
        {
            // Short rows (such as the input weights of a one-input network): Dot's left-to-right sum
            // (from 0.0, multiply, then add), four rows at a time in the lanes of a vector, then row by row.
            ref double m = ref MemoryMarshal.GetReference(matrix);
            ref double v = ref MemoryMarshal.GetReference(x);
            ref double y = ref MemoryMarshal.GetReference(result);
            for (; r <= rows - 4; r += 4)
            {
                Vector256<double> sums = Vector256<double>.Zero;
                if (columns == 1)
                {
                    sums += Vector256.LoadUnsafe(ref m, (nuint)r) * Vector256.Create(v);
                }
                else
                {
                    ref double row = ref Unsafe.Add(ref m, r * columns);
                    for (int i = 0; i < columns; i++)
                    {
                        var column = Vector256.Create(Unsafe.Add(ref row, i), Unsafe.Add(ref row, columns + i), Unsafe.Add(ref row, (2 * columns) + i), Unsafe.Add(ref row, (3 * columns) + i));
                        sums += column * Vector256.Create(Unsafe.Add(ref v, i));
                    }
                }

                sums.StoreUnsafe(ref y, (nuint)r);
            }

            for (; r < rows; r++)
            {
                ref double row = ref Unsafe.Add(ref m, r * columns);
                double sum = 0.0;
                for (int i = 0; i < columns; i++)
                {
                    sum += Unsafe.Add(ref row, i) * Unsafe.Add(ref v, i);
                }

                result[r] = sum;
            }
        }

        for (; r < rows; r++)
        {
            result[r] = Dot(matrix.Slice(r * columns, columns), x);
        }
    }

    /// <summary>
    /// The lane sums (l0 + l1) + (l2 + l3) of four rows' accumulators at once, row r in lane r: the
    /// unpacks pair lanes 0 and 1 (2 and 3) of two rows, a 128-bit permutation lines the pairs up by
    /// row. The same sums as the two <c>vhaddpd</c> it replaced, to the last bit for every result that
    /// is not NaN; a NaN result may carry another payload or sign, as it already could from one build
    /// or tier of the JIT to the next (the JIT orders the operands of an addition freely, and x86 returns
    /// the first operand's NaN). Measured: Elman 1-50-1's step 1.03–1.04x in four paired runs (quartiles
    /// about 0.98–1.09), the products alone 0.98–1.02x (2026-12-02) — a small gain at most; the helper
    /// is kept because <see cref="FourRows"/> and <c>PackedMatrix</c> had each written the sums out.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<double> LaneSums(Vector256<double> row0, Vector256<double> row1, Vector256<double> row2, Vector256<double> row3)
    {
        Vector256<double> pairs01 = Avx.UnpackLow(row0, row1) + Avx.UnpackHigh(row0, row1);
        Vector256<double> pairs23 = Avx.UnpackLow(row2, row3) + Avx.UnpackHigh(row2, row3);
        return Avx.Permute2x128(pairs01, pairs23, 0x20) + Avx.Permute2x128(pairs01, pairs23, 0x31);
    }

    /// <summary>Four consecutive rows of <see cref="MatrixVector"/> at once, sharing the loads of x; each row in <see cref="Dot"/>'s order.</summary>
    private static void FourRows(ref double rowStart, int n, ref double x, ref double result)
    {
        ref double row0 = ref rowStart;
        ref double row1 = ref Unsafe.Add(ref rowStart, n);
        ref double row2 = ref Unsafe.Add(ref rowStart, 2 * n);
        ref double row3 = ref Unsafe.Add(ref rowStart, 3 * n);
        Vector256<double> first0 = Vector256<double>.Zero, second0 = Vector256<double>.Zero;
        Vector256<double> first1 = Vector256<double>.Zero, second1 = Vector256<double>.Zero;
        Vector256<double> first2 = Vector256<double>.Zero, second2 = Vector256<double>.Zero;
        Vector256<double> first3 = Vector256<double>.Zero, second3 = Vector256<double>.Zero;
        int i = 0;
        for (; i <= n - 8; i += 8)
        {
            var low = Vector256.LoadUnsafe(ref x, (nuint)i);
            var high = Vector256.LoadUnsafe(ref x, (nuint)(i + 4));
            first0 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref row0, (nuint)i), low, first0);
            second0 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref row0, (nuint)(i + 4)), high, second0);
            first1 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref row1, (nuint)i), low, first1);
            second1 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref row1, (nuint)(i + 4)), high, second1);
            first2 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref row2, (nuint)i), low, first2);
            second2 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref row2, (nuint)(i + 4)), high, second2);
            first3 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref row3, (nuint)i), low, first3);
            second3 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref row3, (nuint)(i + 4)), high, second3);
        }

        if (i <= n - 4)
        {
            var low = Vector256.LoadUnsafe(ref x, (nuint)i);
            first0 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref row0, (nuint)i), low, first0);
            first1 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref row1, (nuint)i), low, first1);
            first2 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref row2, (nuint)i), low, first2);
            first3 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref row3, (nuint)i), low, first3);
            i += 4;
        }

        // The four lane sums at once, then the tail, row-wise multiply, then add, as in Finish.
        Vector256<double> sums = LaneSums(first0 + second0, first1 + second1, first2 + second2, first3 + second3);
        for (; i < n; i++)
        {
            var column = Vector256.Create(Unsafe.Add(ref row0, i), Unsafe.Add(ref row1, i), Unsafe.Add(ref row2, i), Unsafe.Add(ref row3, i));
            sums += column * Vector256.Create(Unsafe.Add(ref x, i));
        }

        sums.StoreUnsafe(ref result);
    }

    /// <summary>The lane sum (l0 + l1) + (l2 + l3) followed by the scalar tail from <paramref name="i"/>, as in <see cref="Dot"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Finish(Vector256<double> lanes, ref double row, ref double x, int i, int n)
    {
        double sum = (lanes.GetElement(0) + lanes.GetElement(1)) + (lanes.GetElement(2) + lanes.GetElement(3));
        for (; i < n; i++)
        {
            sum += Unsafe.Add(ref row, i) * Unsafe.Add(ref x, i);
        }

        return sum;
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

        return Finish(first + second, ref left, ref right, i, n);
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
