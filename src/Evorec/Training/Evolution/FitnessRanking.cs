namespace Evorec.Training.Evolution;

/// <summary>
/// Orders candidates fittest first, without allocating: NaN counts as −∞, and ties keep the
/// lower index first, so the order is a deterministic total order.
/// </summary>
internal sealed class FitnessRanking
{
    private readonly Comparison<int> _fitterFirst;
    private double[] _keys;
    private int[] _order;

    /// <summary>Creates a ranking for up to <paramref name="capacity"/> candidates.</summary>
    public FitnessRanking(int capacity)
    {
        _keys = new double[capacity];
        _order = new int[capacity];
        _fitterFirst = Compare;
    }

    /// <summary>The fitness of candidate i as ranked (NaN replaced by −∞), from the last <see cref="Rank"/>.</summary>
    public ReadOnlySpan<double> Keys => _keys;

    /// <summary>Grows the ranking to hold <paramref name="capacity"/> candidates (allocates only when growing).</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > _keys.Length)
        {
            _keys = new double[capacity];
            _order = new int[capacity];
        }
    }

    /// <summary>The candidate indices ordered fittest first.</summary>
    public ReadOnlySpan<int> Rank(ReadOnlySpan<double> fitness)
    {
        int count = fitness.Length;
        EnsureCapacity(count);
        for (int i = 0; i < count; i++)
        {
            double value = fitness[i];
            _keys[i] = double.IsNaN(value) ? double.NegativeInfinity : value;
            _order[i] = i;
        }

        Span<int> order = _order.AsSpan(0, count);
        order.Sort(_fitterFirst);
        return order;
    }

    /// <summary>Negative when candidate <paramref name="x"/> ranks before <paramref name="y"/>.</summary>
    private int Compare(int x, int y)
    {
        double a = _keys[x];
        double b = _keys[y];
        if (a > b)
        {
            return -1;
        }

        if (a < b)
        {
            return 1;
        }

        return x.CompareTo(y);
    }
}
