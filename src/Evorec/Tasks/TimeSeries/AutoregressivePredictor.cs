using Evorec.Networks;

namespace Evorec.Tasks.TimeSeries;

/// <summary>
/// A linear autoregressive model y(t + 1) = c + Σ_{i=0}^{p−1} a_i x(t − i), fitted by least squares
/// (<see cref="LinearLeastSquares"/>) and written as a one-input, one-output network so it runs through
/// exactly the same protocol (teacher-forced, free-running, NRMSE84) as the networks it is compared with.
/// Lags before the first input read 0.
/// </summary>
public sealed class AutoregressivePredictor : IRecurrentNetwork
{
    private readonly double[] _history;
    private int _newest;

    /// <summary>Creates the model with <paramref name="intercept"/> c and <paramref name="coefficients"/> a_0 … a_{p−1}.</summary>
    public AutoregressivePredictor(double intercept, double[] coefficients)
    {
        ArgumentOutOfRangeException.ThrowIfZero(coefficients.Length);
        Intercept = intercept;
        Coefficients = coefficients;
        _history = new double[coefficients.Length];
    }

    /// <summary>The constant c.</summary>
    public double Intercept { get; }

    /// <summary>a_0 … a_{p−1}: the weight of x(t), x(t − 1), ….</summary>
    public double[] Coefficients { get; }

    /// <inheritdoc/>
    public int InputCount => 1;

    /// <inheritdoc/>
    public int OutputCount => 1;

    /// <summary>
    /// Fits p = <paramref name="lags"/> lags on the one-step pairs (x(t), …, x(t − p + 1)) → x(t + 1) of
    /// <paramref name="series"/> with t + 1 ≤ <paramref name="lastTarget"/> (the training data only).
    /// </summary>
    public static AutoregressivePredictor Fit(ReadOnlySpan<double> series, int lastTarget, int lags)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lags);
        int rows = lastTarget - lags + 1;
        if (rows < 1 || lastTarget >= series.Length)
        {
            throw new ArgumentException($"Fitting {lags} lags needs more than {lags} training samples.", nameof(lastTarget));
        }

        var design = new double[rows, lags + 1];
        var targets = new double[rows];
        for (int row = 0; row < rows; row++)
        {
            int t = row + lags - 1;
            design[row, 0] = 1.0;
            for (int i = 0; i < lags; i++)
            {
                design[row, i + 1] = series[t - i];
            }

            targets[row] = series[t + 1];
        }

        double[] solution = LinearLeastSquares.Solve(design, targets);
        return new AutoregressivePredictor(solution[0], solution[1..]);
    }

    /// <inheritdoc/>
    public void Reset()
    {
        Array.Clear(_history);
        _newest = 0;
    }

    /// <inheritdoc/>
    public void Step(ReadOnlySpan<double> input, Span<double> output)
    {
        int lags = _history.Length;
        _newest = (_newest + 1) % lags;
        _history[_newest] = input[0];
        double sum = Intercept;
        for (int i = 0; i < lags; i++)
        {
            sum += Coefficients[i] * _history[(_newest - i + lags) % lags];
        }

        output[0] = sum;
    }
}
