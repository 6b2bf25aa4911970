using Evorec.Numerics;

namespace Evorec.Networks;

/// <summary>An echo state network instance; see <see cref="EsnSpec"/> for the equations.</summary>
/// <remarks>
/// Implements <see cref="ITeacherForcible"/> in every configuration: with output feedback it writes
/// the target in place of y(n−1); without feedback there is no fed-back output and forcing changes nothing.
/// </remarks>
public sealed class EsnNetwork : IRecurrentNetwork, ITeacherForcible, IReadoutFeatures, ITrainingNoise
{
    private readonly EsnSpec _spec;
    private readonly double[] _parameters;
    private readonly double[] _reservoirWeights;
    private readonly double[] _inputWeights;
    private readonly double[] _bias;
    private readonly double[] _feedbackWeights;
    private readonly double[] _input;
    private readonly double[] _lastOutput;
    private readonly RandomStream _noise;
    private bool _noiseOn;
    private double[] _state;
    private double[] _previous;
    private double _leakRate;

    internal EsnNetwork(EsnSpec spec)
    {
        _spec = spec;
        int size = spec.ReservoirSize;
        _parameters = new double[spec.Layout.Count];
        _reservoirWeights = new double[spec.Reservoir.Weights.Length];
        _inputWeights = new double[size * spec.InputCount];
        _bias = new double[size];
        _feedbackWeights = new double[spec.Options.OutputFeedback ? size * spec.OutputCount : 0];
        _input = new double[spec.InputCount];
        _lastOutput = new double[spec.OutputCount];
        _state = new double[size];
        _previous = new double[size];
        _noise = new RandomStream(spec.TrainingNoiseKey);
    }

    /// <inheritdoc/>
    public int InputCount => _spec.InputCount;

    /// <inheritdoc/>
    public int OutputCount => _spec.OutputCount;

    /// <inheritdoc/>
    public int FeatureCount => _spec.FeatureCount;

    /// <summary>The reservoir state x(n).</summary>
    public ReadOnlySpan<double> State => _state;

    /// <summary>The effective weights of the reservoir connections (same order as <see cref="EsnReservoir.Sources"/>).</summary>
    public ReadOnlySpan<double> ReservoirWeights => _reservoirWeights;

    /// <summary>The effective input weights (units × inputs).</summary>
    public ReadOnlySpan<double> InputWeights => _inputWeights;

    /// <summary>The effective reservoir biases.</summary>
    public ReadOnlySpan<double> Bias => _bias;

    /// <summary>The effective feedback weights (units × outputs; empty without feedback).</summary>
    public ReadOnlySpan<double> FeedbackWeights => _feedbackWeights;

    /// <summary>The effective leak rate a.</summary>
    public double LeakRate => _leakRate;

    /// <inheritdoc/>
    public void Reset()
    {
        Array.Clear(_state);
        Array.Clear(_previous);
        Array.Clear(_input);
        Array.Clear(_lastOutput);
    }

    /// <inheritdoc/>
    public void Step(ReadOnlySpan<double> input, Span<double> output)
    {
        (_previous, _state) = (_state, _previous);
        int size = _spec.ReservoirSize;
        int inputs = _spec.InputCount;
        int outputs = _spec.OutputCount;
        int inDegree = _spec.Reservoir.InDegree;
        bool feedback = _feedbackWeights.Length > 0;
        ReadOnlySpan<int> sources = _spec.Reservoir.Sources;
        input[..inputs].CopyTo(_input);
        double leak = _leakRate;
        double noise = _spec.Options.TrainingNoise;
        for (int i = 0; i < size; i++)
        {
            double sum = _bias[i] + Kernels.Dot(_inputWeights.AsSpan(i * inputs, inputs), _input);
            int first = i * inDegree;
            for (int s = 0; s < inDegree; s++)
            {
                sum += _reservoirWeights[first + s] * _previous[sources[first + s]];
            }

            if (feedback)
            {
                sum += Kernels.Dot(_feedbackWeights.AsSpan(i * outputs, outputs), _lastOutput);
            }

            if (_noiseOn)
            {
                sum += noise * _noise.NextDouble(-1.0, 1.0);
            }

            _state[i] = ((1.0 - leak) * _previous[i]) + (leak * Math.Tanh(sum));
        }

        ReadOnlySpan<double> outputWeights = _spec.OutputWeights.Slice(_parameters);
        ReadOnlySpan<double> outputInputWeights = _spec.OutputInputWeights is { } inputBlock ? inputBlock.Slice(_parameters) : default;
        ReadOnlySpan<double> outputBias = _spec.OutputBias is { } biasBlock ? biasBlock.Slice(_parameters) : default;
        for (int k = 0; k < outputs; k++)
        {
            double sum = Kernels.Dot(outputWeights.Slice(k * size, size), _state);
            if (!outputInputWeights.IsEmpty)
            {
                sum += Kernels.Dot(outputInputWeights.Slice(k * inputs, inputs), _input);
            }

            if (!outputBias.IsEmpty)
            {
                sum += outputBias[k];
            }

            double value = ActivationFunctions.Apply(_spec.OutputActivation, sum);
            _lastOutput[k] = value;
            output[k] = value;
        }
    }

