using Evorec.Numerics;

namespace Evorec.Networks;

/// <summary>A Jordan network instance; see <see cref="JordanSpec"/> for the equations.</summary>
public sealed class JordanNetwork : IRecurrentNetwork, ITeacherForcible, IReadoutFeatures
{
    private readonly JordanSpec _spec;
    private readonly double[] _parameters;
    private readonly double[] _hidden;
    private readonly double[] _context;
    private readonly double[] _lastOutput;

    internal JordanNetwork(JordanSpec spec)
    {
        _spec = spec;
        _parameters = new double[spec.Layout.Count];
        _hidden = new double[spec.HiddenCount];
        _context = new double[spec.OutputCount];
        _lastOutput = new double[spec.OutputCount];
    }

    /// <inheritdoc/>
    public int InputCount => _spec.InputCount;

    /// <inheritdoc/>
    public int OutputCount => _spec.OutputCount;

    /// <inheritdoc/>
    public int FeatureCount => _spec.HiddenCount + 1;

    /// <summary>The current hidden activations h(t).</summary>
    public ReadOnlySpan<double> Hidden => _hidden;

    /// <summary>The state units s(t) used at the last step.</summary>
    public ReadOnlySpan<double> Context => _context;

    /// <inheritdoc/>
    public void Reset()
    {
        Array.Clear(_hidden);
        Array.Clear(_context);
        Array.Clear(_lastOutput);
    }

    /// <inheritdoc/>
    public void Step(ReadOnlySpan<double> input, Span<double> output)
    {
        int hiddenCount = _spec.HiddenCount;
        int inputCount = _spec.InputCount;
        int outputCount = _spec.OutputCount;
        double decay = _spec.ContextDecay;
        for (int k = 0; k < outputCount; k++)
        {
            _context[k] = (decay * _context[k]) + _lastOutput[k];
        }

        ReadOnlySpan<double> inputWeights = _spec.InputWeights.Slice(_parameters);
        ReadOnlySpan<double> contextWeights = _spec.ContextWeights.Slice(_parameters);
        ReadOnlySpan<double> bias = _spec.HiddenBias.Slice(_parameters);
        for (int j = 0; j < hiddenCount; j++)
        {
            _hidden[j] = bias[j]
                + Kernels.Dot(inputWeights.Slice(j * inputCount, inputCount), input)
                + Kernels.Dot(contextWeights.Slice(j * outputCount, outputCount), _context);
        }

        VectorMath.Tanh(_hidden);

        ReadOnlySpan<double> outputWeights = _spec.OutputWeights.Slice(_parameters);
        ReadOnlySpan<double> outputBias = _spec.OutputBias.Slice(_parameters);
        for (int k = 0; k < outputCount; k++)
        {
            double sum = outputBias[k] + Kernels.Dot(outputWeights.Slice(k * hiddenCount, hiddenCount), _hidden);
            double value = ActivationFunctions.Apply(_spec.OutputActivation, sum);
            _lastOutput[k] = value;
            output[k] = value;
        }
    }

    /// <inheritdoc/>
    public void ForceOutputs(ReadOnlySpan<double> targets) => targets[.._spec.OutputCount].CopyTo(_lastOutput);

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
