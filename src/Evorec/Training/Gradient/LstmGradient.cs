using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Training.Gradient;

/// <summary>
/// Forward and backward passes of <see cref="LstmSpec"/> with every one of its variants: forget gate
/// separate, coupled (φ = 1 − in) or absent; output gate present or absent; peepholes; direct
/// connections; any <see cref="LstmSquashing"/> and output activation. The gradient is the exact,
/// full gradient of the unrolled network (as in Graves &amp; Schmidhuber, "Framewise phoneme classification
/// with bidirectional LSTM", Neural Networks 18, 2005, which replaced the truncated gradient of the
/// 1997/2000 papers), including the paths through the recurrent cell outputs and the peepholes.
/// </summary>
public sealed class LstmGradient : RecordedPasses<LstmSpec>
{
    private readonly double[] _sourceGradient;
    private readonly double[] _cellOutputGradient;
    private readonly double[] _stateGradient;
    private readonly double[] _nextStateGradient;
    private double[] _sources = [];
    private double[] _inputGates = [];
    private double[] _forgetGates = [];
    private double[] _outputGates = [];
    private double[] _cellInputs = [];
    private double[] _states = [];
    private double[] _squashedStates = [];
    private double[] _cellOutputs = [];
    private double[] _outputs = [];

    /// <summary>Creates the passes for <paramref name="spec"/>.</summary>
    public LstmGradient(LstmSpec spec)
        : base(spec)
    {
        _sourceGradient = new double[spec.SourceCount];
        _cellOutputGradient = new double[spec.CellCount];
        _stateGradient = new double[spec.CellCount];
        _nextStateGradient = new double[spec.CellCount];
    }

    /// <inheritdoc/>
    protected override void ForwardSteps(ReadOnlySpan<double> parameters, ReadOnlySpan<double> inputs, int from, int to, Span<double> outputs)
    {
        int inputCount = Spec.InputCount;
        int sourceCount = Spec.SourceCount;
        int cells = Spec.CellCount;
        int blocks = Spec.BlockCount;
        int perBlock = Spec.CellsPerBlock;
        int outputCount = Spec.OutputCount;
        if (from == 0)
        {
            Array.Clear(_states, 0, cells);
            Array.Clear(_cellOutputs, 0, cells);
        }

        ReadOnlySpan<double> cellWeights = Spec.CellWeights.Slice(parameters);
        ReadOnlySpan<double> cellBias = Spec.CellBias.Slice(parameters);
        ReadOnlySpan<double> outputWeights = Spec.OutputWeights.Slice(parameters);
        ReadOnlySpan<double> directWeights = Spec.DirectWeights is { } direct ? direct.Slice(parameters) : default;
        ReadOnlySpan<double> outputBias = Spec.OutputBias.Slice(parameters);
        for (int t = from; t < to; t++)
        {
            Span<double> sources = _sources.AsSpan(t * sourceCount, sourceCount);
            inputs.Slice(t * inputCount, inputCount).CopyTo(sources);
            _cellOutputs.AsSpan(t * cells, cells).CopyTo(sources[inputCount..]);
            ReadOnlySpan<double> previousStates = _states.AsSpan(t * cells, cells);
            Span<double> states = _states.AsSpan((t + 1) * cells, cells);
            Span<double> cellOutputs = _cellOutputs.AsSpan((t + 1) * cells, cells);
            for (int b = 0; b < blocks; b++)
            {
                int first = b * perBlock;
                double inputGate = Gate(parameters, Spec.InputGate, b, sources, previousStates);
                double forgetGate = Spec.ForgetGate is { } forget
                    ? Gate(parameters, forget, b, sources, previousStates)
                    : Spec.IsCoupled ? 1.0 - inputGate : 1.0;
                _inputGates[(t * blocks) + b] = inputGate;
                _forgetGates[(t * blocks) + b] = forgetGate;
                for (int v = 0; v < perBlock; v++)
                {
                    int cell = first + v;
                    double net = cellBias[cell] + Kernels.Dot(cellWeights.Slice(cell * sourceCount, sourceCount), sources);
                    double g = LstmSquashingFunctions.Apply(Spec.CellInput, net);
                    _cellInputs[(t * cells) + cell] = g;
                    states[cell] = (forgetGate * previousStates[cell]) + (inputGate * g);
                }

                double outputGate = Spec.OutputGate is { } gate ? Gate(parameters, gate, b, sources, states) : 1.0;
                _outputGates[(t * blocks) + b] = outputGate;
                for (int v = 0; v < perBlock; v++)
                {
                    int cell = first + v;
                    double squashed = LstmSquashingFunctions.Apply(Spec.CellOutput, states[cell]);
                    _squashedStates[(t * cells) + cell] = squashed;
                    cellOutputs[cell] = outputGate * squashed;
                }
            }

            for (int k = 0; k < outputCount; k++)
            {
                double sum = Kernels.Dot(outputWeights.Slice(k * cells, cells), cellOutputs);
                if (!directWeights.IsEmpty)
                {
                    sum += Kernels.Dot(directWeights.Slice(k * inputCount, inputCount), sources[..inputCount]);
                }

                double y = ActivationFunctions.Apply(Spec.OutputActivation, sum + outputBias[k]);
                _outputs[(t * outputCount) + k] = y;
                outputs[(t * outputCount) + k] = y;
            }
        }
    }

