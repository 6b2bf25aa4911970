using Evorec.Numerics;

namespace Evorec.Networks;

/// <summary>A feed-forward network instance; see <see cref="FeedForwardSpec"/> for the equations.</summary>
public sealed class FeedForwardNetwork : IRecurrentNetwork, IReadoutFeatures
{
    private readonly FeedForwardSpec _spec;
    private readonly double[] _parameters;
    private readonly double[][] _layers;
    private readonly double[] _lastInput;

    internal FeedForwardNetwork(FeedForwardSpec spec)
    {
        _spec = spec;
        _parameters = new double[spec.Layout.Count];
        _layers = new double[spec.WeightLayerCount][];
        for (int l = 0; l < spec.WeightLayerCount; l++)
        {
            _layers[l] = new double[spec.SizeOf(l)];
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
        ReadOnlySpan<double> below = input[.._spec.InputCount];
        for (int l = 0; l < _layers.Length; l++)
        {
            Span<double> layer = _layers[l];
            Kernels.MatrixVector(_spec.Weights(l).Slice(_parameters), below, layer);
            if (_spec.BiasOf(l) is { } bias)
            {
                Kernels.Add(bias.Slice(_parameters), layer);
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
        Reset();
    }
}
