using Evorec.Numerics;

namespace Evorec.Tasks.Memory;

/// <summary>
/// Generates adding-problem sequences (<see cref="AddingVariant"/>): each step is a pair (value, marker);
/// the target, scored at the last step only, is computed from the two values marked with 1.0.
/// </summary>
public static class AddingProblem
{
    /// <summary>The target of the variant for marked values <paramref name="first"/> and <paramref name="second"/>.</summary>
    public static double Target(AddingVariant variant, double first, double second) =>
        variant == AddingVariant.Hochreiter1997 ? 0.5 + ((first + second) / 4.0) : first + second;

    /// <summary>
    /// Draws one sequence with minimal length <paramref name="minimumLength"/> T (≥ 10). Inputs: 2 per step
    /// (value, marker); targets: 1 per step, only the last scored (washout = length − 1).
    /// </summary>
    public static Sequence Generate(RandomStream random, AddingVariant variant, int minimumLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minimumLength, 10);
        return variant == AddingVariant.Hochreiter1997
            ? GenerateHochreiter(random, minimumLength)
            : GenerateModern(random, minimumLength);
    }

    private static Sequence GenerateHochreiter(RandomStream random, int t)
    {
        int length = t + random.NextInt((t / 10) + 1);
        var inputs = new double[2 * length];
        for (int i = 0; i < length; i++)
        {
            inputs[2 * i] = random.NextDouble(-1.0, 1.0);
        }

        int first = random.NextInt(10);
        int secondRank = random.NextInt((t / 2) - 1);
        int second = secondRank < first ? secondRank : secondRank + 1;
        inputs[1] = -1.0;
        inputs[(2 * length) - 1] = -1.0;
        inputs[(2 * first) + 1] = 1.0;
        inputs[(2 * second) + 1] = 1.0;
        if (first == 0)
        {
            inputs[0] = 0.0;
        }

        return Finish(inputs, length, Target(AddingVariant.Hochreiter1997, inputs[2 * first], inputs[2 * second]));
    }

    private static Sequence GenerateModern(RandomStream random, int length)
    {
        var inputs = new double[2 * length];
        for (int i = 0; i < length; i++)
        {
            inputs[2 * i] = random.NextDouble();
        }

        int half = length / 2;
        int first = random.NextInt(half);
        int second = half + random.NextInt(length - half);
        inputs[(2 * first) + 1] = 1.0;
        inputs[(2 * second) + 1] = 1.0;
        return Finish(inputs, length, Target(AddingVariant.Modern, inputs[2 * first], inputs[2 * second]));
    }

    private static Sequence Finish(double[] inputs, int length, double target)
    {
        var targets = new double[length];
        targets[length - 1] = target;
        return new Sequence(inputs, 2, targets, 1, length - 1);
    }
}
