using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Evorec.Numerics;
using Evorec.Tests.Support;

namespace Evorec.Tests.Numerics;

public sealed class KernelsTests
{
    /// <summary>Deterministic test operands of varied magnitudes.</summary>
    internal static double[] Vector(int length, int seed)
    {
        var values = new double[length];
        for (int i = 0; i < length; i++)
        {
            values[i] = Math.Sin((0.91 * (i + 1)) + (7.3 * seed)) * (1.0 + (i % 5));
        }

        return values;
    }

    [Fact]
    public void DotEqualsTheScalarReferenceWithin1e12Relative()
    {
        for (int n = 0; n <= 130; n++)
        {
            double[] a = Vector(n, 1);
            double[] b = Vector(n, 2);
            double magnitude = a.Zip(b, (x, y) => Math.Abs(x * y)).Sum();
            double vectorized = Kernels.Dot(a, b);
            double reference = Kernels.DotReference(a, b);
            Assert.True(Math.Abs(vectorized - reference) <= 1e-12 * Math.Max(magnitude, double.Epsilon), $"n = {n}: {vectorized:R} vs {reference:R}");
        }
    }

    [Fact]
    public void ShortDotsAreExactlyTheLeftToRightSum()
    {
        for (int n = 0; n < Kernels.VectorThreshold; n++)
        {
            double[] a = Vector(n, 3);
            double[] b = Vector(n, 4);
            Assert.Equal(Kernels.DotReference(a, b), Kernels.Dot(a, b));
        }
    }

    [Fact]
    public void DotFollowsItsDocumentedOrderExactly()
    {
        // n = 13: one round of 8, one block of 4, one scalar tail element.
        double[] a = Vector(13, 5);
        double[] b = Vector(13, 6);
        var lanes = new double[4];
        for (int lane = 0; lane < 4; lane++)
        {
            double first = Math.FusedMultiplyAdd(a[lane], b[lane], 0.0);
            first = Math.FusedMultiplyAdd(a[8 + lane], b[8 + lane], first);
            double second = Math.FusedMultiplyAdd(a[4 + lane], b[4 + lane], 0.0);
            lanes[lane] = first + second;
        }

        double expected = ((lanes[0] + lanes[1]) + (lanes[2] + lanes[3])) + (a[12] * b[12]);
        Assert.Equal(expected, Kernels.Dot(a, b));
    }

