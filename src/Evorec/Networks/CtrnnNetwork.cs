using Evorec.Numerics;

namespace Evorec.Networks;

/// <summary>A CTRNN instance; see <see cref="CtrnnSpec"/> for the equations.</summary>
public sealed class CtrnnNetwork : IRecurrentNetwork, IReadoutFeatures
{
    private readonly CtrnnSpec _spec;
    private readonly double[] _parameters;
    private readonly double[] _rateFactor;
    private readonly double[] _gain;
    private readonly double[] _state;
    private readonly double[] _rate;
    private readonly double[] _external;
    private readonly double[] _recurrentSum;

    internal CtrnnNetwork(CtrnnSpec spec)
    {
        _spec = spec;
        int neurons = spec.NeuronCount;
        _parameters = new double[spec.Layout.Count];
        _rateFactor = new double[neurons];
        _gain = new double[neurons];
        _state = new double[neurons];
        _rate = new double[neurons];
        _external = new double[neurons];
        _recurrentSum = new double[neurons];
    }

    /// <inheritdoc/>
    public int InputCount => _spec.InputCount;

    /// <inheritdoc/>
    public int OutputCount => _spec.OutputCount;

    /// <inheritdoc/>
    public int FeatureCount => _spec.NeuronCount + 1;

    /// <summary>The neuron states y (the integrated quantities).</summary>
    public ReadOnlySpan<double> State => _state;

    /// <summary>The firing rates σ(g ⊙ (y + θ)) after the last step.</summary>
    public ReadOnlySpan<double> FiringRates => _rate;

    /// <inheritdoc/>
    public void Reset()
    {
        Array.Clear(_state);
        Array.Clear(_rate);
    }

    /// <inheritdoc/>
    public void Step(ReadOnlySpan<double> input, Span<double> output)
    {
        int neurons = _spec.NeuronCount;
        int inputs = _spec.InputCount;
        ReadOnlySpan<double> inputWeights = _spec.InputWeights.Slice(_parameters);
        ReadOnlySpan<double> recurrent = _spec.RecurrentWeights.Slice(_parameters);
        for (int i = 0; i < neurons; i++)
        {
            _external[i] = Kernels.Dot(inputWeights.Slice(i * inputs, inputs), input);
        }

        for (int substep = 0; substep < _spec.Substeps; substep++)
        {
            UpdateRates();
            Kernels.MatrixVector(recurrent, _rate, _recurrentSum);
            for (int i = 0; i < neurons; i++)
            {
                double derivative = -_state[i] + _recurrentSum[i] + _external[i];
                _state[i] += _rateFactor[i] * derivative;
            }
        }

        UpdateRates();
        if (_spec.Output == CtrnnOutput.FiringRate)
        {
            _rate.AsSpan(0, _spec.OutputCount).CopyTo(output);
            return;
        }

        ReadOnlySpan<double> outputWeights = _spec.OutputWeights!.Slice(_parameters);
        ReadOnlySpan<double> outputBias = _spec.OutputBias!.Slice(_parameters);
        for (int k = 0; k < _spec.OutputCount; k++)
        {
            output[k] = outputBias[k] + Kernels.Dot(outputWeights.Slice(k * neurons, neurons), _rate);
        }
    }

    /// <inheritdoc/>
    public void ReadFeatures(Span<double> features)
    {
        _rate.CopyTo(features);
        features[_spec.NeuronCount] = 1.0;
    }

    internal void Load(ReadOnlySpan<double> parameters)
    {
        parameters.CopyTo(_parameters);
        ReadOnlySpan<double> logTau = _spec.LogTimeConstants.Slice(_parameters);
        for (int i = 0; i < _spec.NeuronCount; i++)
        {
            _rateFactor[i] = _spec.StepSize / Math.Exp(logTau[i]);
            _gain[i] = _spec.LogGains is { } gains ? Math.Exp(gains.Slice(_parameters)[i]) : 1.0;
        }

        Reset();
    }

    /// <summary>σ(g_j (y_j + θ_j)) for every neuron, from the current state (the logistic four neurons at a time).</summary>
    private void UpdateRates()
    {
        ReadOnlySpan<double> bias = _spec.Bias.Slice(_parameters);
        for (int j = 0; j < _rate.Length; j++)
        {
            _rate[j] = _gain[j] * (_state[j] + bias[j]);
        }

        VectorMath.Logistic(_rate);
    }
}