    /// <inheritdoc/>
    protected override void BackwardSteps(ReadOnlySpan<double> parameters, ReadOnlySpan<double> outputGradients, Span<double> gradient, int from, int to)
    {
        int inputCount = Spec.InputCount;
        int sourceCount = Spec.SourceCount;
        int cells = Spec.CellCount;
        int blocks = Spec.BlockCount;
        int perBlock = Spec.CellsPerBlock;
        int outputCount = Spec.OutputCount;
        ReadOnlySpan<double> cellWeights = Spec.CellWeights.Slice(parameters);
        ReadOnlySpan<double> outputWeights = Spec.OutputWeights.Slice(parameters);
        Span<double> cellWeightGradient = Slice(gradient, Spec.CellWeights);
        Span<double> cellBiasGradient = Slice(gradient, Spec.CellBias);
        Span<double> outputWeightGradient = Slice(gradient, Spec.OutputWeights);
        Span<double> directGradient = Spec.DirectWeights is { } direct ? Slice(gradient, direct) : default;
        Span<double> outputBiasGradient = Slice(gradient, Spec.OutputBias);
        Array.Clear(_sourceGradient);
        Array.Clear(_nextStateGradient);
        for (int t = to - 1; t >= from; t--)
        {
            ReadOnlySpan<double> sources = _sources.AsSpan(t * sourceCount, sourceCount);
            ReadOnlySpan<double> previousStates = _states.AsSpan(t * cells, cells);
            ReadOnlySpan<double> states = _states.AsSpan((t + 1) * cells, cells);
            ReadOnlySpan<double> cellOutputs = _cellOutputs.AsSpan((t + 1) * cells, cells);

            // ∂L/∂y^c(t): from step t + 1 (through the sources) and from the output layer.
            _sourceGradient.AsSpan(inputCount, cells).CopyTo(_cellOutputGradient);
            for (int k = 0; k < outputCount; k++)
            {
                int index = (t * outputCount) + k;
                double delta = outputGradients[index] * Derivatives.OfActivation(Spec.OutputActivation, _outputs[index]);
                if (delta == 0.0)
                {
                    continue;
                }

                outputBiasGradient[k] += delta;
                AddScaled(outputWeightGradient.Slice(k * cells, cells), delta, cellOutputs);
                AddScaled(_cellOutputGradient, delta, outputWeights.Slice(k * cells, cells));
                if (!directGradient.IsEmpty)
                {
                    AddScaled(directGradient.Slice(k * inputCount, inputCount), delta, sources[..inputCount]);
                }
            }

            Array.Clear(_sourceGradient);
            for (int b = 0; b < blocks; b++)
            {
                int first = b * perBlock;
                double inputGate = _inputGates[(t * blocks) + b];
                double forgetGate = _forgetGates[(t * blocks) + b];
                double outputGate = _outputGates[(t * blocks) + b];

                // Output gate, then ∂L/∂s(t) (from step t + 1, the cell output, and the output gate's peepholes).
                double outputGateNet = 0.0;
                if (Spec.OutputGate is not null)
                {
                    double sum = 0.0;
                    for (int v = 0; v < perBlock; v++)
                    {
                        sum += _cellOutputGradient[first + v] * _squashedStates[(t * cells) + first + v];
                    }

                    outputGateNet = sum * outputGate * (1.0 - outputGate);
                }

                for (int v = 0; v < perBlock; v++)
                {
                    int cell = first + v;
                    double squashed = _squashedStates[(t * cells) + cell];
                    _stateGradient[cell] = _nextStateGradient[cell]
                        + (_cellOutputGradient[cell] * outputGate * Derivatives.OfSquashing(Spec.CellOutput, squashed));
                }

                if (Spec.OutputGate is { } output)
                {
                    AccumulateGate(parameters, gradient, output, b, outputGateNet, sources, states);
                }

                // Input and forget gates, cell inputs.
                double forgetSum = 0.0;
                double inputSum = 0.0;
                for (int v = 0; v < perBlock; v++)
                {
                    int cell = first + v;
                    forgetSum += _stateGradient[cell] * previousStates[cell];
                    inputSum += _stateGradient[cell] * _cellInputs[(t * cells) + cell];
                }

                double forgetGateNet = 0.0;
                if (Spec.ForgetGate is not null)
                {
                    forgetGateNet = forgetSum * forgetGate * (1.0 - forgetGate);
                }
                else if (Spec.IsCoupled)
                {
                    inputSum -= forgetSum;
                }

                double inputGateNet = inputSum * inputGate * (1.0 - inputGate);
                for (int v = 0; v < perBlock; v++)
                {
                    int cell = first + v;
                    double g = _cellInputs[(t * cells) + cell];
                    double cellNet = _stateGradient[cell] * inputGate * Derivatives.OfSquashing(Spec.CellInput, g);
                    cellBiasGradient[cell] += cellNet;
                    AddScaled(cellWeightGradient.Slice(cell * sourceCount, sourceCount), cellNet, sources);
                    AddScaled(_sourceGradient, cellNet, cellWeights.Slice(cell * sourceCount, sourceCount));
                    _nextStateGradient[cell] = _stateGradient[cell] * forgetGate;
                }

                AccumulateGate(parameters, gradient, Spec.InputGate, b, inputGateNet, sources, previousStates);
                if (Spec.ForgetGate is { } forget)
                {
                    AccumulateGate(parameters, gradient, forget, b, forgetGateNet, sources, previousStates);
                }
            }
        }
    }

