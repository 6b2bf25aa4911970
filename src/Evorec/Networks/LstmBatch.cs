using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Evorec.Numerics;

namespace Evorec.Networks;

/// <summary>
/// Four LSTM networks of one <see cref="LstmSpec"/>, each with its own parameters, stepped in
/// lockstep: network k lives in lane k of every <see cref="Vector256{T}"/> (structure of arrays —
/// parameter p of the four networks is one vector), so one fused multiply-add serves four networks
/// and the gate nonlinearities run four networks at a time. Each lane is bit-identical to
/// <see cref="LstmNetwork.Step"/> of the same network on the same inputs (every product and sum is
/// taken in the same order: <see cref="Kernels.DotLanes"/> follows <see cref="Kernels.Dot"/>, and
/// <see cref="VectorMath"/> gives every lane the same function), for every option of <see cref="LstmSpec"/>,
/// except for the payload and sign of a NaN output, which the JIT's free ordering of an addition's
/// operands can change (a NaN is a NaN either way).
/// </summary>
/// <remarks>
/// This is the evaluation pattern of batched neuroevolution on GPUs and SIMD (a population evaluated
/// as one batch, e.g. Such et al., "Deep neuroevolution", 2017, and PyTorch's batched matrix products),
/// here on the CPU's vector lanes. Lockstep means the four networks take the same number of steps;
/// their inputs may differ (<see cref="Step"/>) or be shared (<see cref="StepShared"/>). Lanes without a
/// network simply compute with the parameters they hold (zeros until loaded); their outputs are ignored.
/// </remarks>
public sealed class LstmBatch
{
    /// <summary>Networks per batch: the lanes of a <see cref="Vector256{T}"/> of doubles.</summary>
    public const int Lanes = 4;

    private readonly LstmSpec _spec;
    private readonly Vector256<double>[] _parameters;
    private readonly Vector256<double>[] _sources;
    private readonly Vector256<double>[] _state;
    private readonly Vector256<double>[] _cellOutput;
    private readonly Vector256<double>[] _cellSum;
    private readonly Vector256<double>[] _inputGate;
    private readonly Vector256<double>[] _forgetGate;
    private readonly Vector256<double>[] _outputGate;

    /// <summary>Creates a batch of four networks of <paramref name="spec"/>, all parameters zero.</summary>
    public LstmBatch(LstmSpec spec)
    {
        _spec = spec;
        _parameters = new Vector256<double>[spec.Layout.Count];
        _sources = new Vector256<double>[spec.SourceCount];
        _state = new Vector256<double>[spec.CellCount];
        _cellOutput = new Vector256<double>[spec.CellCount];
        _cellSum = new Vector256<double>[spec.CellCount];
        _inputGate = new Vector256<double>[spec.BlockCount];
        _forgetGate = new Vector256<double>[spec.BlockCount];
        _outputGate = new Vector256<double>[spec.BlockCount];
    }

    /// <summary>The spec of the four networks.</summary>
    public LstmSpec Spec => _spec;

    /// <summary>Loads <paramref name="parameters"/> (laid out as <see cref="LstmSpec.Layout"/>) into lane <paramref name="lane"/> and resets that network.</summary>
    public void Load(int lane, ReadOnlySpan<double> parameters)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(lane);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(lane, Lanes);
        if (parameters.Length != _spec.Layout.Count)
        {
            throw new ArgumentException($"Expected {_spec.Layout.Count} parameters, got {parameters.Length}.", nameof(parameters));
        }

        Span<double> interleaved = MemoryMarshal.Cast<Vector256<double>, double>(_parameters.AsSpan());
        for (int p = 0; p < parameters.Length; p++)
        {
            interleaved[(p * Lanes) + lane] = parameters[p];
        }

