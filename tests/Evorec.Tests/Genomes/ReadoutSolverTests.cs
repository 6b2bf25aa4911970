using Evorec.Genomes;
using Evorec.Numerics;
using Evorec.Tests.Support;
using MathNet.Numerics.LinearAlgebra;

namespace Evorec.Tests.Genomes;

public sealed class ReadoutSolverTests
{
    private const int Features = 6;
    private const int Outputs = 2;
    private const int Rows = 50;

    private static readonly double[] KnownWeights =
    [
        0.5, -1.25, 2.0, 0.0, 3.5, -0.75,
        -2.0, 0.125, 1.0, -4.0, 0.25, 1.5,
    ];

    [Theory]
    [InlineData(ReadoutMethod.PseudoInverse, 0.0)]
    [InlineData(ReadoutMethod.Ridge, 1e-12)]
    public void RecoversAKnownLinearReadoutFromExactTargets(ReadoutMethod method, double lambda)
    {
        var solver = new ReadoutSolver(Features, Outputs, method, lambda);
        Fill(solver, duplicateColumn: false);
        var weights = new double[Features * Outputs];
        Assert.True(solver.Solve(weights));
        for (int i = 0; i < weights.Length; i++)
        {
            Assert.True(Math.Abs(weights[i] - KnownWeights[i]) < 1e-9, $"weight {i}: {weights[i]} vs {KnownWeights[i]}");
        }
    }

    [Fact]
    public void ThePseudoInverseOfARankDeficientDesignEqualsMathNetsSvdPseudoInverse()
    {
        var solver = new ReadoutSolver(Features, Outputs, ReadoutMethod.PseudoInverse, 0.0);
        var (x, y) = Fill(solver, duplicateColumn: true);
        var weights = new double[Features * Outputs];
        Assert.True(solver.Solve(weights));

        Matrix<double> expected = x.PseudoInverse() * y;
        for (int k = 0; k < Outputs; k++)
        {
            for (int i = 0; i < Features; i++)
            {
                Assert.True(Math.Abs(weights[(k * Features) + i] - expected[i, k]) < 1e-8, $"({k}, {i}): {weights[(k * Features) + i]} vs {expected[i, k]}");
            }
        }

        // The duplicated features share their weight (the minimum-norm solution).
        Assert.Equal(weights[0], weights[1], 1e-9);
    }

    [Theory]
    [InlineData(ReadoutMethod.PseudoInverse)]
    [InlineData(ReadoutMethod.Ridge)]
    public void AnIllConditionedDesignIsSolvedToTheAccuracyOfItsConditionNotItsSquare(ReadoutMethod method)
    {
        // Columns 1, t, t², ..., t⁷ on [0, 1] (a Vandermonde design, cond ≈ 10⁷): the normal
        // equations (cond ≈ 10¹⁴) lose about 14 of 16 digits, the QR factor keeps about 9.
        const int columns = 8;
        const int rows = 200;
        var solver = new ReadoutSolver(columns, 1, method, 1e-30);
        var known = new[] { 1.0, -2.0, 3.0, -4.0, 5.0, -6.0, 7.0, -8.0 };
        var x = Matrix<double>.Build.Dense(rows, columns);
        var y = Matrix<double>.Build.Dense(rows, 1);
        var row = new double[columns];
        for (int r = 0; r < rows; r++)
        {
            double t = r / (double)(rows - 1);
            double sum = 0;
            for (int i = 0; i < columns; i++)
            {
                row[i] = Math.Pow(t, i);
                x[r, i] = row[i];
                sum += known[i] * row[i];
            }

            y[r, 0] = sum;
            solver.Add(row, [sum]);
        }

        var weights = new double[columns];
        Assert.True(solver.Solve(weights));
        Matrix<double> reference = x.Svd().Solve(y);
        for (int i = 0; i < columns; i++)
        {
            Assert.True(Math.Abs(weights[i] - known[i]) < 1e-6, $"weight {i}: {weights[i]} vs {known[i]}");
            Assert.True(Math.Abs(weights[i] - reference[i, 0]) < 1e-6, $"weight {i}: {weights[i]} vs MathNet {reference[i, 0]}");
        }
    }

    [Fact]
    public void RidgeShrinksTheReadoutAsLambdaGrows()
    {
        double Norm(double lambda)
        {
            var solver = new ReadoutSolver(Features, Outputs, ReadoutMethod.Ridge, lambda);
            Fill(solver, duplicateColumn: false);
            var weights = new double[Features * Outputs];
            solver.Solve(weights);
            return weights.Sum(w => w * w);
        }

        Assert.True(Norm(1.0) < Norm(1e-6));
        Assert.True(Norm(100.0) < Norm(1.0));
    }

