using Evorec.Numerics;

namespace Evorec.Networks;

/// <summary>An Elman network instance; see <see cref="ElmanSpec"/> for the equations.</summary>
public sealed class ElmanNetwork : IRecurrentNetwork, IReadoutFeatures
{
    private readonly ElmanSpec _spec;
    private readonly double[] _parameters;
    private readonly double[] _states; // h(t) and h(t−1), see State
    private readonly int _statesOffset;
    private readonly int _stride;
    private readonly int _padded;
    private int _current;
    private readonly double[] _bias; // the hidden bias, padded with zeros as the states

    private readonly PackedMatrix _inputWeights;
    private readonly PackedMatrix _recurrentWeights;

    internal ElmanNetwork(ElmanSpec spec)
    {
        _spec = spec;
        _parameters = new double[spec.Layout.Count];
        _padded = AlignedArray.WholeVectors(spec.HiddenCount);
        _stride = AlignedArray.WholeLines(spec.HiddenCount);
        _states = AlignedArray.Allocate(2 * _stride, out _statesOffset);
        _bias = new double[_padded];
        _inputWeights = new PackedMatrix(spec.HiddenCount, spec.InputCount);
        _recurrentWeights = new PackedMatrix(spec.HiddenCount, spec.HiddenCount);
    }

    /// <inheritdoc/>
    public int InputCount => _spec.InputCount;

    /// <inheritdoc/>
    public int OutputCount => _spec.OutputCount;

    /// <inheritdoc/>
    public int FeatureCount => _spec.HiddenCount + 1;

    /// <summary>The current hidden state h(t).</summary>
    public ReadOnlySpan<double> Hidden => State(_current)[.._spec.HiddenCount];

    /// <inheritdoc/>
    public void Reset() => Array.Clear(_states);

    /// <inheritdoc/>
    public void Step(ReadOnlySpan<double> input, Span<double> output)
    {
        Span<double> previous = State(_current);
        _current ^= 1;
        Span<double> hidden = State(_current);
        int hiddenCount = _spec.HiddenCount;
        // h(t) = tanh(W_rec h(t−1) + (W_in x + bias)): one pass over both products' panels that adds
        // each panel's input part and bias to the recurrent sums as they come out (as the input part
        // computed first and added after the product, to the last bit), then tanh over the whole
        // vector (a separate pass: see PackedMatrix.Multiply).
        _recurrentWeights.MultiplyAddProduct(previous, _inputWeights, input[.._spec.InputCount], _bias, hidden);
        VectorMath.Tanh(hidden);

        ReadOnlySpan<double> outputWeights = _spec.OutputWeights.Slice(_parameters);
        ReadOnlySpan<double> outputBias = _spec.OutputBias.Slice(_parameters);
        for (int k = 0; k < _spec.OutputCount; k++)
        {
            double sum = outputBias[k] + Kernels.Dot(outputWeights.Slice(k * hiddenCount, hiddenCount), hidden[..hiddenCount]);
            output[k] = ActivationFunctions.Apply(_spec.OutputActivation, sum);
        }
    }

    /// <inheritdoc/>
    public void ReadFeatures(Span<double> features)
    {
        Hidden.CopyTo(features);
        features[_spec.HiddenCount] = 1.0;
    }

    /// <summary>
    /// State <paramref name="index"/> (0 or 1; h(t) and h(t−1) alternate between them), padded with
    /// 0–3 elements to whole vectors: tanh then runs over whole vectors and the last panel stores all
    /// four lanes, so that no store overlaps another and every load of the state is forwarded from one
    /// store. Each starts on a 64-byte boundary, so that no vector load of it straddles two cache lines.
    /// </summary>
    private Span<double> State(int index) => _states.AsSpan(_statesOffset + (index * _stride), _padded);

    internal void Load(ReadOnlySpan<double> parameters)
    {
        parameters.CopyTo(_parameters);
        _spec.HiddenBias.Slice(_parameters).CopyTo(_bias);
        _inputWeights.SetRows(0, _spec.InputWeights.Slice(_parameters));
        _recurrentWeights.SetRows(0, _spec.RecurrentWeights.Slice(_parameters));
        Reset();
    }
}
