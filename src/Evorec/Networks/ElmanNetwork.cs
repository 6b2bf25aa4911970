using System.Runtime.Intrinsics;
using Evorec.Numerics;

namespace Evorec.Networks;

/// <summary>An Elman network instance; see <see cref="ElmanSpec"/> for the equations.</summary>
public sealed class ElmanNetwork : IRecurrentNetwork, IReadoutFeatures
{
    private readonly ElmanSpec _spec;
    private readonly double[] _parameters;
    private double[] _hidden;
    private double[] _previous;
    private readonly PackedMatrix _inputWeights;
    private readonly PackedMatrix _recurrentWeights;
    private readonly double[] _inputPart;

    internal ElmanNetwork(ElmanSpec spec)
    {
        _spec = spec;
        _parameters = new double[spec.Layout.Count];
        _hidden = new double[spec.HiddenCount];
        _previous = new double[spec.HiddenCount];
        _inputWeights = new PackedMatrix(spec.HiddenCount, spec.InputCount);
        _recurrentWeights = new PackedMatrix(spec.HiddenCount, spec.HiddenCount);
        _inputPart = new double[spec.HiddenCount];
    }

    /// <inheritdoc/>
    public int InputCount => _spec.InputCount;

    /// <inheritdoc/>
    public int OutputCount => _spec.OutputCount;

    /// <inheritdoc/>
    public int FeatureCount => _spec.HiddenCount + 1;

    /// <summary>The current hidden state h(t).</summary>
    public ReadOnlySpan<double> Hidden => _hidden;

    /// <inheritdoc/>
    public void Reset()
    {
        Array.Clear(_hidden);
        Array.Clear(_previous);
    }

    /// <inheritdoc/>
    public void Step(ReadOnlySpan<double> input, Span<double> output)
    {
        (_previous, _hidden) = (_hidden, _previous);
        int hiddenCount = _spec.HiddenCount;
        // h(t) = tanh((W_in x + bias) + W_rec h(t−1)): the input part with the bias, then the recurrent
        // product with it added, then tanh over the whole vector (a separate pass: see PackedMatrix).
        _inputWeights.Multiply(input[.._spec.InputCount], _spec.HiddenBias.Slice(_parameters), _inputPart);
        _recurrentWeights.Multiply(_previous, _inputPart, _hidden);
        VectorMath.Tanh(_hidden);

        ReadOnlySpan<double> outputWeights = _spec.OutputWeights.Slice(_parameters);
        ReadOnlySpan<double> outputBias = _spec.OutputBias.Slice(_parameters);
        for (int k = 0; k < _spec.OutputCount; k++)
        {
            double sum = outputBias[k] + Kernels.Dot(outputWeights.Slice(k * hiddenCount, hiddenCount), _hidden);
            output[k] = ActivationFunctions.Apply(_spec.OutputActivation, sum);
        }
    }

    /// <inheritdoc/>
    public void ReadFeatures(Span<double> features)
    {
        _hidden.CopyTo(features);
        features[_spec.HiddenCount] = 1.0;
    }

    internal void Load(ReadOnlySpan<double> parameters)
    {
        parameters.CopyTo(_parameters);
        _inputWeights.SetRows(0, _spec.InputWeights.Slice(_parameters));
        _recurrentWeights.SetRows(0, _spec.RecurrentWeights.Slice(_parameters));
        Reset();
    }
}
