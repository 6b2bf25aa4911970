using Evorec.Numerics;
using Evorec.Tests.Support;
using MathNet.Numerics.LinearAlgebra;

namespace Evorec.Tests.Numerics;

public sealed class SymmetricEigensolverTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(40)]
    public void AgreesWithMathNetAndReconstructsTheMatrix(int n)
    {
        var random = new RandomStream(StreamKey.FromSeed(n));
        var a = new double[n * n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j <= i; j++)
            {
                double value = random.NextDouble(-1, 1);
                a[(i * n) + j] = value;
                a[(j * n) + i] = value;
            }
        }

        var matrix = (double[])a.Clone();
        var eigenvalues = new double[n];
        Assert.True(new SymmetricEigensolver(n).Decompose(matrix, eigenvalues));

        // MathNet as the oracle: the same eigenvalues (ascending).
        var reference = Matrix<double>.Build.DenseOfRowMajor(n, n, a).Evd(Symmetricity.Symmetric).EigenValues.Select(c => c.Real).Order().ToArray();
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(reference[i], eigenvalues[i], 10);
        }

        // A bᵢ = λᵢ bᵢ with ‖bᵢ‖ = 1, and the eigenvectors are orthogonal.
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<double> b = matrix.AsSpan(i * n, n);
            for (int r = 0; r < n; r++)
            {
                double product = Kernels.Dot(a.AsSpan(r * n, n), b);
                Assert.Equal(eigenvalues[i] * b[r], product, 10);
            }

            for (int j = 0; j < n; j++)
            {
                Assert.Equal(i == j ? 1.0 : 0.0, Kernels.Dot(b, matrix.AsSpan(j * n, n)), 10);
            }
        }
    }

    [Fact]
    public void ReportsFailureOnNonFiniteInput()
    {
        var matrix = new double[] { 1, double.NaN, double.NaN, 1 };
        Assert.False(new SymmetricEigensolver(2).Decompose(matrix, new double[2]));
    }

    [Fact]
    public void AllocatesNothing()
    {
        int n = 12;
        var solver = new SymmetricEigensolver(n);
        var matrix = new double[n * n];
        var eigenvalues = new double[n];
        void Fill()
        {
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    matrix[(i * n) + j] = 1.0 / (1 + i + j);
                }
            }
        }

        Fill();
        solver.Decompose(matrix, eigenvalues);
        Assert.Equal(0, SteadyAllocation.Bytes(() =>
        {
            for (int k = 0; k < 20; k++)
            {
                Fill();
                solver.Decompose(matrix, eigenvalues);
            }
        }));
    }
}
