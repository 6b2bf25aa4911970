using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tests.Support;

namespace Evorec.Tests.Numerics;

public sealed class VectorMathTests
{
    /// <summary>The bound the doc comment of <see cref="VectorMath"/> states (a few units in the last place).</summary>
    private const double RelativeBound = 1e-15;

    private static IEnumerable<double> Grid(double low, double high, int count)
    {
        for (int i = 0; i <= count; i++)
        {
            yield return low + ((high - low) * i / count);
        }
    }

    /// <summary>Values in every regime: tiny, around the tanh branch point 0.625, ordinary, large.</summary>
    private static IEnumerable<double> Arguments()
    {
        foreach (double x in Grid(-40, 40, 20_011))
        {
            yield return x;
        }

        foreach (double x in Grid(0.6, 0.65, 1001))
        {
            yield return x;
            yield return -x;
        }

        for (double x = 1e-300; x < 1; x *= 3.7)
        {
            yield return x;
            yield return -x;
        }

        yield return Math.BitDecrement(0.625);
        yield return 0.625;
        yield return 0.0;
        yield return -0.0;
        yield return 300;
        yield return -300;
        yield return 1e300;
        yield return -1e300;
    }

    private static void AssertRelative(double expected, double actual, double x, double bound = RelativeBound)
    {
        double error = Math.Abs(actual - expected);
        Assert.True(
            error <= bound * Math.Abs(expected) || expected.Equals(actual),
            $"x = {x:R}: expected {expected:R}, got {actual:R} (relative error {error / Math.Abs(expected):E2})");
    }

    [Fact]
    public void ExpMatchesMathExpWithin1e15RelativeOverTheNormalRange()
    {
        foreach (double x in Grid(-708, 709.7, 200_003).Concat(Grid(-1, 1, 20_001)))
        {
            AssertRelative(Math.Exp(x), VectorMath.Exp(x), x);
        }
    }

    [Fact]
    public void ExpOverflowsUnderflowsAndPropagatesLikeMathExp()
    {
        Assert.Equal(double.PositiveInfinity, VectorMath.Exp(709.79));
        Assert.Equal(double.PositiveInfinity, VectorMath.Exp(1e6));
        Assert.Equal(double.PositiveInfinity, VectorMath.Exp(double.PositiveInfinity));
        Assert.Equal(0.0, VectorMath.Exp(-746));
        Assert.Equal(0.0, VectorMath.Exp(double.NegativeInfinity));
        Assert.True(double.IsNaN(VectorMath.Exp(double.NaN)));
        Assert.Equal(1.0, VectorMath.Exp(0.0));
        foreach (double x in Grid(-744, -708.5, 1001))
        {
            // Gradual underflow: subnormal results, within one subnormal step plus the relative bound.
            double expected = Math.Exp(x);
            Assert.True(Math.Abs(VectorMath.Exp(x) - expected) <= (RelativeBound * expected) + double.Epsilon, $"x = {x:R}");
        }
    }

    [Fact]
    public void TanhMatchesMathTanhWithin1e15Relative()
    {
        foreach (double x in Arguments())
        {
            AssertRelative(Math.Tanh(x), VectorMath.Tanh(x), x);
        }

        Assert.Equal(1.0, VectorMath.Tanh(double.PositiveInfinity));
        Assert.Equal(-1.0, VectorMath.Tanh(double.NegativeInfinity));
        Assert.True(double.IsNaN(VectorMath.Tanh(double.NaN)));
        Assert.True(double.IsNegative(VectorMath.Tanh(-0.0)));
    }

    [Fact]
    public void LogisticMatchesTheReferenceWithin1e15Relative()
    {
        foreach (double x in Arguments().Concat(Grid(-745, 745, 10_001)))
        {
            AssertRelative(1.0 / (1.0 + Math.Exp(-x)), VectorMath.Logistic(x), x);
        }

        Assert.Equal(1.0, VectorMath.Logistic(double.PositiveInfinity));
        Assert.Equal(0.0, VectorMath.Logistic(double.NegativeInfinity));
        Assert.True(double.IsNaN(VectorMath.Logistic(double.NaN)));
    }

