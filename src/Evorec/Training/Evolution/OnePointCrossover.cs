using Evorec.Numerics;

namespace Evorec.Training.Evolution;

/// <summary>
/// One-point crossover as in ESP's reference code (Gomez &amp; Miikkulainen 1999, §3): a cut point
/// c uniform in [0, length); the first child takes genes [0, c) from the first parent and the
/// rest from the second, the second child the other way round.
/// </summary>
internal static class OnePointCrossover
{
    /// <summary>Writes the two children of <paramref name="first"/> and <paramref name="second"/>.</summary>
    public static void Cross(
        ReadOnlySpan<double> first,
        ReadOnlySpan<double> second,
        Span<double> firstChild,
        Span<double> secondChild,
        RandomStream random)
    {
        int length = first.Length;
        int cut = random.NextInt(length);
        for (int g = 0; g < length; g++)
        {
            bool head = g < cut;
            double a = first[g];
            double b = second[g];
            firstChild[g] = head ? a : b;
            secondChild[g] = head ? b : a;
        }
    }

    /// <summary>
    /// The mate of ranked parent <paramref name="parent"/> among the <paramref name="breeders"/>
    /// fittest: a random higher-ranked one, or for the fittest parent a random breeder (ESP code).
    /// </summary>
    public static int Mate(int parent, int breeders, RandomStream random) =>
        parent == 0 ? random.NextInt(breeders) : random.NextInt(parent);
}
