namespace Evorec.Tasks.TimeSeries;

/// <summary>
/// The shift-and-squash transformation Jaeger applied to the Mackey-Glass series before training
/// (GMD Report 148, 2001, §6.1; Jaeger &amp; Haas, Science 2004): x ↦ tanh(x − 1), inverted by y ↦ atanh(y) + 1.
/// </summary>
public static class Squashing
{
    /// <summary>tanh(x − 1).</summary>
    public static double Forward(double x) => Math.Tanh(x - 1.0);

    /// <summary>atanh(y) + 1; ±∞ at ±1 and NaN outside [−1, 1].</summary>
    public static double Inverse(double y) => Math.Atanh(y) + 1.0;
}