        ResetLane(lane);
    }

    /// <summary>Resets every network to its initial state (s = 0, y^c = 0).</summary>
    public void Reset()
    {
        Array.Clear(_sources);
        Array.Clear(_state);
        Array.Clear(_cellOutput);
    }

    /// <summary>Resets the network of lane <paramref name="lane"/> only.</summary>
    public void ResetLane(int lane)
    {
        ClearLane(_sources, lane);
        ClearLane(_state, lane);
        ClearLane(_cellOutput, lane);
    }

    /// <summary>
    /// One step of all four networks, each with its own inputs: <paramref name="inputs"/> holds lane
    /// k's inputs at <c>k · InputCount + i</c>, and <paramref name="outputs"/> receives lane k's outputs
    /// at <c>k · OutputCount + j</c>.
    /// </summary>
    public void Step(ReadOnlySpan<double> inputs, Span<double> outputs)
    {
        int count = _spec.InputCount;
        for (int i = 0; i < count; i++)
        {
            _sources[i] = Vector256.Create(inputs[i], inputs[count + i], inputs[(2 * count) + i], inputs[(3 * count) + i]);
        }

        Advance(outputs);
    }

    /// <summary>One step of all four networks on the same <paramref name="input"/>; outputs as in <see cref="Step"/>.</summary>
    public void StepShared(ReadOnlySpan<double> input, Span<double> outputs)
    {
        for (int i = 0; i < _spec.InputCount; i++)
        {
            _sources[i] = Vector256.Create(input[i]);
        }

        Advance(outputs);
    }

    /// <summary>The step of <see cref="LstmNetwork.Step"/>, lane-wise, once the inputs are in the sources.</summary>
    private void Advance(Span<double> outputs)
    {
        int inputs = _spec.InputCount;
        int cellsPerBlock = _spec.CellsPerBlock;
        _cellOutput.CopyTo(_sources.AsSpan(inputs));
        MatrixVector(_spec.CellWeights, _cellSum);
        MatrixVector(_spec.InputGate.Weights, _inputGate);
        GateActivations(_spec.InputGate, _inputGate);
        if (_spec.ForgetGate is { } forget)
        {
            MatrixVector(forget.Weights, _forgetGate);
            GateActivations(forget, _forgetGate);
        }

        ReadOnlySpan<Vector256<double>> cellBias = Block(_spec.CellBias);
        for (int cell = 0; cell < _cellSum.Length; cell++)
        {
            _cellSum[cell] += cellBias[cell];
        }

        LstmSquashingFunctions.ApplyInPlace(_spec.CellInput, AsLanes(_cellSum));

        for (int b = 0; b < _spec.BlockCount; b++)
        {
            Vector256<double> inputGate = _inputGate[b];
            Vector256<double> forgetGate = _spec.ForgetGate is not null
                ? _forgetGate[b]
                : _spec.IsCoupled ? Vector256<double>.One - inputGate : Vector256<double>.One;
            for (int cell = b * cellsPerBlock; cell < (b + 1) * cellsPerBlock; cell++)
            {
                _state[cell] = (forgetGate * _state[cell]) + (inputGate * _cellSum[cell]);
            }
        }

        _state.CopyTo(_cellOutput, 0);
        LstmSquashingFunctions.ApplyInPlace(_spec.CellOutput, AsLanes(_cellOutput));

        if (_spec.OutputGate is { } gate)
        {
            MatrixVector(gate.Weights, _outputGate);
            GateActivations(gate, _outputGate);
            for (int b = 0; b < _spec.BlockCount; b++)
            {
                Vector256<double> outputGate = _outputGate[b];
                for (int cell = b * cellsPerBlock; cell < (b + 1) * cellsPerBlock; cell++)
                {
                    _cellOutput[cell] = outputGate * _cellOutput[cell];
                }
            }
        }

        Readout(outputs);
    }

    /// <summary>The output layer f(W_y y^c + W_d x + b_y), lane-wise, written lane-major to <paramref name="outputs"/>.</summary>
    private void Readout(Span<double> outputs)
    {
        int inputs = _spec.InputCount;
        int cells = _spec.CellCount;
        int outputCount = _spec.OutputCount;
        ReadOnlySpan<Vector256<double>> readoutWeights = Block(_spec.OutputWeights);
        ReadOnlySpan<Vector256<double>> directWeights = _spec.DirectWeights is { } direct ? Block(direct) : default;
        ReadOnlySpan<Vector256<double>> outputBias = Block(_spec.OutputBias);
        for (int k = 0; k < outputCount; k++)
        {
            Vector256<double> sum = Kernels.DotLanes(readoutWeights.Slice(k * cells, cells), _cellOutput);
            if (!directWeights.IsEmpty)
            {
                sum += Kernels.DotLanes(directWeights.Slice(k * inputs, inputs), _sources.AsSpan(0, inputs));
            }

            Vector256<double> output = ActivationFunctions.Apply(_spec.OutputActivation, sum + outputBias[k]);
            for (int lane = 0; lane < Lanes; lane++)
            {
                outputs[(lane * outputCount) + k] = output.GetElement(lane);
            }
        }
    }

    /// <summary>σ(sum + bias + peepholes · s) per block, as <see cref="LstmNetwork"/>'s gates, in place.</summary>
    private void GateActivations(LstmGate gate, Span<Vector256<double>> sums)
    {
        ReadOnlySpan<Vector256<double>> bias = Block(gate.Bias);
        ReadOnlySpan<Vector256<double>> peepholes = gate.Peepholes is { } p ? Block(p) : default;
        int cells = _spec.CellsPerBlock;
        for (int block = 0; block < sums.Length; block++)
        {
            Vector256<double> net = sums[block] + bias[block];
            if (!peepholes.IsEmpty)
            {
                net += Kernels.DotLanes(peepholes.Slice(block * cells, cells), _state.AsSpan(block * cells, cells));
            }

            sums[block] = net;
        }

        VectorMath.Logistic(AsLanes(sums));
    }

    /// <summary>
    /// The vectors' lanes as one span of doubles, for the span functions of <see cref="VectorMath"/> and
    /// <see cref="LstmSquashingFunctions"/>: they give every element the value the vector function gives
    /// its lane, bit for bit, and over a span they run in passes that keep more vectors in flight.
    /// </summary>
    private static Span<double> AsLanes(Span<Vector256<double>> vectors) => MemoryMarshal.Cast<Vector256<double>, double>(vectors);

    /// <summary>Row r of <paramref name="weights"/> times the sources into <paramref name="result"/>[r], lane-wise.</summary>
    private void MatrixVector(ParameterBlock weights, Span<Vector256<double>> result)
    {
        ReadOnlySpan<Vector256<double>> matrix = Block(weights);
        ReadOnlySpan<Vector256<double>> sources = _sources;
        int columns = weights.Columns;
        for (int r = 0; r < result.Length; r++)
        {
            result[r] = Kernels.DotLanes(matrix.Slice(r * columns, columns), sources);
        }
    }

    private ReadOnlySpan<Vector256<double>> Block(ParameterBlock block) => _parameters.AsSpan(block.Offset, block.Length);

    private static void ClearLane(Vector256<double>[] vectors, int lane)
    {
        Span<double> values = MemoryMarshal.Cast<Vector256<double>, double>(vectors.AsSpan());
        for (int i = lane; i < values.Length; i += Lanes)
        {
            values[i] = 0.0;
        }
    }
}
