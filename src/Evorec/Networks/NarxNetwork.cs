using Evorec.Numerics;

namespace Evorec.Networks;

/// <summary>A NARX network instance; see <see cref="NarxSpec"/> for the equations.</summary>
public sealed class NarxNetwork : IRecurrentNetwork, ITeacherForcible, IReadoutFeatures
{
    private readonly NarxSpec _spec;
    private readonly double[] _parameters;
    private readonly double[] _inputTaps;
    private readonly double[] _outputTaps;
    private readonly double[] _hidden;

    internal NarxNetwork(NarxSpec spec)
    {
        _spec = spec;
        _parameters = new double[spec.Layout.Count];
        _inputTaps = new double[spec.InputTapCount];
        _outputTaps = new double[spec.OutputTapCount];
        _hidden = new double[spec.HiddenCount];
    }

    /// <inheritdoc/>
    public int InputCount => _spec.InputCount;

    /// <inheritdoc/>
    public int OutputCount => _spec.OutputCount;

    /// <inheritdoc/>
    public int FeatureCount => _spec.HiddenCount + 1;

    /// <summary>The input delay line [u(t); …; u(t − n_u)] after the last step.</summary>
    public ReadOnlySpan<double> InputTaps => _inputTaps;

    /// <summary>The output delay line the next step reads, [y(t); …; y(t − n_y + 1)].</summary>
    public ReadOnlySpan<double> OutputTaps => _outputTaps;

    /// <inheritdoc/>
    public void Reset()
    {
        Array.Clear(_inputTaps);
        Array.Clear(_outputTaps);
        Array.Clear(_hidden);
    }

    /// <inheritdoc/>
    public void Step(ReadOnlySpan<double> input, Span<double> output)
    {
        int inputs = _spec.InputCount;
        int outputs = _spec.OutputCount;
        int hiddenCount = _spec.HiddenCount;
        int inputTaps = _inputTaps.Length;
        int outputTaps = _outputTaps.Length;
        Array.Copy(_inputTaps, 0, _inputTaps, inputs, inputTaps - inputs);
        input[..inputs].CopyTo(_inputTaps);

        ReadOnlySpan<double> inputWeights = _spec.InputWeights.Slice(_parameters);
        ReadOnlySpan<double> feedbackWeights = _spec.FeedbackWeights.Slice(_parameters);
        ReadOnlySpan<double> bias = _spec.HiddenBias.Slice(_parameters);
        for (int j = 0; j < hiddenCount; j++)
        {
            _hidden[j] = bias[j]
                + Kernels.Dot(inputWeights.Slice(j * inputTaps, inputTaps), _inputTaps)
                + Kernels.Dot(feedbackWeights.Slice(j * outputTaps, outputTaps), _outputTaps);
        }

        VectorMath.Tanh(_hidden);

        Array.Copy(_outputTaps, 0, _outputTaps, outputs, outputTaps - outputs);
        ReadOnlySpan<double> outputWeights = _spec.OutputWeights.Slice(_parameters);
        ReadOnlySpan<double> outputBias = _spec.OutputBias.Slice(_parameters);
        for (int k = 0; k < outputs; k++)
        {
            double sum = outputBias[k] + Kernels.Dot(outputWeights.Slice(k * hiddenCount, hiddenCount), _hidden);
            double value = ActivationFunctions.Apply(_spec.OutputActivation, sum);
            _outputTaps[k] = value;
            output[k] = value;
        }
    }

    /// <inheritdoc/>
    public void ForceOutputs(ReadOnlySpan<double> targets) => targets[.._spec.OutputCount].CopyTo(_outputTaps);

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
