using Evorec.Networks;

namespace Evorec.Tests.Tasks.Control;

/// <summary>A stateless "network": output = bias + Σ weight_i · input_i. Allocation-free.</summary>
internal sealed class LinearController(double[] weights, double bias) : IRecurrentNetwork
{
    public int InputCount => weights.Length;

    public int OutputCount => 1;

    public int Resets { get; private set; }

    public void Reset() => Resets++;

    public void Step(ReadOnlySpan<double> input, Span<double> output)
    {
        double sum = bias;
        for (int i = 0; i < weights.Length; i++)
        {
            sum += weights[i] * input[i];
        }

        output[0] = sum;
    }

    /// <summary>
    /// The linear state feedback F = 1·x + 1.5·ẋ + 20·θ + 3·θ̇ (N) for the single pole, read from
    /// NEAT-scaled inputs (x/4.8, ẋ/2, θ/0.52, θ̇/2, bias 0.5) and written as a logistic-style
    /// output o = 0.5 + F/20, so that F = 20(o − 0.5).
    /// </summary>
    public static LinearController SinglePoleFeedback() =>
        new([1.0 * 4.8 / 20, 1.5 * 2 / 20, 20 * 0.52 / 20, 3.0 * 2 / 20, 0.0], 0.5);

    /// <summary>A controller whose output is always <paramref name="value"/>.</summary>
    public static LinearController Constant(int inputs, double value) => new(new double[inputs], value);
}