    private static Span<double> Slice(Span<double> vector, ParameterBlock block) => vector.Slice(block.Offset, block.Length);

    private static void AddScaled(Span<double> target, double scale, ReadOnlySpan<double> values)
    {
        for (int i = 0; i < target.Length; i++)
        {
            target[i] += scale * values[i];
        }
    }

    /// <summary>
    /// Adds the gradient of a gate of block <paramref name="block"/> whose net input has gradient
    /// <paramref name="net"/>: to its weights, bias and peepholes, to the sources, and through the
    /// peepholes to the cell states they read (<paramref name="peepholeStates"/>: s(t−1) for the input
    /// and forget gates, whose gradient goes to step t − 1; s(t) for the output gate, whose gradient
    /// goes to ∂L/∂s(t), not yet used by the caller).
    /// </summary>
    private void AccumulateGate(ReadOnlySpan<double> parameters, Span<double> gradient, LstmGate gate, int block, double net, ReadOnlySpan<double> sources, ReadOnlySpan<double> peepholeStates)
    {
        int sourceCount = Spec.SourceCount;
        Slice(gradient, gate.Bias)[block] += net;
        AddScaled(Slice(gradient, gate.Weights).Slice(block * sourceCount, sourceCount), net, sources);
        AddScaled(_sourceGradient, net, gate.Weights.Slice(parameters).Slice(block * sourceCount, sourceCount));
        if (gate.Peepholes is { } peepholes)
        {
            int perBlock = Spec.CellsPerBlock;
            int first = block * perBlock;
            AddScaled(Slice(gradient, peepholes).Slice(first, perBlock), net, peepholeStates.Slice(first, perBlock));
            Span<double> stateTarget = ReferenceEquals(gate, Spec.OutputGate) ? _stateGradient : _nextStateGradient;
            AddScaled(stateTarget.Slice(first, perBlock), net, peepholes.Slice(parameters).Slice(first, perBlock));
        }
    }

    private double Gate(ReadOnlySpan<double> parameters, LstmGate gate, int block, ReadOnlySpan<double> sources, ReadOnlySpan<double> states)
    {
        int sourceCount = sources.Length;
        double net = gate.Bias.Slice(parameters)[block]
            + Kernels.Dot(gate.Weights.Slice(parameters).Slice(block * sourceCount, sourceCount), sources);
        if (gate.Peepholes is { } peepholes)
        {
            int cells = Spec.CellsPerBlock;
            net += Kernels.Dot(peepholes.Slice(parameters).Slice(block * cells, cells), states.Slice(block * cells, cells));
        }

        return 1.0 / (1.0 + Math.Exp(-net));
    }

    /// <inheritdoc/>
    protected override void Grow(int length)
    {
        int cells = Spec.CellCount;
        int blocks = Spec.BlockCount;
        Array.Resize(ref _sources, length * Spec.SourceCount);
        Array.Resize(ref _inputGates, length * blocks);
        Array.Resize(ref _forgetGates, length * blocks);
        Array.Resize(ref _outputGates, length * blocks);
        Array.Resize(ref _cellInputs, length * cells);
        Array.Resize(ref _states, (length + 1) * cells);
        Array.Resize(ref _squashedStates, length * cells);
        Array.Resize(ref _cellOutputs, (length + 1) * cells);
        Array.Resize(ref _outputs, length * Spec.OutputCount);
    }
}
