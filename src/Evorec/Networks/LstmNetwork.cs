using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
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

    // The input, forget and output gates' and the cells' weights from the sources, stacked in that
    // order (the gates present, one row per block, each padded with zero rows to a multiple of 4 so that
    // every kind starts a vector; then one row per cell) and packed, so that one pass over the sources
    // computes every net input; their biases in the same order, and the sums.
    private readonly PackedMatrix _sourceWeights;
    private readonly double[] _bias;
    private readonly double[] _sums;
    private readonly int _forgetRow;
    private readonly int _outputRow;
    private readonly int _cellRow;

    internal LstmNetwork(LstmSpec spec)
    {
        _spec = spec;
        _parameters = new double[spec.Layout.Count];
        _sources = new double[spec.SourceCount];
        _state = new double[spec.CellCount];
        _cellOutput = new double[spec.CellCount];
        int gateRows = (spec.BlockCount + 3) & ~3;
        _forgetRow = gateRows;
        _outputRow = _forgetRow + (spec.ForgetGate is null ? 0 : gateRows);
        _cellRow = _outputRow + (spec.OutputGate is null ? 0 : gateRows);
        int rows = _cellRow + spec.CellCount;
        _sourceWeights = new PackedMatrix(rows, spec.SourceCount);
        _bias = new double[rows];
        _sums = new double[rows];
        UsesBlockVectors = spec.CellsPerBlock == 1 && !spec.HasPeepholes;
    }

    /// <summary>
    /// Whether a step takes the vectorized path of one cell per block without peepholes: the gates'
    /// logistic in one call, the states and the gated outputs four blocks at a time, with the general
    /// path's operations per element (tests switch it off to compare the two bit for bit).
    /// </summary>
    internal bool UsesBlockVectors { get; set; }

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
        int blocks = _spec.BlockCount;
        input[..inputs].CopyTo(_sources);
        _cellOutput.CopyTo(_sources.AsSpan(inputs));
        ReadOnlySpan<double> sources = _sources;

        // Every gate's and cell's weighted sum of the sources plus its bias in one pass, then the rest.
        _sourceWeights.Multiply(sources, _bias, _sums);
        Span<double> inputGate = _sums.AsSpan(0, blocks);
        Span<double> forgetGate = _spec.ForgetGate is null ? default : _sums.AsSpan(_forgetRow, blocks);
        Span<double> outputGate = _spec.OutputGate is null ? default : _sums.AsSpan(_outputRow, blocks);
        Span<double> cellInput = _sums.AsSpan(_cellRow, _spec.CellCount);
        if (UsesBlockVectors)
        {
            // No peepholes: every gate is σ(sum + bias), so all of them at once, the output gate early.
            VectorMath.Logistic(_sums.AsSpan(0, _cellRow));
        }
        else
        {
            GateActivations(_spec.InputGate, inputGate);
            if (_spec.ForgetGate is { } forget)
            {
                GateActivations(forget, forgetGate);
            }
        }

        LstmSquashingFunctions.ApplyInPlace(_spec.CellInput, cellInput);
        UpdateStates(inputGate, forgetGate, cellInput);
        _state.CopyTo(_cellOutput);
        LstmSquashingFunctions.ApplyInPlace(_spec.CellOutput, _cellOutput);
        if (_spec.OutputGate is { } gate)
        {
            if (UsesBlockVectors)
            {
                Kernels.Multiply(outputGate, _cellOutput, _cellOutput);
            }
            else
            {
                GateActivations(gate, outputGate);
                GateOutputs(outputGate);
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
        Stack(_spec.InputGate.Weights, _spec.InputGate.Bias, 0);
        if (_spec.ForgetGate is { } forget)
        {
            Stack(forget.Weights, forget.Bias, _forgetRow);
        }

        if (_spec.OutputGate is { } output)
        {
            Stack(output.Weights, output.Bias, _outputRow);
        }

        Stack(_spec.CellWeights, _spec.CellBias, _cellRow);
        Reset();
    }

    private void Stack(ParameterBlock weights, ParameterBlock bias, int firstRow)
    {
        _sourceWeights.SetRows(firstRow, weights.Slice(_parameters));
        bias.Slice(_parameters).CopyTo(_bias.AsSpan(firstRow));
    }

    /// <summary>
    /// s_bv(t) = φ_b s_bv(t−1) + in_b g_bv — two products, then their sum — with φ the forget gate,
    /// 1 − in (coupled) or 1 (none); with <see cref="UsesBlockVectors"/> four blocks at a time.
    /// </summary>
    private void UpdateStates(ReadOnlySpan<double> inputGate, ReadOnlySpan<double> forgetGate, ReadOnlySpan<double> cellInput)
    {
        int cellsPerBlock = _spec.CellsPerBlock;
        bool separate = _spec.ForgetGate is not null;
        bool coupled = _spec.IsCoupled;
        int b = 0;
        if (UsesBlockVectors)
        {
            ref double state = ref MemoryMarshal.GetArrayDataReference(_state);
            ref double input = ref MemoryMarshal.GetReference(inputGate);
            ref double forget = ref MemoryMarshal.GetReference(forgetGate);
            ref double cell = ref MemoryMarshal.GetReference(cellInput);
            for (; b <= _spec.BlockCount - 4; b += 4)
            {
                Vector256<double> gate = Vector256.LoadUnsafe(ref input, (nuint)b);
                Vector256<double> keep = separate
                    ? Vector256.LoadUnsafe(ref forget, (nuint)b)
                    : coupled ? Vector256<double>.One - gate : Vector256<double>.One;
                ((keep * Vector256.LoadUnsafe(ref state, (nuint)b)) + (gate * Vector256.LoadUnsafe(ref cell, (nuint)b))).StoreUnsafe(ref state, (nuint)b);
            }
        }

        for (; b < _spec.BlockCount; b++)
        {
            double gate = inputGate[b];
            double keep = separate ? forgetGate[b] : coupled ? 1.0 - gate : 1.0;
            for (int cell = b * cellsPerBlock; cell < (b + 1) * cellsPerBlock; cell++)
            {
                _state[cell] = (keep * _state[cell]) + (gate * cellInput[cell]);
            }
        }
    }

    /// <summary>y^c_bv(t) = out_b h(s_bv(t)) in place on the squashed states.</summary>
    private void GateOutputs(ReadOnlySpan<double> outputGate)
    {
        int cellsPerBlock = _spec.CellsPerBlock;
        for (int b = 0; b < _spec.BlockCount; b++)
        {
            double gate = outputGate[b];
            for (int cell = b * cellsPerBlock; cell < (b + 1) * cellsPerBlock; cell++)
            {
                _cellOutput[cell] = gate * _cellOutput[cell];
            }
        }
    }

    /// <summary>
    /// Turns the gate's weighted sums of the sources plus bias <paramref name="sums"/> (one per block,
    /// from the packed product) into its activations in place: σ((sum + bias) + peepholes · s), the
    /// logistic over all blocks at once (<see cref="VectorMath.Logistic(Span{double})"/>). Peepholes
    /// read the cell states as they are when called: s(t−1) for the input and forget gates, s(t) for the output gate.
    /// </summary>
    private void GateActivations(LstmGate gate, Span<double> sums)
    {
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
