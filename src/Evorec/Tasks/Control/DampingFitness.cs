namespace Evorec.Tasks.Control;

/// <summary>
/// The damping fitness of Gruau, Whitley &amp; Pyeatt ("A comparison between cellular encoding and
/// direct encoding for genetic neural networks", GP 1996), as NEAT 1.2.1 computes it
/// (<c>CartPole::evalNet</c>, non-Markov case): with t the steps balanced in an episode of T
/// steps, F = 0.1·t/T + 0.9·0.75/J when t &gt; 100, else 0.1·t/T, where
/// J = Σ over the last 100 balanced steps of |x| + |ẋ| + |θ₁| + |θ̇₁| (the state after each step,
/// velocities included although the network does not see them). T = 1,000 in the reference.
/// </summary>
/// <remarks>
/// Gomez's CoSyNE code computes the same formula differently (f₂ = 0 below 100 steps, and J over
/// the scaled network inputs, bias included); this task uses NEAT's version for every preset.
/// A zero J (a cart resting exactly at the origin with both poles upright) is taken as 1e-300 to
/// keep the fitness finite.
/// </remarks>
public static class DampingFitness
{
    /// <summary>Steps over which the damping term sums the state.</summary>
    public const int Window = 100;

    /// <summary>The jiggle of one state: |x| + |ẋ| + |θ₁| + |θ̇₁|.</summary>
    public static double Jiggle(ReadOnlySpan<double> state) =>
        Math.Abs(state[0]) + Math.Abs(state[1]) + Math.Abs(state[2]) + Math.Abs(state[3]);

    /// <summary>The fitness of <paramref name="balanced"/> steps of an <paramref name="episodeSteps"/>-step episode whose last 100 jiggles sum to <paramref name="jiggleSum"/>.</summary>
    public static double Of(int balanced, int episodeSteps, double jiggleSum)
    {
        double survival = 0.1 * ((double)balanced / episodeSteps);
        if (balanced <= Window)
        {
            return survival;
        }

        return survival + (0.9 * (0.75 / Math.Max(jiggleSum, 1e-300)));
    }
}
