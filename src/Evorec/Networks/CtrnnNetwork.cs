using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Evorec.Numerics;

namespace Evorec.Networks;

/// <summary>A CTRNN instance; see <see cref="CtrnnSpec"/> for the equations.</summary>
public sealed class CtrnnNetwork : IRecurrentNetwork, IReadoutFeatures
{
    private readonly CtrnnSpec _spec;
    private readonly double[] _parameters;
    private readonly double[] _rateFactor;
    private readonly double[] _gain;
    private readonly double[] _state;
    private readonly double[] _rate;
    private readonly double[] _external;
    private readonly PackedMatrix _recurrentWeights;

    internal CtrnnNetwork(CtrnnSpec spec)
    {
        _spec = spec;
        int neurons = spec.NeuronCount;
        _parameters = new double[spec.Layout.Count];
        _rateFactor = new double[neurons];
        _gain = new double[neurons];
        _state = new double[neurons];
        _rate = new double[neurons];
        _external = new double[neurons];
        _recurrentWeights = new PackedMatrix(neurons, neurons);
    }

    /// <inheritdoc/>
    public int InputCount => _spec.InputCount;

    /// <inheritdoc/>
    public int OutputCount => _spec.OutputCount;

    /// <inheritdoc/>
    public int FeatureCount => _spec.NeuronCount + 1;

    /// <summary>The neuron states y (the integrated quantities).</summary>
    public ReadOnlySpan<double> State => _state;

    /// <summary>The firing rates σ(g ⊙ (y + θ)) after the last step.</summary>
    public ReadOnlySpan<double> FiringRates => _rate;

    /// <inheritdoc/>
    public void Reset()
    {
        Array.Clear(_state);
        Array.Clear(_rate);
    }

    /// <inheritdoc/>
    public void Step(ReadOnlySpan<double> input, Span<double> output)
    {
        int neurons = _spec.NeuronCount;
        int inputs = _spec.InputCount;
        ReadOnlySpan<double> inputWeights = _spec.InputWeights.Slice(_parameters);
        Kernels.MatrixVector(inputWeights, input[..inputs], _external);

        // Each substep: the recurrent product of the rates with the Euler step of each panel's neurons
        // (EulerConsumer, a few additions and multiplications), then the new rates over the vector.
        UpdateRates();
        for (int substep = 0; substep < _spec.Substeps; substep++)
        {
            var euler = new EulerConsumer(this);
            _recurrentWeights.Multiply(_rate, ref euler);
            UpdateRates();
        }

        if (_spec.Output == CtrnnOutput.FiringRate)
        {
            _rate.AsSpan(0, _spec.OutputCount).CopyTo(output);
            return;
        }

        ReadOnlySpan<double> outputWeights = _spec.OutputWeights!.Slice(_parameters);
        ReadOnlySpan<double> outputBias = _spec.OutputBias!.Slice(_parameters);
        for (int k = 0; k < _spec.OutputCount; k++)
        {
            output[k] = outputBias[k] + Kernels.Dot(outputWeights.Slice(k * neurons, neurons), _rate);
        }
    }

    /// <inheritdoc/>
    public void ReadFeatures(Span<double> features)
    {
        _rate.CopyTo(features);
        features[_spec.NeuronCount] = 1.0;
    }

    internal void Load(ReadOnlySpan<double> parameters)
    {
        parameters.CopyTo(_parameters);
        _recurrentWeights.SetRows(0, _spec.RecurrentWeights.Slice(_parameters));
        ReadOnlySpan<double> logTau = _spec.LogTimeConstants.Slice(_parameters);
        for (int i = 0; i < _spec.NeuronCount; i++)
        {
            _rateFactor[i] = _spec.StepSize / Math.Exp(logTau[i]);
            _gain[i] = _spec.LogGains is { } gains ? Math.Exp(gains.Slice(_parameters)[i]) : 1.0;
        }

        Reset();
    }

    /// <summary>
    /// Per panel of the recurrent product W σ: y ← y + (Δt/τ) ⊙ ((−y + W σ) + I) — a negation, two
    /// additions, a multiplication and an addition per neuron, in that order.
    /// </summary>
    private readonly ref struct EulerConsumer(CtrnnNetwork network) : IPanelConsumer
    {
        private readonly Span<double> _state = network._state;
        private readonly ReadOnlySpan<double> _external = network._external;
        private readonly ReadOnlySpan<double> _factor = network._rateFactor;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Accept(Vector256<double> sums, int row, int count)
        {
            Vector256<double> y = PackedMatrix.Load(_state, row, count);
            Vector256<double> derivative = (-y + sums) + PackedMatrix.Load(_external, row, count);
            y += PackedMatrix.Load(_factor, row, count) * derivative;
            PackedMatrix.Store(y, _state, row, count);
        }
    }

    /// <summary>σ(g_j (y_j + θ_j)) for every neuron, from the current state (four neurons at a time, then one by one; the same operations either way).</summary>
    private void UpdateRates()
    {
        int n = _rate.Length;
        ref double bias = ref MemoryMarshal.GetReference(_spec.Bias.Slice(_parameters));
        ref double gain = ref MemoryMarshal.GetArrayDataReference(_gain);
        ref double state = ref MemoryMarshal.GetArrayDataReference(_state);
        ref double rate = ref MemoryMarshal.GetArrayDataReference(_rate);
        int j = 0;
        for (; j <= n - 4; j += 4)
        {
            (Vector256.LoadUnsafe(ref gain, (nuint)j) * (Vector256.LoadUnsafe(ref state, (nuint)j) + Vector256.LoadUnsafe(ref bias, (nuint)j))).StoreUnsafe(ref rate, (nuint)j);
        }

        for (; j < n; j++)
        {
            Unsafe.Add(ref rate, j) = Unsafe.Add(ref gain, j) * (Unsafe.Add(ref state, j) + Unsafe.Add(ref bias, j));
        }

        VectorMath.Logistic(_rate);
    }
}
