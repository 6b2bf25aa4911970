namespace Evorec.Training.Evolution;

/// <summary>
/// The stagnation test of Gomez's ESP and CoSyNE 1.1 code (2007, <c>evalPop</c>'s <c>perfQ</c>):
/// each generation records the best fitness of the current phase; the phase has stagnated when it
/// has lasted at least S generations and its best is no better than S − 1 generations before.
/// A burst mutation then starts a new phase (<see cref="Restart"/>). S = 0 never stagnates.
/// </summary>
internal sealed class StagnationPhase
{
    private readonly int _generations;
    private readonly double[] _history;
    private double _best = double.NegativeInfinity;
    private int _count;

    /// <summary>A test with S = <paramref name="generations"/> (0: never).</summary>
    public StagnationPhase(int generations)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(generations);
        _generations = generations;
        _history = new double[Math.Max(generations, 1)];
    }

    /// <summary>Records one generation's best fitness (non-finite values are ignored) and says whether the phase stagnated.</summary>
    public bool Record(double generationBest)
    {
        int s = _generations;
        if (s == 0)
        {
            return false;
        }

        if (double.IsFinite(generationBest))
        {
            _best = Math.Max(_best, generationBest);
        }

        _history[_count % s] = _best;
        _count++;
        return _count >= s && double.IsFinite(_best) && _best <= _history[(_count - s) % s];
    }

    /// <summary>Begins a new phase, as after a burst mutation.</summary>
    public void Restart()
    {
        _best = double.NegativeInfinity;
        _count = 0;
    }
}