    /// <inheritdoc/>
    public void BeginTrainingNoise()
    {
        _noise.Reset(_spec.TrainingNoiseKey);
        _noiseOn = _spec.Options.TrainingNoise > 0;
    }

    /// <inheritdoc/>
    public void EndTrainingNoise() => _noiseOn = false;

    /// <inheritdoc/>
    public void ForceOutputs(ReadOnlySpan<double> targets) => targets[.._spec.OutputCount].CopyTo(_lastOutput);

    /// <inheritdoc/>
    public void ReadFeatures(Span<double> features)
    {
        _state.CopyTo(features);
        int next = _spec.ReservoirSize;
        if (_spec.Options.ReadoutInputs)
        {
            _input.CopyTo(features[next..]);
            next += _input.Length;
        }

        if (_spec.Options.ReadoutBias)
        {
            features[next] = 1.0;
        }
    }

    /// <summary>Copies the effective reservoir matrix into <paramref name="dense"/> (units × units, row-major; row i holds the weights into unit i).</summary>
    public void CopyReservoirMatrix(Span<double> dense)
    {
        int size = _spec.ReservoirSize;
        int inDegree = _spec.Reservoir.InDegree;
        ReadOnlySpan<int> sources = _spec.Reservoir.Sources;
        dense[..(size * size)].Clear();
        for (int i = 0; i < size; i++)
        {
            for (int s = 0; s < inDegree; s++)
            {
                dense[(i * size) + sources[(i * inDegree) + s]] = _reservoirWeights[(i * inDegree) + s];
            }
        }
    }

    internal void Load(ReadOnlySpan<double> parameters)
    {
        parameters.CopyTo(_parameters);
        EsnOptions options = _spec.Options;
        EsnReservoir reservoir = _spec.Reservoir;
        double radius = options.SpectralRadius;
        double inputScaling = options.InputScaling;
        double leak = options.LeakRate;
        if (_spec.LogSpectralRadius is { } radiusGene)
        {
            radius *= Math.Exp(_parameters[radiusGene.Offset]);
            inputScaling *= Math.Exp(_parameters[_spec.LogInputScaling!.Offset]);
            leak = Math.Min(1.0, leak * Math.Exp(_parameters[_spec.LogLeakRate!.Offset]));
        }

        _leakRate = leak;
        Scale(reservoir.Weights, radius, _spec.ReservoirOffsets, _reservoirWeights);
        Scale(reservoir.InputWeights, inputScaling, _spec.InputOffsets, _inputWeights);
        Scale(reservoir.Bias, options.BiasScaling, _spec.BiasOffsets, _bias);
        if (_feedbackWeights.Length > 0)
        {
            Scale(reservoir.FeedbackWeights, options.FeedbackScaling, _spec.FeedbackOffsets, _feedbackWeights);
        }

        Reset();
    }

    /// <summary>target = scale × unit (+ the offsets block, when it evolves).</summary>
    private void Scale(ReadOnlySpan<double> unit, double scale, ParameterBlock? offsets, Span<double> target)
    {
        for (int i = 0; i < target.Length; i++)
        {
            target[i] = scale * unit[i];
        }

        if (offsets is not null)
        {
            ReadOnlySpan<double> genes = offsets.Slice(_parameters);
            for (int i = 0; i < target.Length; i++)
            {
                target[i] += genes[i];
            }
        }
    }
}
