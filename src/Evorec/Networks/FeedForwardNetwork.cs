using Evorec.Numerics;

namespace Evorec.Networks;

/// <summary>A feed-forward network instance; see <see cref="FeedForwardSpec"/> for the equations.</summary>
public sealed class FeedForwardNetwork : IRecurrentNetwork, IReadoutFeatures
{
    private readonly FeedForwardSpec _spec;
    private readonly double[] _parameters;
    private readonly double[][] _layers;
    private readonly PackedMatrix[] _weights;
    private readonly double[] _lastInput;

    internal FeedForwardNetwork(FeedForwardSpec spec)
    {
        _spec = spec;
        _parameters = new double[spec.Layout.Count];
        _layers = new double[spec.WeightLayerCount][];
        _weights = new PackedMatrix[spec.WeightLayerCount];
        for (int l = 0; l < spec.WeightLayerCount; l++)
        {
            _layers[l] = new double[spec.SizeOf(l)];
            _weights[l] = new PackedMatrix(spec.SizeOf(l), spec.FanIn(l));
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
        foreach (double[] layer in _layers)
        {
            Array.Clear(layer);
        }

        Array.Clear(_lastInput);
    }

    /// <inheritdoc/>
    public void Step(ReadOnlySpan<double> input, Span<double> output)
    {
        // Each layer: the packed product with the bias added per panel (Dot of each row, then + bias, as
        // MatrixVector followed by Add), then the activation over the whole vector (a separate pass: see PackedMatrix).
        ReadOnlySpan<double> below = input[.._spec.InputCount];
        for (int l = 0; l < _layers.Length; l++)
        {
            Span<double> layer = _layers[l];
            if (_spec.BiasOf(l) is { } bias)
            {
                _weights[l].Multiply(below, bias.Slice(_parameters), layer);
            }
            else
            {
                _weights[l].Multiply(below, layer);
            }

            ActivationFunctions.ApplyInPlace(_spec.ActivationOf(l), layer);
            below = layer;
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
        ReadOnlySpan<double> hidden = _spec.LayerSizes.Count == 0 ? _lastInput : _layers[^2];
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
        }

        Reset();
    }
}
