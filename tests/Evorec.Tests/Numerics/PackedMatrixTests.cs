using System.Runtime.Intrinsics;
using Evorec.Numerics;
using Evorec.Tests.Support;

namespace Evorec.Tests.Numerics;

public sealed class PackedMatrixTests
{
    private static double[] Vector(int length, int seed) => KernelsTests.Vector(length, seed);

    private static long Bits(double value) => BitConverter.DoubleToInt64Bits(value);

    public static TheoryData<int, int> Shapes()
    {
        var shapes = new TheoryData<int, int>();
        foreach (int rows in new[] { 0, 1, 2, 3, 4, 5, 7, 8, 9, 13, 100 })
        {
            foreach (int columns in new[] { 0, 1, 2, 3, 4, 5, 7, 8, 9, 11, 12, 13, 15, 16, 17, 20, 50, 100, 101 })
            {
                shapes.Add(rows, columns);
            }
        }

        return shapes;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void MultiplyIsBitIdenticalToMatrixVectorOnEveryRow(int rows, int columns)
    {
        double[] matrix = Vector(rows * columns, 1);
        double[] x = Vector(columns, 2);
        var expected = new double[rows];
        Kernels.MatrixVector(matrix, x, expected);
        foreach (bool packed in new[] { true, false })
        {
            var packedMatrix = new PackedMatrix(rows, columns, packed);
            packedMatrix.SetRows(0, matrix);
            var result = new double[rows];
            packedMatrix.Multiply(x, result);
            for (int r = 0; r < rows; r++)
            {
                Assert.True(Bits(expected[r]) == Bits(result[r]), $"{rows}×{columns}, packed {packed}, row {r}: {result[r]:R} vs {expected[r]:R}");
                Assert.Equal(Bits(Kernels.Dot(matrix.AsSpan(r * columns, columns), x)), Bits(result[r]));
            }
        }
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void MultiplyAddProductIsBitIdenticalToTheProductPlusTheOtherProductPlusTheAddend(int rows, int columns)
    {
        // The other matrix (an Elman layer's input weights) has the same rows and its own columns.
        int otherColumns = (columns % 4) + 1;
        double[] matrix = Vector(rows * columns, 14);
        double[] other = Vector(rows * otherColumns, 16);
        double[] x = Vector(columns, 15);
        double[] y = Vector(otherColumns, 17);
        int padded = (rows + 3) / 4 * 4;
        double[] addend = [.. Vector(rows, 18), .. new double[padded - rows]];
        var expected = new double[rows];
        var part = new double[rows];
        Kernels.MatrixVector(matrix, x, expected);
        Kernels.MatrixVector(other, y, part);
        for (int r = 0; r < rows; r++)
        {
            expected[r] += part[r] + addend[r];
        }

        foreach (bool packed in new[] { true, false })
        {
            foreach (bool otherPacked in new[] { true, false })
            {
                var packedMatrix = new PackedMatrix(rows, columns, packed);
                packedMatrix.SetRows(0, matrix);
                var packedOther = new PackedMatrix(rows, otherColumns, otherPacked);
                packedOther.SetRows(0, other);
                double[] result = Enumerable.Repeat(double.NaN, padded).ToArray();
                packedMatrix.MultiplyAddProduct(x, packedOther, y, addend, result);
                for (int r = 0; r < padded; r++)
                {
                    double want = r < rows ? expected[r] : 0.0; // padding: zero rows plus the zero padding of the addend
                    Assert.True(Bits(want) == Bits(result[r]), $"{rows}×{columns} + {rows}×{otherColumns}, packed {packed}/{otherPacked}, row {r}: {result[r]:R} vs {want:R}");
                }
            }
        }
    }

    [Fact]
    public void MultiplyAddProductRejectsMismatchedShapes()
    {
        var matrix = new PackedMatrix(9, 3);
        var other = new PackedMatrix(9, 2);
        Assert.Throws<ArgumentException>(() => matrix.MultiplyAddProduct(new double[3], new PackedMatrix(8, 2), new double[2], new double[12], new double[12]));
        Assert.Throws<ArgumentException>(() => matrix.MultiplyAddProduct(new double[2], other, new double[2], new double[12], new double[12]));
        Assert.Throws<ArgumentException>(() => matrix.MultiplyAddProduct(new double[3], other, new double[1], new double[12], new double[12]));
        Assert.Throws<ArgumentException>(() => matrix.MultiplyAddProduct(new double[3], other, new double[2], new double[9], new double[12]));
        Assert.Throws<ArgumentException>(() => matrix.MultiplyAddProduct(new double[3], other, new double[2], new double[12], new double[11]));
    }

    /// <summary>
    /// <see cref="PackedMatrix.MultiplyAddApply"/> (a feed-forward layer in one pass, the function one
    /// panel behind the products) against the separate steps it replaces: the product (plus the addend,
    /// if any) by <see cref="Kernels.MatrixVector"/> and <see cref="Kernels.Add"/>, then the function
    /// over the exact span — tanh, the logistic and the identity, with sums in both of tanh's branches.
    /// </summary>
    [Theory]
    [MemberData(nameof(Shapes))]
    public void MultiplyAddApplyIsBitIdenticalToTheProductPlusTheAddendThenTheFunction(int rows, int columns)
    {
        double[] matrix = Vector(rows * columns, 19);
        int padded = (rows + 3) / 4 * 4;
        double[] addend = [.. Vector(rows, 20), .. new double[padded - rows]];
        foreach (double scale in new[] { 0.01, 1.0 })
        {
            double[] x = Vector(columns, 21).Select(value => value * scale).ToArray();
            foreach (bool withAddend in new[] { true, false })
            {
                foreach (string function in new[] { "tanh", "logistic", "identity" })
                {
                    var expected = new double[rows];
                    Kernels.MatrixVector(matrix, x, expected);
                    if (withAddend)
                    {
                        Kernels.Add(addend.AsSpan(0, rows), expected);
                    }

                    Apply(function, expected);
                    foreach (bool packed in new[] { true, false })
                    {
                        var packedMatrix = new PackedMatrix(rows, columns, packed);
                        packedMatrix.SetRows(0, matrix);
                        double[] result = Enumerable.Repeat(double.NaN, padded).ToArray();
                        MultiplyAddApply(function, packedMatrix, x, withAddend ? addend : [], result);
                        for (int r = 0; r < padded; r++)
                        {
                            // Padding lanes: zero rows plus the addend's zero padding, through the function.
                            double want = r < rows ? expected[r] : Of(function, 0.0);
                            Assert.True(
                                Bits(want) == Bits(result[r]),
                                $"{function} of {rows}×{columns}, scale {scale}, addend {withAddend}, packed {packed}, row {r}: {result[r]:R} vs {want:R}");
                        }
                    }
                }
            }
        }
    }

    [Fact]
    public void MultiplyAddApplyRejectsMismatchedShapes()
    {
        var matrix = new PackedMatrix(9, 3);
        Assert.Throws<ArgumentException>(() => matrix.MultiplyAddApply<VectorMath.TanhFunction>(new double[2], new double[12], new double[12]));
        Assert.Throws<ArgumentException>(() => matrix.MultiplyAddApply<VectorMath.TanhFunction>(new double[3], new double[9], new double[12]));
        Assert.Throws<ArgumentException>(() => matrix.MultiplyAddApply<VectorMath.TanhFunction>(new double[3], new double[12], new double[11]));
        Assert.Throws<ArgumentException>(() => matrix.MultiplyAddApply<VectorMath.TanhFunction>(new double[3], [], new double[9]));
    }

    private static void Apply(string function, Span<double> values)
    {
        switch (function)
        {
            case "tanh":
                VectorMath.Tanh(values);
                break;
            case "logistic":
                VectorMath.Logistic(values);
                break;
        }
    }

    private static double Of(string function, double x) => function switch
    {
        "tanh" => VectorMath.Tanh(x),
        "logistic" => VectorMath.Logistic(x),
        _ => x,
    };

    private static void MultiplyAddApply(string function, PackedMatrix matrix, double[] x, double[] addend, double[] result)
    {
        switch (function)
        {
            case "tanh":
                matrix.MultiplyAddApply<VectorMath.TanhFunction>(x, addend, result);
                break;
            case "logistic":
                matrix.MultiplyAddApply<VectorMath.LogisticFunction>(x, addend, result);
                break;
            default:
                matrix.MultiplyAddApply<VectorMath.IdentityFunction>(x, addend, result);
                break;
        }
    }

    [Theory]
    [InlineData(4, 101)]
    [InlineData(13, 50)]
    [InlineData(100, 100)]
    [InlineData(9, 6)]
    public void MultiplyEqualsTheScalarReferenceWithin1e12Relative(int rows, int columns)
    {
        double[] matrix = Vector(rows * columns, 3);
        double[] x = Vector(columns, 4);
        var packedMatrix = new PackedMatrix(rows, columns);
        packedMatrix.SetRows(0, matrix);
        var result = new double[rows];
        packedMatrix.Multiply(x, result);
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<double> row = matrix.AsSpan(r * columns, columns);
            double magnitude = 0.0;
            for (int c = 0; c < columns; c++)
            {
                magnitude += Math.Abs(row[c] * x[c]);
            }

            double reference = Kernels.DotReference(row, x);
            Assert.True(Math.Abs(result[r] - reference) <= 1e-12 * magnitude, $"row {r}: {result[r]:R} vs {reference:R}");
        }
    }

    [Theory]
    [InlineData(10, 101)]
    [InlineData(7, 5)]
    [InlineData(3, 12)]
    public void StackedMatricesGiveEachOnesProductAndTheAddendIsAddedAfter(int rows, int columns)
    {
        double[] top = Vector(rows * columns, 5);
        double[] bottom = Vector((rows + 3) * columns, 6);
        double[] addend = Vector((2 * rows) + 3, 7);
        double[] x = Vector(columns, 8);
        var stacked = new PackedMatrix((2 * rows) + 3, columns);
        stacked.SetRows(0, top);
        stacked.SetRows(rows, bottom);
        var result = new double[(2 * rows) + 3];
        stacked.Multiply(x, addend, result);

        var expected = new double[(2 * rows) + 3];
        Kernels.MatrixVector(top, x, expected.AsSpan(0, rows));
        Kernels.MatrixVector(bottom, x, expected.AsSpan(rows));
        Kernels.Add(addend, expected);
        Assert.Equal(expected.Select(Bits), result.Select(Bits));
    }

    [Theory]
    [InlineData(9, 13, true)]
    [InlineData(9, 13, false)]
    [InlineData(4, 3, true)]
    [InlineData(2, 101, true)]
    public void AConsumerGetsEveryPanelInRowOrderWithZerosPastTheLastRow(int rows, int columns, bool packed)
    {
        double[] matrix = Vector(rows * columns, 12);
        double[] x = Vector(columns, 13);
        var expected = new double[rows];
        Kernels.MatrixVector(matrix, x, expected);
        var packedMatrix = new PackedMatrix(rows, columns, packed);
        packedMatrix.SetRows(0, matrix);
        var recorder = new Recorder(new double[rows], new List<(int Row, int Count, double Padding)>());
        packedMatrix.Multiply(x, ref recorder);

        Assert.Equal(expected.Select(Bits), recorder.Results.Select(Bits));
        var panels = Enumerable.Range(0, (rows + 3) / 4).Select(p => (4 * p, Math.Min(4, rows - (4 * p)), 0.0)).ToList();
        Assert.Equal(panels, recorder.Panels);
    }

    [Fact]
    public void PanelLoadsAndStoresTouchOnlyTheirRows()
    {
        double[] values = [1, 2, 3, 4, 5, 6];
        Assert.Equal(Vector256.Create(5.0, 6.0, 0.0, 0.0), PackedMatrix.Load(values, 4, 2));
        Assert.Equal(Vector256.Create(2.0, 3.0, 4.0, 5.0), PackedMatrix.Load(values, 1, 4));
        PackedMatrix.Store(Vector256.Create(-1.0, -2.0, -3.0, -4.0), values, 3, 3);
        Assert.Equal([1, 2, 3, -1, -2, -3], values);
        Assert.Throws<ArgumentOutOfRangeException>(() => PackedMatrix.Load(values, 4, 3));
        Assert.Throws<ArgumentOutOfRangeException>(() => PackedMatrix.Store(Vector256<double>.Zero, values, 5, 2));
    }

    private readonly ref struct Recorder(double[] results, List<(int Row, int Count, double Padding)> panels) : IPanelConsumer
    {
        public double[] Results { get; } = results;

        public List<(int Row, int Count, double Padding)> Panels { get; } = panels;

        public void Accept(Vector256<double> sums, int row, int count)
        {
            double padding = 0.0;
            for (int lane = count; lane < 4; lane++)
            {
                padding += Math.Abs(sums.GetElement(lane));
            }

            Panels.Add((row, count, padding));
            PackedMatrix.Store(sums, Results, row, count);
        }
    }

    [Fact]
    public void SignsOfZeroSumsAreThoseOfDot()
    {
        foreach (int columns in new[] { 1, 3, 12, 13 })
        {
            double[] matrix = Enumerable.Repeat(-0.0, 6 * columns).ToArray();
            double[] x = Enumerable.Repeat(1.0, columns).ToArray();
            var packedMatrix = new PackedMatrix(6, columns);
            packedMatrix.SetRows(0, matrix);
            var result = new double[6];
            packedMatrix.Multiply(x, result);
            Assert.All(result, value => Assert.Equal(Bits(Kernels.Dot(matrix.AsSpan(0, columns), x)), Bits(value)));
        }
    }

    [Fact]
    public void BadShapesAreRejected()
    {
        var matrix = new PackedMatrix(5, 3);
        Assert.Throws<ArgumentException>(() => matrix.SetRows(0, new double[7]));
        Assert.Throws<ArgumentOutOfRangeException>(() => matrix.SetRows(3, new double[9]));
        Assert.Throws<ArgumentException>(() => matrix.Multiply(new double[2], new double[5]));
        Assert.Throws<ArgumentException>(() => matrix.Multiply(new double[3], new double[4]));
        Assert.Throws<ArgumentException>(() => matrix.Multiply(new double[3], new double[4], new double[5]));
    }

    [Fact]
    public void MultiplyAllocatesNothing()
    {
        var matrix = new PackedMatrix(41, 37);
        matrix.SetRows(0, Vector(41 * 37, 9));
        double[] x = Vector(37, 10);
        double[] addend = Vector(41, 11);
        var result = new double[41];
        matrix.Multiply(x, result);
        matrix.Multiply(x, addend, result);
        Assert.Equal(0, SteadyAllocation.Bytes(() =>
        {
            for (int i = 0; i < 1000; i++)
            {
                matrix.Multiply(x, result);
                matrix.Multiply(x, addend, result);
            }
        }));
    }
}