    [Fact]
    public void TheEmulatedOrderIsBitIdenticalToTheVectorPath()
    {
        if (!(Fma.IsSupported && Vector256.IsHardwareAccelerated))
        {
            return; // Nothing to compare: this machine has only the emulated path (xunit 2 has no dynamic skip).
        }

        for (int n = Kernels.VectorThreshold; n <= 70; n++)
        {
            double[] a = Vector(n, 7);
            double[] b = Vector(n, 8);
            double vector = Kernels.DotVector256(ref MemoryMarshal.GetArrayDataReference(a), ref MemoryMarshal.GetArrayDataReference(b), n);
            double emulated = Kernels.DotEmulated(ref MemoryMarshal.GetArrayDataReference(a), ref MemoryMarshal.GetArrayDataReference(b), n);
            Assert.Equal(vector, emulated);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(12)]
    public void MatrixVectorKeepsDotsSignOfZeroSums(int columns)
    {
        // Products of −0 summed from +0 give +0, as Dot's left-to-right sum does.
        double[] matrix = Enumerable.Repeat(-0.0, 8 * columns).ToArray();
        double[] x = Enumerable.Repeat(1.0, columns).ToArray();
        var result = new double[8];
        Kernels.MatrixVector(matrix, x, result);
        for (int r = 0; r < 8; r++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(Kernels.Dot(matrix.AsSpan(r * columns, columns), x)), BitConverter.DoubleToInt64Bits(result[r]));
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(7, 3)]
    [InlineData(9, 8)]
    [InlineData(13, 5)]
    [InlineData(100, 101)]
    [InlineData(11, 40)]
    [InlineData(50, 1)]
    [InlineData(10, 2)]
    [InlineData(6, 0)]
    public void MatrixVectorIsBitIdenticalToDotOnEachRow(int rows, int columns)
    {
        double[] matrix = Vector(rows * columns, 9);
        double[] x = Vector(columns, 10);
        var result = new double[rows];
        Kernels.MatrixVector(matrix, x, result);
        for (int r = 0; r < rows; r++)
        {
            Assert.Equal(Kernels.Dot(matrix.AsSpan(r * columns, columns), x), result[r]);
        }
    }

    [Fact]
    public void MultiplyIsTheElementWiseProductInPlaceOrNot()
    {
        for (int n = 0; n <= 11; n++)
        {
            double[] a = Vector(n, 13);
            double[] b = Vector(n + 2, 14);
            var result = new double[n];
            Kernels.Multiply(a, b, result);
            Assert.Equal(a.Zip(b, (x, y) => x * y), result);
            Kernels.Multiply(a, b, a);
            Assert.Equal(result, a);
        }

        Assert.Throws<ArgumentException>(() => Kernels.Multiply(new double[2], new double[3], new double[3]));
    }

    [Fact]
    public void KernelsAllocateNothing()
    {
        double[] matrix = Vector(40 * 37, 11);
        double[] x = Vector(37, 12);
        var result = new double[40];
        Kernels.MatrixVector(matrix, x, result);
        double sink = Kernels.Dot(matrix, matrix);
        Assert.Equal(0, SteadyAllocation.Bytes(() =>
        {
            for (int i = 0; i < 1000; i++)
            {
                Kernels.MatrixVector(matrix, x, result);
                sink += Kernels.Dot(x, x);
            }
        }));
        Assert.True(double.IsFinite(sink));
    }

    [Fact]
    public void LaneSumsEqualTheHorizontalAddFormForEveryNonNanResult()
    {
        if (!Avx.IsSupported)
        {
            return;
        }

        // (l0 + l1) + (l2 + l3) per row as two vhaddpd and two 128-bit permutations gave it; random
        // bit patterns and special values, a NaN result equal to any NaN (its payload is not kept).
        double[] specials = [0.0, -0.0, double.PositiveInfinity, double.NegativeInfinity, double.NaN, double.Epsilon, double.MaxValue, -double.MaxValue, 1.0, -1.0];
        var random = new Random(17);
        double Next() => random.Next(4) == 0
            ? specials[random.Next(specials.Length)]
            : random.Next(2) == 0 ? BitConverter.Int64BitsToDouble(random.NextInt64()) : (random.NextDouble() - 0.5) * Math.Pow(10, random.Next(-20, 20));
        for (int trial = 0; trial < 20_000; trial++)
        {
            Vector256<double> row0 = Vector256.Create(Next(), Next(), Next(), Next());
            Vector256<double> row1 = Vector256.Create(Next(), Next(), Next(), Next());
            Vector256<double> row2 = Vector256.Create(Next(), Next(), Next(), Next());
            Vector256<double> row3 = Vector256.Create(Next(), Next(), Next(), Next());
            Vector256<double> pairs01 = Avx.HorizontalAdd(row0, row1);
            Vector256<double> pairs23 = Avx.HorizontalAdd(row2, row3);
            Vector256<double> expected = Avx.Permute2x128(pairs01, pairs23, 0x20) + Avx.Permute2x128(pairs01, pairs23, 0x31);
            Vector256<double> actual = Kernels.LaneSums(row0, row1, row2, row3);
            for (int lane = 0; lane < 4; lane++)
            {
                double e = expected.GetElement(lane), a = actual.GetElement(lane);
                Assert.True(
                    double.IsNaN(e) ? double.IsNaN(a) : BitConverter.DoubleToInt64Bits(e) == BitConverter.DoubleToInt64Bits(a),
                    $"trial {trial}, lane {lane}: {e:R} against {a:R}");
            }
        }
    }
}