    [Fact]
    public void NonFiniteFeaturesGiveANaNReadoutNotACrash()
    {
        var solver = new ReadoutSolver(2, 1, ReadoutMethod.Ridge, 1e-6);
        solver.Add([double.NaN, 1.0], [1.0]);
        var weights = new double[2];
        Assert.False(solver.Solve(weights));
        Assert.All(weights, w => Assert.True(double.IsNaN(w)));
    }

    [Theory]
    [InlineData(ReadoutMethod.PseudoInverse)]
    [InlineData(ReadoutMethod.Ridge)]
    public void AddingRowsAndSolvingAllocateNothing(ReadoutMethod method)
    {
        var solver = new ReadoutSolver(Features, Outputs, method, 1e-6);
        var weights = new double[Features * Outputs];
        var features = new double[Features];
        var targets = new double[Outputs];
        void Once()
        {
            solver.Clear();
            for (int r = 0; r < Rows; r++)
            {
                for (int i = 0; i < Features; i++)
                {
                    features[i] = Math.Sin((r * 1.3) + (i * 0.7));
                }

                targets[0] = features[0];
                targets[1] = features[2];
                solver.Add(features, targets);
            }

            solver.Solve(weights);
        }

        Once();
        Assert.Equal(0, SteadyAllocation.Bytes(() =>
        {
            for (int i = 0; i < 20; i++)
            {
                Once();
            }
        }));
    }

    [Fact]
    public void WithABiasFeatureAnAffineRecodingOfTheTargetsRecodesTheOutputsTheSameWay()
    {
        // Symbol targets 0/1 thresholded at 0.5 and targets -1/+1 thresholded at 0 give the same decisions:
        // the least-squares readout over features with a constant column is equivariant under d -> a d + b.
        var random = new RandomStream(StreamKey.FromSeed(3));
        var zeroOne = new ReadoutSolver(Features, 1, ReadoutMethod.PseudoInverse, 0.0);
        var plusMinus = new ReadoutSolver(Features, 1, ReadoutMethod.PseudoInverse, 0.0);
        var rows = new double[Rows][];
        for (int r = 0; r < Rows; r++)
        {
            rows[r] = new double[Features];
            for (int i = 0; i < Features - 1; i++)
            {
                rows[r][i] = Math.Tanh(3 * ((random.NextDouble() * 2) - 1));
            }

            rows[r][Features - 1] = 1.0;
            double target = random.NextDouble() < 0.3 ? 1.0 : 0.0;
            zeroOne.Add(rows[r], [target]);
            plusMinus.Add(rows[r], [(2 * target) - 1]);
        }

        var w01 = new double[Features];
        var wpm = new double[Features];
        Assert.True(zeroOne.Solve(w01));
        Assert.True(plusMinus.Solve(wpm));
        foreach (double[] row in rows)
        {
            double y01 = row.Zip(w01, (a, b) => a * b).Sum();
            double ypm = row.Zip(wpm, (a, b) => a * b).Sum();
            Assert.Equal((2 * y01) - 1, ypm, 1e-9);
            Assert.Equal(y01 > 0.5, ypm > 0.0);
        }
    }

    private static (Matrix<double> X, Matrix<double> Y) Fill(ReadoutSolver solver, bool duplicateColumn)
    {
        var random = new RandomStream(StreamKey.FromSeed(11));
        var x = Matrix<double>.Build.Dense(Rows, Features);
        var y = Matrix<double>.Build.Dense(Rows, Outputs);
        var row = new double[Features];
        var target = new double[Outputs];
        for (int r = 0; r < Rows; r++)
        {
            for (int i = 0; i < Features; i++)
            {
                row[i] = (random.NextDouble() * 2) - 1;
            }

            if (duplicateColumn)
            {
                row[1] = row[0];
            }

            for (int k = 0; k < Outputs; k++)
            {
                double sum = 0;
                for (int i = 0; i < Features; i++)
                {
                    sum += KnownWeights[(k * Features) + i] * row[i];
                }

                target[k] = sum;
                y[r, k] = sum;
            }

            for (int i = 0; i < Features; i++)
            {
                x[r, i] = row[i];
            }

            solver.Add(row, target);
        }

        return (x, y);
    }
}
