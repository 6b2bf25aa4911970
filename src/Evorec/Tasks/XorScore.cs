namespace Evorec.Tasks;

/// <summary>
/// The XOR score of NEAT 1.2.1 (<c>xor_evaluate</c> in <c>experiments.cpp</c>; Stanley &amp;
/// Miikkulainen 2002): for the outputs o₀ … o₃ of the patterns (0,0), (0,1), (1,0), (1,1),
/// error e = |o₀| + |1 − o₁| + |1 − o₂| + |o₃|, fitness (4 − e)², solved when
/// o₀ &lt; 0.5, o₁ ≥ 0.5, o₂ ≥ 0.5 and o₃ &lt; 0.5.
/// </summary>
/// <remarks>
/// For outputs in [0, 1] (NEAT's sigmoid units) e ≤ 4 and the fitness is exactly NEAT's. For
/// unbounded outputs e may exceed 4, where (4 − e)² would rise again; the fitness is 0 there.
/// </remarks>
public static class XorScore
{
    /// <summary>The targets of the four patterns, in pattern order.</summary>
    public static ReadOnlySpan<double> Targets => [0.0, 1.0, 1.0, 0.0];

    /// <summary>The error e of four outputs.</summary>
    public static double Error(ReadOnlySpan<double> outputs) =>
        Math.Abs(outputs[0]) + Math.Abs(1.0 - outputs[1]) + Math.Abs(1.0 - outputs[2]) + Math.Abs(outputs[3]);

    /// <summary>The fitness (4 − e)² for e ≤ 4, else 0.</summary>
    public static double Fitness(double error) => error <= 4.0 ? (4.0 - error) * (4.0 - error) : 0.0;

    /// <summary>Whether every pattern is classified right (output ≥ 0.5 for a 1).</summary>
    public static bool Solves(ReadOnlySpan<double> outputs) =>
        outputs[0] < 0.5 && outputs[1] >= 0.5 && outputs[2] >= 0.5 && outputs[3] < 0.5;
}
