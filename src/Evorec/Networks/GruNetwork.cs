using Evorec.Numerics;

namespace Evorec.Networks;

/// <summary>A GRU instance; see <see cref="GruSpec"/> for the equations.</summary>
public sealed class GruNetwork : IRecurrentNetwork, IReadoutFeatures
{
    private readonly GruSpec _spec;
    private readonly double[] _parameters;
    private readonly double[] _update;
    private readonly double[] _resetPrevious;
    private readonly double[] _resetSum;
    private readonly double[] _updateSum;
    private readonly double[] _candidateSum;
    private double[] _hidden;
    private double[] _previous;

    internal GruNetwork(GruSpec spec)
    {
        _spec = spec;
        _parameters = new double[spec.Layout.Count];
        _update = new double[spec.HiddenCount];
        _resetPrevious = new double[spec.HiddenCount];
        _resetSum = new double[spec.HiddenCount];
        _updateSum = new double[spec.HiddenCount];
        _candidateSum = new double[spec.HiddenCount];
        _hidden = new double[spec.HiddenCount];
        _previous = new double[spec.HiddenCount];
    }

    /// <inheritdoc/>
    public int InputCount => _spec.InputCount;

    /// <inheritdoc/>
    public int OutputCount => _spec.OutputCount;

    /// <inheritdoc/>
    public int FeatureCount => _spec.HiddenCount + 1;

    /// <summary>The current state h(t).</summary>
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
        int units = _spec.HiddenCount;
        int inputs = _spec.InputCount;
        ReadOnlySpan<double> previous = _previous;
        ReadOnlySpan<double> resetInput = _spec.ResetInputWeights.Slice(_parameters);
        ReadOnlySpan<double> resetRecurrent = _spec.ResetRecurrentWeights.Slice(_parameters);
        ReadOnlySpan<double> resetBias = _spec.ResetBias.Slice(_parameters);
        ReadOnlySpan<double> updateInput = _spec.UpdateInputWeights.Slice(_parameters);
        ReadOnlySpan<double> updateRecurrent = _spec.UpdateRecurrentWeights.Slice(_parameters);
        ReadOnlySpan<double> updateBias = _spec.UpdateBias.Slice(_parameters);
        Kernels.MatrixVector(resetRecurrent, previous, _resetSum);
        Kernels.MatrixVector(updateRecurrent, previous, _updateSum);
        // Each net input is (bias + input part) + recurrent part, as written in GruSpec.
        Kernels.MatrixVector(resetInput, input[..inputs], _resetPrevious);
        Kernels.Add(resetBias, _resetPrevious);
        Kernels.Add(_resetSum, _resetPrevious);
        Kernels.MatrixVector(updateInput, input[..inputs], _update);
        Kernels.Add(updateBias, _update);
        Kernels.Add(_updateSum, _update);
        VectorMath.Logistic(_resetPrevious);
        VectorMath.Logistic(_update);
        for (int j = 0; j < units; j++)
        {
            _resetPrevious[j] *= previous[j];
        }

        ReadOnlySpan<double> candidateInput = _spec.CandidateInputWeights.Slice(_parameters);
        ReadOnlySpan<double> candidateRecurrent = _spec.CandidateRecurrentWeights.Slice(_parameters);
        ReadOnlySpan<double> candidateBias = _spec.CandidateBias.Slice(_parameters);
        Kernels.MatrixVector(candidateRecurrent, _resetPrevious, _candidateSum);
        Span<double> candidateInputPart = _resetSum; // free once the reset gate is computed
        Kernels.MatrixVector(candidateInput, input[..inputs], candidateInputPart);
        Kernels.Add(candidateBias, candidateInputPart);
        Kernels.Add(candidateInputPart, _candidateSum);
        VectorMath.Tanh(_candidateSum);
        for (int j = 0; j < units; j++)
        {
            double z = _update[j];
            _hidden[j] = (z * previous[j]) + ((1.0 - z) * _candidateSum[j]);
        }

        ReadOnlySpan<double> outputWeights = _spec.OutputWeights.Slice(_parameters);
        ReadOnlySpan<double> outputBias = _spec.OutputBias.Slice(_parameters);
        for (int k = 0; k < _spec.OutputCount; k++)
        {
            double sum = outputBias[k] + Kernels.Dot(outputWeights.Slice(k * units, units), _hidden);
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
        Reset();
    }
}
