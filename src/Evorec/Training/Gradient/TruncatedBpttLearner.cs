using Evorec.Tasks;

namespace Evorec.Training.Gradient;

/// <summary>
/// Truncated backpropagation through time, BPTT(h; h′) of Williams &amp; Peng ("An efficient gradient-based
/// algorithm for on-line training of recurrent network trajectories", Neural Computation 2(4), 1990, §3):
/// the network runs forward continuously through the sequence; every k1 = h′ steps (and at its end) the
/// errors of those k1 steps are backpropagated through the last k2 = h steps (k2 ≥ k1; each error thus
/// reaches at least k2 − k1 + 1 steps back) with the state before them held fixed, and the weights are
/// updated at once, so the next steps run with the new weights. As in the paper, the backward pass uses
/// the stored trajectory, computed partly under the previous weights. With k1 = k2 = the sequence's length
/// it is full BPTT with one update per sequence.
/// </summary>
public sealed class TruncatedBpttLearner : ISequenceLearner
{
    private readonly int _k1;
    private readonly int _k2;
    private readonly double[] _outputs;
    private readonly double[] _outputGradients;

    /// <summary>Creates the learner; <paramref name="k2"/> = 0 backpropagates to the start of the sequence.</summary>
    public TruncatedBpttLearner(IDifferentiableNetwork passes, int k1, int k2, int longest)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(k1);
        if (k2 != 0 && k2 < k1)
        {
            throw new ArgumentOutOfRangeException(nameof(k2), k2, $"k2 must be at least k1 ({k1}), or 0.");
        }

        Passes = passes;
        (_k1, _k2) = (k1, k2);
        _outputs = new double[longest * passes.OutputCount];
        _outputGradients = new double[longest * passes.OutputCount];
    }

    /// <inheritdoc/>
    public bool UpdatesOnline => true;

    /// <inheritdoc/>
    public IDifferentiableNetwork Passes { get; }

    /// <inheritdoc/>
    public long Learn(Span<double> parameters, Sequence sequence, Span<double> gradient, double scale, GradientUpdate update)
    {
        SquaredError.Teach(Passes, sequence);
        int outputCount = sequence.TargetSize;
        long backwardSteps = 0;
        for (int start = 0; start < sequence.Length; start += _k1)
        {
            int end = Math.Min(start + _k1, sequence.Length);
            Passes.Forward(parameters, sequence.Inputs, start, end, _outputs);
            long scored = SquaredError.ScoredOutputs(sequence, start, end);
            if (scored == 0)
            {
                continue;
            }

            int back = _k2 == 0 ? 0 : Math.Max(0, end - _k2);
            _outputGradients.AsSpan(back * outputCount, (start - back) * outputCount).Clear();
            SquaredError.Gradients(sequence, _outputs, _outputGradients, start, end, 1.0 / scored);
            gradient.Clear();
            Passes.Backward(parameters, _outputGradients, gradient, back, end);
            backwardSteps += end - back;
            update.Apply(parameters, gradient);
        }

        return backwardSteps;
    }
}
