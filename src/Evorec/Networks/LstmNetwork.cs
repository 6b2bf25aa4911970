using Evorec.Numerics;

namespace Evorec.Networks;

/// <summary>An LSTM instance; see <see cref="LstmSpec"/> for the equations.</summary>
public sealed class LstmNetwork : IRecurrentNetwork, IReadoutFeatures
{
    private readonly LstmSpec _spec;
    private readonly double[] _parameters;
    private readonly double[] _sources;
    private readonly double[] _state;
    private readonly double[] _cellOutput;
    private readonly double[] _inputGateSum;
    private readonly double[] _forgetGateSum;
    private readonly double[] _outputGateSum;
    private readonly double[] _cellSum;

    internal LstmNetwork(LstmSpec spec)
    {
        _spec = spec;
        _parameters = new double[spec.Layout.Count];
        _sources = new double[spec.SourceCount];
        _state = new double[spec.CellCount];
        _cellOutput = new double[spec.CellCount];
        _inputGateSum = new double[spec.BlockCount];
        _forgetGateSum = new double[spec.BlockCount];
        _outputGateSum = new double[spec.BlockCount];
        _cellSum = new double[spec.CellCount];
    }

    /// <inheritdoc/>
    public int InputCount => _spec.InputCount;

    /// <inheritdoc/>
    public int OutputCount => _spec.OutputCount;

    /// <inheritdoc/>
    public int FeatureCount => _spec.FeatureCount;

    /// <summary>The cell states s(t).</summary>
    public ReadOnlySpan<double> CellStates => _state;

    /// <summary>The cell outputs y^c(t).</summary>
    public ReadOnlySpan<double> CellOutputs => _cellOutput;

    /// <inheritdoc/>
    public void Reset()
    {
        Array.Clear(_sources);
        Array.Clear(_state);
        Array.Clear(_cellOutput);
    }

    /// <inheritdoc/>
    public void Step(ReadOnlySpan<double> input, Span<double> output)
    {
        int inputs = _spec.InputCount;
        int cellsPerBlock = _spec.CellsPerBlock;
        int sourceCount = _spec.SourceCount;
        input[..inputs].CopyTo(_sources);
        _cellOutput.CopyTo(_sources.AsSpan(inputs));
        ReadOnlySpan<double> sources = _sources;
        ReadOnlySpan<double> cellWeights = _spec.CellWeights.Slice(_parameters);
        ReadOnlySpan<double> cellBias = _spec.CellBias.Slice(_parameters);
        Kernels.MatrixVector(cellWeights, sources, _cellSum);
        Kernels.MatrixVector(_spec.InputGate.Weights.Slice(_parameters), sources, _inputGateSum);
        if (_spec.ForgetGate is { } forgetWeights)
        {
            Kernels.MatrixVector(forgetWeights.Weights.Slice(_parameters), sources, _forgetGateSum);
        }

        if (_spec.OutputGate is { } outputWeights)
        {
            Kernels.MatrixVector(outputWeights.Weights.Slice(_parameters), sources, _outputGateSum);
        }

        GateActivations(_spec.InputGate, _inputGateSum);
        if (_spec.ForgetGate is { } forget)
        {
            GateActivations(forget, _forgetGateSum);
        }

        Span<double> cellInput = _cellSum;
        Kernels.Add(cellBias, cellInput);
        LstmSquashingFunctions.ApplyInPlace(_spec.CellInput, cellInput);
        for (int b = 0; b < _spec.BlockCount; b++)
        {
            double inputGate = _inputGateSum[b];
            double forgetGate = _spec.ForgetGate is not null
                ? _forgetGateSum[b]
                : _spec.IsCoupled ? 1.0 - inputGate : 1.0;
            for (int cell = b * cellsPerBlock; cell < (b + 1) * cellsPerBlock; cell++)
            {
                _state[cell] = (forgetGate * _state[cell]) + (inputGate * cellInput[cell]);
            }
        }

        _state.CopyTo(_cellOutput);
        LstmSquashingFunctions.ApplyInPlace(_spec.CellOutput, _cellOutput);
        if (_spec.OutputGate is { } gate)
        {
            GateActivations(gate, _outputGateSum);
            for (int b = 0; b < _spec.BlockCount; b++)
            {
                double outputGate = _outputGateSum[b];
                for (int cell = b * cellsPerBlock; cell < (b + 1) * cellsPerBlock; cell++)
                {
                    _cellOutput[cell] = outputGate * _cellOutput[cell];
                }
            }
        }

        int cells = _spec.CellCount;
        ReadOnlySpan<double> readoutWeights = _spec.OutputWeights.Slice(_parameters);
        ReadOnlySpan<double> directWeights = _spec.DirectWeights is { } direct ? direct.Slice(_parameters) : default;
        ReadOnlySpan<double> outputBias = _spec.OutputBias.Slice(_parameters);
        for (int k = 0; k < _spec.OutputCount; k++)
        {
            double sum = Kernels.Dot(readoutWeights.Slice(k * cells, cells), _cellOutput);
            if (!directWeights.IsEmpty)
            {
                sum += Kernels.Dot(directWeights.Slice(k * inputs, inputs), sources[..inputs]);
            }

            output[k] = ActivationFunctions.Apply(_spec.OutputActivation, sum + outputBias[k]);
        }
    }

    /// <inheritdoc/>
    public void ReadFeatures(Span<double> features)
    {
        _cellOutput.CopyTo(features);
        int next = _spec.CellCount;
        if (_spec.HasDirectConnections)
        {
            _sources.AsSpan(0, _spec.InputCount).CopyTo(features[next..]);
            next += _spec.InputCount;
        }

        features[next] = 1.0;
    }

    internal void Load(ReadOnlySpan<double> parameters)
    {
        parameters.CopyTo(_parameters);
        Reset();
    }

    /// <summary>
    /// Turns the gate's weighted sums of the sources <paramref name="sums"/> (one per block, from
    /// <see cref="Kernels.MatrixVector"/>) into its activations in place: σ(sum + bias + peepholes · s),
    /// the logistic over all blocks at once (<see cref="VectorMath.Logistic(Span{double})"/>). Peepholes
    /// read the cell states as they are when called: s(t−1) for the input and forget gates, s(t) for the output gate.
    /// </summary>
    private void GateActivations(LstmGate gate, Span<double> sums)
    {
        Kernels.Add(gate.Bias.Slice(_parameters), sums);
        if (gate.Peepholes is { } peepholes)
        {
            int cells = _spec.CellsPerBlock;
            ReadOnlySpan<double> weights = peepholes.Slice(_parameters);
            for (int block = 0; block < sums.Length; block++)
            {
                sums[block] += Kernels.Dot(weights.Slice(block * cells, cells), _state.AsSpan(block * cells, cells));
            }
        }

        VectorMath.Logistic(sums);
    }
}
