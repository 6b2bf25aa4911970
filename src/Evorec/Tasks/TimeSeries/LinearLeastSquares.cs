using MathNet.Numerics.LinearAlgebra;

namespace Evorec.Tasks.TimeSeries;

/// <summary>
/// Ordinary least squares through the Moore-Penrose pseudo-inverse (MathNet's SVD, singular values below
/// max(rows, columns)·σ_max·ε dropped), so rank-deficient designs — such as more autoregressive lags than a
/// sum of k sines needs (it satisfies a linear recurrence of order 2k exactly) — get the minimum-norm solution.
/// </summary>
public static class LinearLeastSquares
{
    /// <summary>
    /// The coefficients c minimising Σ_rows (Σ_j design[row, j]·c[j] − targets[row])².
    /// </summary>
    public static double[] Solve(double[,] design, double[] targets)
    {
        int rows = design.GetLength(0);
        if (rows == 0 || rows != targets.Length)
        {
            throw new ArgumentException("The design needs one row per target, and at least one.", nameof(design));
        }

        Matrix<double> matrix = Matrix<double>.Build.DenseOfArray(design);
        Vector<double> solution = matrix.PseudoInverse() * Vector<double>.Build.DenseOfArray(targets);
        return solution.ToArray();
    }
}
