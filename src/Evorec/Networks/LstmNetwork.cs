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
    // order (the gates present, one row per block, then one row per cell; each gate's rows padded with
    // zero rows to a multiple of 4 so that no panel of the product mixes two kinds) and packed, so that
    // one pass over the sources computes every net input; their biases in the same order, and the sums.
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
        UsesLayerPass = spec.CellsPerBlock == 1 && !spec.HasPeepholes;
    }

    /// <summary>Whether a step runs the whole layer in the product's pass (<see cref="LayerConsumer"/>; tests switch it off to compare with the general path).</summary>
    internal bool UsesLayerPass { get; set; }

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

        if (UsesLayerPass)
        {
            // The whole layer in the one pass over the weights (LayerConsumer).
            var layer = new LayerConsumer(this);
            _sourceWeights.Multiply(sources, ref layer);
        }
        else
        {
            // Every gate's and cell's weighted sum of the sources plus its bias in one pass, then the rest.
            _sourceWeights.Multiply(sources, _bias, _sums);
            Span<double> inputGate = _sums.AsSpan(0, blocks);
            Span<double> forgetGate = _spec.ForgetGate is null ? default : _sums.AsSpan(_forgetRow, blocks);
            Span<double> outputGate = _spec.OutputGate is null ? default : _sums.AsSpan(_outputRow, blocks);
            Span<double> cellInput = _sums.AsSpan(_cellRow, _spec.CellCount);
            GateActivations(_spec.InputGate, inputGate);
            if (_spec.ForgetGate is { } forget)
            {
                GateActivations(forget, forgetGate);
            }

            LstmSquashingFunctions.ApplyInPlace(_spec.CellInput, cellInput);
            UpdateStates(inputGate, forgetGate, cellInput);
            _state.CopyTo(_cellOutput);
            LstmSquashingFunctions.ApplyInPlace(_spec.CellOutput, _cellOutput);
            if (_spec.OutputGate is { } gate)
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
    /// 1 − in (coupled) or 1 (none).
    /// </summary>
    private void UpdateStates(ReadOnlySpan<double> inputGate, ReadOnlySpan<double> forgetGate, ReadOnlySpan<double> cellInput)
    {
        int cellsPerBlock = _spec.CellsPerBlock;
        for (int b = 0; b < _spec.BlockCount; b++)
        {
            double gate = inputGate[b];
            double keep = _spec.ForgetGate is not null ? forgetGate[b] : _spec.IsCoupled ? 1.0 - gate : 1.0;
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

    /// <summary>
    /// The layer's step for one cell per block and no peepholes, panel by panel as the product delivers
    /// the sums (gate rows first, then cell rows): a gate panel becomes σ(sum + bias); a cell panel
    /// becomes g(sum + bias), then s(t) = φ s(t−1) + in g, y^c = out h(s(t)) from the gate panels of the
    /// same blocks, already done. Each element goes through exactly the operations of the general path
    /// (the element-wise functions do not depend on an element's position), so the results are bit-identical.
    /// </summary>
    private readonly ref struct LayerConsumer(LstmNetwork network) : IPanelConsumer
    {
        private readonly Span<double> _gates = network._sums;
        private readonly ReadOnlySpan<double> _bias = network._bias;
        private readonly Span<double> _state = network._state;
        private readonly Span<double> _cellOutput = network._cellOutput;
        private readonly int _forgetRow = network._spec.ForgetGate is null ? -1 : network._forgetRow;
        private readonly int _outputRow = network._spec.OutputGate is null ? -1 : network._outputRow;
        private readonly int _cellRow = network._cellRow;
        private readonly bool _coupled = network._spec.IsCoupled;
        private readonly LstmSquashing _cellInput = network._spec.CellInput;
        private readonly LstmSquashing _cellOutputSquashing = network._spec.CellOutput;

        public void Accept(Vector256<double> sums, int row, int count)
        {
            Vector256<double> net = sums + PackedMatrix.Load(_bias, row, count);
            if (row < _cellRow)
            {
                PackedMatrix.Store(VectorMath.Logistic(net), _gates, row, count);
                return;
            }

            int block = row - _cellRow;
            Vector256<double> input = PackedMatrix.Load(_gates, block, count);
            Vector256<double> keep = _forgetRow >= 0
                ? PackedMatrix.Load(_gates, _forgetRow + block, count)
                : _coupled ? Vector256<double>.One - input : Vector256<double>.One;
            Vector256<double> state = (keep * PackedMatrix.Load(_state, block, count)) + (input * LstmSquashingFunctions.Apply(_cellInput, net));
            PackedMatrix.Store(state, _state, block, count);
            Vector256<double> output = LstmSquashingFunctions.Apply(_cellOutputSquashing, state);
            if (_outputRow >= 0)
            {
                output = PackedMatrix.Load(_gates, _outputRow + block, count) * output;
            }

            PackedMatrix.Store(output, _cellOutput, block, count);
        }
    }
}
