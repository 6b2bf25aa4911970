using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Evorec.Numerics;

namespace Evorec.Networks;

/// <summary>A GRU instance; see <see cref="GruSpec"/> for the equations.</summary>
public sealed class GruNetwork : IRecurrentNetwork, IReadoutFeatures
{
    private readonly GruSpec _spec;
    private readonly double[] _parameters;
    private readonly double[] _resetPrevious;
    private readonly double[] _gates;
    private readonly double[] _candidate;

    // W_r, W_z, W_h stacked with their biases as the addend, giving (bias + input part) of r, z and h̃;
    // U_r and U_z stacked (both multiply h(t−1)); U_h alone (it multiplies r ⊙ h(t−1)). Row groups
    // start at multiples of 4 (zero rows between).
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
        _gates = new double[_stride + units];
        _candidate = new double[units];
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
        // plus biases of r, z and h̃ first, then added to the recurrent products (r and z in one pass).
        _inputWeights.Multiply(input[.._spec.InputCount], _bias, _inputParts);
        _gateWeights.Multiply(previous, _inputParts.AsSpan(0, _stride + units), _gates);
        VectorMath.Logistic(_gates);
        Kernels.Multiply(_gates.AsSpan(0, units), previous, _resetPrevious);
        _candidateWeights.Multiply(_resetPrevious, _inputParts.AsSpan(2 * _stride, units), _candidate);
        VectorMath.Tanh(_candidate);
        Interpolate(_gates.AsSpan(_stride, units), previous, _candidate, _hidden);

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

    /// <summary>h(t) = z ⊙ h(t−1) + (1 − z) ⊙ h̃ — two products, then their sum — four units at a time, then one by one.</summary>
    private static void Interpolate(ReadOnlySpan<double> update, ReadOnlySpan<double> previous, ReadOnlySpan<double> candidate, Span<double> hidden)
    {
        int n = hidden.Length;
        ref double z = ref MemoryMarshal.GetReference(update);
        ref double h = ref MemoryMarshal.GetReference(previous);
        ref double c = ref MemoryMarshal.GetReference(candidate);
        ref double next = ref MemoryMarshal.GetReference(hidden);
        int j = 0;
        for (; j <= n - 4; j += 4)
        {
            Vector256<double> gate = Vector256.LoadUnsafe(ref z, (nuint)j);
            ((gate * Vector256.LoadUnsafe(ref h, (nuint)j)) + ((Vector256<double>.One - gate) * Vector256.LoadUnsafe(ref c, (nuint)j))).StoreUnsafe(ref next, (nuint)j);
        }

        for (; j < n; j++)
        {
            double gate = Unsafe.Add(ref z, j);
            Unsafe.Add(ref next, j) = (gate * Unsafe.Add(ref h, j)) + ((1.0 - gate) * Unsafe.Add(ref c, j));
        }
    }
}
