using Evorec.Numerics;

namespace Evorec.Networks;

/// <summary>A feed-forward network instance; see <see cref="FeedForwardSpec"/> for the equations.</summary>
public sealed class FeedForwardNetwork : IRecurrentNetwork, IReadoutFeatures
{
    private readonly FeedForwardSpec _spec;
    private readonly double[] _parameters;
    private readonly double[] _layers; // every layer's values, see Layer
    private readonly int[] _layerStarts;
    private readonly double[][] _biases; // each layer's bias padded with zeros to whole vectors, empty without bias
    private readonly PackedMatrix[] _weights;
    private readonly double[] _lastInput;

    internal FeedForwardNetwork(FeedForwardSpec spec)
    {
        _spec = spec;
        _parameters = new double[spec.Layout.Count];
        int count = spec.WeightLayerCount;
        _layerStarts = new int[count];
        _biases = new double[count][];
        _weights = new PackedMatrix[count];
        int length = 0;
        for (int l = 0; l < count; l++)
        {
            _weights[l] = new PackedMatrix(spec.SizeOf(l), spec.FanIn(l));
            _biases[l] = spec.HasBias ? new double[AlignedArray.WholeVectors(spec.SizeOf(l))] : [];
            _layerStarts[l] = length;
            length += AlignedArray.WholeLines(spec.SizeOf(l)); // each layer starts on a 64-byte boundary
        }

        _layers = AlignedArray.Allocate(length, out int offset);
        for (int l = 0; l < count; l++)
        {
            _layerStarts[l] += offset;
        }

        _lastInput = new double[spec.LayerSizes.Count == 0 ? spec.InputCount : 0];
    }

    /// <inheritdoc/>
    public int InputCount => _spec.InputCount;

    /// <inheritdoc/>
    public int OutputCount => _spec.OutputCount;

    /// <inheritdoc/>
    public int FeatureCount => _spec.FanIn(_spec.WeightLayerCount - 1) + (_spec.HasBias ? 1 : 0);

    /// <inheritdoc/>
    public void Reset()
    {
        Array.Clear(_layers);
        Array.Clear(_lastInput);
    }

    /// <inheritdoc/>
    public void Step(ReadOnlySpan<double> input, Span<double> output)
    {
        // Each layer in one pass over its packed weights: per panel of four rows the products (Dot of
        // each row), plus the bias, then the activation (as MatrixVector, Add, then the activation over
        // the whole vector, to the last bit), the activation one panel behind the products so that it
        // overlaps them (see PackedMatrix.MultiplyAddApply).
        ReadOnlySpan<double> below = input[.._spec.InputCount];
        for (int l = 0; l < _weights.Length; l++)
        {
            Span<double> layer = Layer(l);
            switch (_spec.ActivationOf(l))
            {
                case Activation.Linear:
                    _weights[l].MultiplyAddApply<VectorMath.IdentityFunction>(below, _biases[l], layer);
                    break;
                case Activation.Tanh:
                    _weights[l].MultiplyAddApply<VectorMath.TanhFunction>(below, _biases[l], layer);
                    break;
                case Activation.Logistic:
                    _weights[l].MultiplyAddApply<VectorMath.LogisticFunction>(below, _biases[l], layer);
                    break;
                default:
                    throw new InvalidOperationException($"Unknown activation {_spec.ActivationOf(l)}.");
            }

            below = layer[.._spec.SizeOf(l)];
        }

        below.CopyTo(output);
        if (_spec.LayerSizes.Count == 0)
        {
            input[.._spec.InputCount].CopyTo(_lastInput);
        }
    }

    /// <inheritdoc/>
    public void ReadFeatures(Span<double> features)
    {
        ReadOnlySpan<double> hidden = _spec.LayerSizes.Count == 0 ? _lastInput : Layer(_weights.Length - 2)[.._spec.SizeOf(_weights.Length - 2)];
        hidden.CopyTo(features);
        if (_spec.HasBias)
        {
            features[hidden.Length] = 1.0;
        }
    }

    internal void Load(ReadOnlySpan<double> parameters)
    {
        parameters.CopyTo(_parameters);
        for (int l = 0; l < _weights.Length; l++)
        {
            _weights[l].SetRows(0, _spec.Weights(l).Slice(_parameters));
            _spec.BiasOf(l)?.Slice(_parameters).CopyTo(_biases[l]);
        }

        Reset();
    }

    /// <summary>
    /// The values of weight layer <paramref name="layer"/>, padded with 0–3 elements to whole vectors
    /// (<see cref="PackedMatrix.MultiplyAddApply{TFunction}"/> stores whole panels), starting on a 64-byte boundary
    /// of one pinned array, so that no vector load of a layer straddles two cache lines.
    /// </summary>
    private Span<double> Layer(int layer) => _layers.AsSpan(_layerStarts[layer], AlignedArray.WholeVectors(_spec.SizeOf(layer)));
}
