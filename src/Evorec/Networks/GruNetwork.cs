using System.Runtime.Intrinsics;
using Evorec.Numerics;

namespace Evorec.Networks;

/// <summary>A GRU instance; see <see cref="GruSpec"/> for the equations.</summary>
public sealed class GruNetwork : IRecurrentNetwork, IReadoutFeatures
{
    private readonly GruSpec _spec;
    private readonly double[] _parameters;
    private readonly double[] _resetPrevious;
    private readonly double[] _update;

    // W_r, W_z, W_h stacked with their biases as the addend, giving (bias + input part) of r, z and h̃;
    // U_r and U_z stacked (both multiply h(t−1)); U_h alone (it multiplies r ⊙ h(t−1)). Row groups
    // start at multiples of 4 (zero rows between), so that no panel of a product mixes r and z.
    private readonly int _stride;
    private readonly PackedMatrix _inputWeights;
    private readonly double[] _bias;
    private readonly double[] _inputParts;
    private readonly PackedMatrix _gateWeights;
    private readonly PackedMatrix _candidateWeights;
    private double[] _hidden;
    private double[] _previous;

    internal GruNetwork(GruSpec spec)
    {
        _spec = spec;
        int units = spec.HiddenCount;
        _stride = (units + 3) & ~3;
        _parameters = new double[spec.Layout.Count];
        _resetPrevious = new double[units];
        _update = new double[units];
        _inputWeights = new PackedMatrix((2 * _stride) + units, spec.InputCount);
        _bias = new double[(2 * _stride) + units];
        _inputParts = new double[(2 * _stride) + units];
        _gateWeights = new PackedMatrix(_stride + units, units);
        _candidateWeights = new PackedMatrix(units, units);
        _hidden = new double[units];
        _previous = new double[units];
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
        ReadOnlySpan<double> previous = _previous;

        // Each net input is (bias + input part) + recurrent part, as written in GruSpec: the input parts
        // plus biases of r, z and h̃ first; then one pass for r and z (GateConsumer), one for h̃ and h(t) (StateConsumer).
        _inputWeights.Multiply(input[.._spec.InputCount], _bias, _inputParts);
        var gates = new GateConsumer(this);
        _gateWeights.Multiply(previous, ref gates);
        var state = new StateConsumer(this);
        _candidateWeights.Multiply(_resetPrevious, ref state);

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
        _inputWeights.SetRows(0, _spec.ResetInputWeights.Slice(_parameters));
        _inputWeights.SetRows(_stride, _spec.UpdateInputWeights.Slice(_parameters));
        _inputWeights.SetRows(2 * _stride, _spec.CandidateInputWeights.Slice(_parameters));
        _spec.ResetBias.Slice(_parameters).CopyTo(_bias);
        _spec.UpdateBias.Slice(_parameters).CopyTo(_bias.AsSpan(_stride));
        _spec.CandidateBias.Slice(_parameters).CopyTo(_bias.AsSpan(2 * _stride));
        _gateWeights.SetRows(0, _spec.ResetRecurrentWeights.Slice(_parameters));
        _gateWeights.SetRows(_stride, _spec.UpdateRecurrentWeights.Slice(_parameters));
        _candidateWeights.SetRows(0, _spec.CandidateRecurrentWeights.Slice(_parameters));
        Reset();
    }

    /// <summary>r = σ(U_r h(t−1) + (W_r x + b_r)), stored as r ⊙ h(t−1); z = σ(U_z h(t−1) + (W_z x + b_z)) — panel by panel.</summary>
    private readonly ref struct GateConsumer(GruNetwork network) : IPanelConsumer
    {
        private readonly ReadOnlySpan<double> _inputParts = network._inputParts;
        private readonly ReadOnlySpan<double> _previous = network._previous;
        private readonly Span<double> _resetPrevious = network._resetPrevious;
        private readonly Span<double> _update = network._update;
        private readonly int _stride = network._stride;

        public void Accept(Vector256<double> sums, int row, int count)
        {
            Vector256<double> gate = VectorMath.Logistic(sums + PackedMatrix.Load(_inputParts, row, count));
            if (row < _stride)
            {
                int units = Math.Min(count, _previous.Length - row); // without the zero rows that pad r to a multiple of 4
                PackedMatrix.Store(gate * PackedMatrix.Load(_previous, row, units), _resetPrevious, row, units);
            }
            else
            {
                PackedMatrix.Store(gate, _update, row - _stride, count);
            }
        }
    }

    /// <summary>h̃ = tanh(U_h (r ⊙ h(t−1)) + (W_h x + b_h)), then h(t) = z ⊙ h(t−1) + (1 − z) ⊙ h̃ (two products, then their sum) — panel by panel.</summary>
    private readonly ref struct StateConsumer(GruNetwork network) : IPanelConsumer
    {
        private readonly ReadOnlySpan<double> _candidateParts = network._inputParts.AsSpan(2 * network._stride);
        private readonly ReadOnlySpan<double> _previous = network._previous;
        private readonly ReadOnlySpan<double> _update = network._update;
        private readonly Span<double> _hidden = network._hidden;

        public void Accept(Vector256<double> sums, int row, int count)
        {
            Vector256<double> candidate = VectorMath.Tanh(sums + PackedMatrix.Load(_candidateParts, row, count));
            Vector256<double> update = PackedMatrix.Load(_update, row, count);
            Vector256<double> next = (update * PackedMatrix.Load(_previous, row, count)) + ((Vector256<double>.One - update) * candidate);
            PackedMatrix.Store(next, _hidden, row, count);
        }
    }
}
