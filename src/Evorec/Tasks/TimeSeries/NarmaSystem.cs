namespace Evorec.Tasks.TimeSeries;

/// <summary>
/// The nonlinear autoregressive moving-average system of order n (NARMA-n; Atiya &amp; Parlos, IEEE TNN 11(3),
/// 2000; Jaeger, NIPS 15, 2003, the order-10 benchmark of the echo-state literature):
/// y(t + 1) = α y(t) + β y(t) Σ_{i=0}^{n−1} y(t − i) + γ u(t − n + 1) u(t) + δ,
/// with α = 0.3, β = 0.05, γ = 1.5, δ = 0.1 and u(t) uniform on [0, 0.5]. Samples before t = 0 are 0.
/// </summary>
public static class NarmaSystem
{
    /// <summary>α of the equation.</summary>
    public const double DefaultAlpha = 0.3;

    /// <summary>β of the equation.</summary>
    public const double DefaultBeta = 0.05;

    /// <summary>γ of the equation.</summary>
    public const double DefaultGamma = 1.5;

    /// <summary>δ of the equation.</summary>
    public const double DefaultDelta = 0.1;

    /// <summary>
    /// The response y(0) … y(T) to the inputs u(0) … u(T − 1) (T = <paramref name="inputs"/>.Length), with y(0) = 0.
    /// </summary>
    public static double[] Simulate(ReadOnlySpan<double> inputs, int order, double alpha = DefaultAlpha, double beta = DefaultBeta, double gamma = DefaultGamma, double delta = DefaultDelta)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(order);
        var y = new double[inputs.Length + 1];
        for (int t = 0; t < inputs.Length; t++)
        {
            double sum = 0.0;
            for (int i = 0; i < order && t - i >= 0; i++)
            {
                sum += y[t - i];
            }

            double delayedInput = t - order + 1 >= 0 ? inputs[t - order + 1] : 0.0;
            y[t + 1] = (alpha * y[t]) + (beta * y[t] * sum) + (gamma * delayedInput * inputs[t]) + delta;
        }

        return y;
    }
}