    [Fact]
    public void SpansGiveEveryElementTheScalarResultBitForBitWhateverItsPosition()
    {
        // Lengths across the staged passes' chunks of 64 (and their tails), starts at every offset
        // within a vector, and the special values of every branch.
        double[] specials =
        [
            0.0, -0.0, double.NaN, -double.NaN, BitConverter.Int64BitsToDouble(0x7FF0_0000_0000_1234), double.PositiveInfinity, double.NegativeInfinity,
            0.625, -0.625, Math.BitDecrement(0.625), Math.BitIncrement(0.625), 1e-300, double.Epsilon, -1e-310,
            20, 354.9, 372.5, 709.79, 800, -800, -745.2, -746,
        ];
        for (int n = 0; n <= 140; n++)
        {
            double[] x = Enumerable.Range(0, n + 3).Select(i => i % 7 == 3 ? specials[(i + n) % specials.Length] : 3.0 * Math.Sin(1.7 * (i + n))).ToArray();
            for (int offset = 0; offset < 4; offset++)
            {
                double[] tanh = (double[])x.Clone();
                double[] logistic = (double[])x.Clone();
                VectorMath.Tanh(tanh.AsSpan(offset, n));
                VectorMath.Logistic(logistic.AsSpan(offset, n));
                for (int i = 0; i < x.Length; i++)
                {
                    bool inside = i >= offset && i < offset + n;
                    Assert.Equal(BitConverter.DoubleToInt64Bits(inside ? VectorMath.Tanh(x[i]) : x[i]), BitConverter.DoubleToInt64Bits(tanh[i]));
                    Assert.Equal(BitConverter.DoubleToInt64Bits(inside ? VectorMath.Logistic(x[i]) : x[i]), BitConverter.DoubleToInt64Bits(logistic[i]));
                }
            }
        }
    }

    [Theory]
    [InlineData(Activation.Tanh)]
    [InlineData(Activation.Logistic)]
    [InlineData(Activation.Linear)]
    public void ActivationsEqualTheirScalarReferenceAndTheirSpanForm(Activation activation)
    {
        double[] x = Grid(-30, 30, 4003).ToArray();
        double[] inPlace = (double[])x.Clone();
        ActivationFunctions.ApplyInPlace(activation, inPlace);
        for (int i = 0; i < x.Length; i++)
        {
            double value = ActivationFunctions.Apply(activation, x[i]);
            AssertRelative(ActivationFunctions.ApplyReference(activation, x[i]), value, x[i]);
            Assert.Equal(value, inPlace[i]);
        }
    }

    [Theory]
    [InlineData(LstmSquashing.Tanh)]
    [InlineData(LstmSquashing.Identity)]
    [InlineData(LstmSquashing.SymmetricLogistic)]
    [InlineData(LstmSquashing.WideSymmetricLogistic)]
    public void LstmSquashingsEqualTheirScalarReferenceWithin1e15AbsoluteAndTheirSpanForm(LstmSquashing squashing)
    {
        // Absolute: the references 2σ − 1 and 4σ − 2 are themselves only absolutely accurate near 0.
        double[] x = Grid(-30, 30, 4003).ToArray();
        double[] inPlace = (double[])x.Clone();
        LstmSquashingFunctions.ApplyInPlace(squashing, inPlace);
        for (int i = 0; i < x.Length; i++)
        {
            double value = LstmSquashingFunctions.Apply(squashing, x[i]);
            Assert.True(Math.Abs(value - LstmSquashingFunctions.ApplyReference(squashing, x[i])) <= 1e-15 * Math.Max(1, Math.Abs(x[i])), $"x = {x[i]:R}");
            Assert.Equal(value, inPlace[i]);
        }
    }

    [Fact]
    public void SpanFunctionsAllocateNothing()
    {
        var values = new double[11];
        VectorMath.Tanh(values);
        VectorMath.Logistic(values);
        Assert.Equal(0, SteadyAllocation.Bytes(() =>
        {
            for (int i = 0; i < 100; i++)
            {
                VectorMath.Tanh(values);
                VectorMath.Logistic(values);
            }
        }));
    }
}
