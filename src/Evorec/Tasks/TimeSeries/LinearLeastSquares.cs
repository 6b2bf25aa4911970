using MathNet.Numerics.LinearAlgebra;

namespace Evorec.Tasks.TimeSeries;

/// <summary>
/// Ordinary least squares through the Moore-Penrose pseudo-inverse, so rank-deficient designs — such as more
/// autoregressive lags than a sum of k sines needs (it satisfies a linear recurrence of order 2k exactly) — get
/// the minimum-norm solution. Computed as pinv(X) y = pinv(R) Qᵀ y from a thin Householder QR X = QR (Q with
/// orthonormal columns), so only the small R goes through MathNet's SVD (singular values below
/// max(rows, columns)·σ_max·ε of R, which are those of X, dropped) and the cost stays linear in the rows.
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
        if (rows < matrix.ColumnCount)
        {
            return (matrix.PseudoInverse() * Vector<double>.Build.DenseOfArray(targets)).ToArray();
        }

        var qr = matrix.QR(MathNet.Numerics.LinearAlgebra.Factorization.QRMethod.Thin);
        Vector<double> projected = qr.Q.TransposeThisAndMultiply(Vector<double>.Build.DenseOfArray(targets));
        return (qr.R.PseudoInverse() * projected).ToArray();
    }
}
