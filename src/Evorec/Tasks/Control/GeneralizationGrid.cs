namespace Evorec.Tasks.Control;

/// <summary>
/// The 625 start states of the generalization test (Gruau, Whitley &amp; Pyeatt 1996; the grid of
/// NEAT 1.2.1 <c>pole2_epoch</c> and Gomez's <c>CartPole::generalizationTest</c>): with
/// v ∈ {0.05, 0.25, 0.5, 0.75, 0.95}, x = 4.32·v − 2.16, ẋ = 2.70·v − 1.35,
/// θ₁ = 0.12566304·v − 0.06283152 (±3.6°), θ̇₁ = 0.30019504·v − 0.15009752 (±8.6°/s), the short
/// pole and its velocity 0, in the reference code's loop order (x outermost, θ̇₁ innermost).
/// </summary>
public static class GeneralizationGrid
{
    /// <summary>Number of starts: 5⁴.</summary>
    public const int Count = 625;

    private static readonly double[] Levels = [0.05, 0.25, 0.5, 0.75, 0.95];

    /// <summary>Writes start <paramref name="index"/> (0 … 624) into <paramref name="state"/>.</summary>
    public static void Start(int index, Span<double> state)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        state[0] = (Levels[index / 125] * 4.32) - 2.16;
        state[1] = (Levels[index / 25 % 5] * 2.70) - 1.35;
        state[2] = (Levels[index / 5 % 5] * 0.12566304) - 0.06283152;
        state[3] = (Levels[index % 5] * 0.30019504) - 0.15009752;
        state[4] = 0.0;
        state[5] = 0.0;
    }
}
