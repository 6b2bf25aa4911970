using Evorec.Networks;

namespace Evorec.Training.Evolution;

/// <summary>
/// ESP's network-size adaptation, as Gomez's ESP 3.0 code does it (<c>Esp::handleStagnation</c>,
/// <c>Esp::lesionTest</c>, <c>addSubPop</c>, <c>removeSubPop</c>; described in Gomez &amp;
/// Miikkulainen 1999 and Gomez's 2003 thesis): when performance stagnates and the best network
/// found since the previous burst mutation is no better than at that burst, the best network is
/// evaluated whole and with each neuron lesioned in turn; if the best lesioned network keeps at
/// least <c>lesionThreshold</c> of the whole network's fitness (0.8 in the code), that neuron's
/// subpopulation is removed, otherwise a new subpopulation with random neurons is added.
/// </summary>
/// <remarks>
/// A network spec has a fixed shape here, so its neuron groups are the ceiling: a removed or not yet
/// added neuron is silenced by zeroing its chromosome (its incoming and outgoing weights), which takes
/// it out of the network exactly for feed-forward hidden neurons and for tanh or linear recurrent
/// neurons (a logistic recurrent neuron with zero input still emits 0.5). The weights other neurons
/// give a silent neuron go on evolving; the code instead grows or shrinks every chromosome. Required
/// groups (output neurons) are never removed, at least one other neuron is kept, and when no neuron
/// may be removed the lesion evaluations are skipped and a neuron is added if one is left. For
/// fitness that may be negative the threshold reads "within (1 − threshold)·|whole| of the whole".
/// </remarks>
internal sealed class EspSizeAdaptation
{
    private readonly int[][] _groups;
    private readonly bool[] _required;
    private readonly bool[] _active;
    private readonly double _threshold;
    private readonly CandidateBatch _lesionBatch;
    private readonly int[] _lesioned;
    private double _previousBest = double.NegativeInfinity;
    private double _phaseBest = double.NegativeInfinity;

    /// <summary>Starts with the required groups and the first <paramref name="initial"/> − (required count) others in use (0: all).</summary>
    public EspSizeAdaptation(IReadOnlyList<NeuronGroup> groups, int[][] indices, int initial, double threshold, int genomeLength)
    {
        _groups = indices;
        _required = groups.Select(g => g.Required).ToArray();
        _active = new bool[groups.Count];
        int required = _required.Count(r => r);
        int optional = groups.Count - required;
        if (initial != 0 && (initial <= required || initial > groups.Count))
        {
            throw new ArgumentException(
                $"esp neurons must lie between {required + 1} and {groups.Count}, or be 0 for all, not {initial}: the network has {groups.Count} neuron groups, {required} of them outputs that always stay, and at least one other must be in use.");
        }

        int others = initial == 0 ? optional : initial - required;
        for (int g = 0; g < groups.Count; g++)
        {
            _active[g] = _required[g] || others-- > 0;
        }

        _threshold = threshold;
        _lesionBatch = new CandidateBatch(groups.Count + 1, genomeLength);
        _lesioned = new int[groups.Count + 1];
    }

    /// <summary>Whether group <paramref name="group"/> is in the network now.</summary>
    public bool IsActive(int group) => _active[group];

    /// <summary>The number of neurons in the network now.</summary>
    public int ActiveCount => Count(requiredToo: true);

    /// <summary>Notes a generation's best fitness (the phase best since the last burst).</summary>
    public void Observe(double generationBest) => _phaseBest = Math.Max(_phaseBest, generationBest);

    /// <summary>
    /// At stagnation: whether to resize (the phase best is no better than at the previous stagnation);
    /// otherwise the phase best is remembered. Either way a new phase starts.
    /// </summary>
    public bool ShouldResize()
    {
        bool resize = _phaseBest <= _previousBest;
        if (!resize)
        {
            _previousBest = _phaseBest;
        }

        _phaseBest = double.NegativeInfinity;
        return resize;
    }

    /// <summary>Whether a neuron may be removed now (more than one non-required neuron in use).</summary>
    public bool CanRemove => Count(requiredToo: false) > 1;

    /// <summary>The lesion test's networks: the best network whole, then with each removable neuron zeroed.</summary>
    public CandidateBatch LesionBatch(ReadOnlySpan<double> best)
    {
        int count = 1;
        for (int g = 0; g < _active.Length; g++)
        {
            if (_active[g] && !_required[g])
            {
                _lesioned[count++] = g;
            }
        }

        _lesionBatch.Resize(count);
        best.CopyTo(_lesionBatch[0]);
        for (int k = 1; k < count; k++)
        {
            Span<double> genome = _lesionBatch[k];
            best.CopyTo(genome);
            Silence(genome, _lesioned[k]);
        }

        return _lesionBatch;
    }

    /// <summary>The neuron the lesion test's fitness says to remove, or −1 to add one instead.</summary>
    public int NeuronToRemove(ReadOnlySpan<double> fitness)
    {
        int best = -1;
        for (int k = 1; k < fitness.Length; k++)
        {
            if (best < 0 || fitness[k] > fitness[best])
            {
                best = k;
            }
        }

        double whole = fitness[0];
        return best > 0 && fitness[best] >= whole - ((1.0 - _threshold) * Math.Abs(whole)) ? _lesioned[best] : -1;
    }

    /// <summary>Takes group <paramref name="group"/> out of the network.</summary>
    public void Remove(int group) => _active[group] = false;

    /// <summary>Puts the first unused non-required group into the network; returns it, or −1 when all are in use.</summary>
    public int Add()
    {
        for (int g = 0; g < _active.Length; g++)
        {
            if (!_active[g])
            {
                _active[g] = true;
                return g;
            }
        }

        return -1;
    }

    private int Count(bool requiredToo)
    {
        int count = 0;
        for (int g = 0; g < _active.Length; g++)
        {
            if (_active[g] && (requiredToo || !_required[g]))
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Zeroes group <paramref name="group"/>'s genes in <paramref name="genome"/>.</summary>
    public void Silence(Span<double> genome, int group)
    {
        foreach (int index in _groups[group])
        {
            genome[index] = 0.0;
        }
    }
}
