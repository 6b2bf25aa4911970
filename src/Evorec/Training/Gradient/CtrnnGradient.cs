using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Training.Gradient;

/// <summary>
/// Forward and backward passes of <see cref="CtrnnSpec"/> (Beer, "On the dynamics of small continuous-time
/// recurrent neural networks", Adaptive Behavior 3(4), 1995, eq. 1), differentiated through the forward
/// Euler steps the network takes: with r = σ(g ⊙ (y + θ)), c = dt / τ = dt · e^(−log τ), g = e^(log g),
/// D = −y + W r + I and I = W_in x(t) held over the step, each Euler step is y′ = y + c ⊙ D; the outputs
/// read the rates after the step's last Euler step (o = W_out r + b_out, or o_k = r_k).
/// Backward through one Euler step, with e = c ⊙ ∂L/∂y′: ∂L/∂W += e rᵀ, ∂L/∂I += e,
/// ∂L/∂log τ += −e ⊙ D, ∂L/∂r = Wᵀ e and ∂L/∂y = (1 − c) ⊙ ∂L/∂y′ + ∂L/∂y|_r, where a rate gradient
/// ∂L/∂r gives, with ρ = ∂L/∂r ⊙ r ⊙ (1 − r): ∂L/∂y|_r = ρ ⊙ g, ∂L/∂θ += ρ ⊙ g and ∂L/∂log g += ρ ⊙ g ⊙ (y + θ).
/// </summary>
public sealed class CtrnnGradient : RecordedPasses<CtrnnSpec>
{
    private readonly double[] _rateFactor;
    private readonly double[] _gain;
    private readonly double[] _stateGradient;
    private readonly double[] _rateGradient;
    private readonly double[] _externalGradient;
    private double[] _external = [];
    private double[] _states = [];
    private double[] _rates = [];
    private double[] _derivatives = [];

    /// <summary>Creates the passes for <paramref name="spec"/>.</summary>
    public CtrnnGradient(CtrnnSpec spec)
        : base(spec)
    {
        int neurons = spec.NeuronCount;
        _rateFactor = new double[neurons];
        _gain = new double[neurons];
        _stateGradient = new double[neurons];
        _rateGradient = new double[neurons];
        _externalGradient = new double[neurons];
    }

    /// <inheritdoc/>
    protected override void ForwardSteps(ReadOnlySpan<double> parameters, ReadOnlySpan<double> inputs, int from, int to, Span<double> outputs)
    {
        int neurons = Spec.NeuronCount;
        int inputCount = Spec.InputCount;
        int substeps = Spec.Substeps;
        Coefficients(parameters);
        ReadOnlySpan<double> inputWeights = Spec.InputWeights.Slice(parameters);
        ReadOnlySpan<double> recurrent = Spec.RecurrentWeights.Slice(parameters);
        ReadOnlySpan<double> bias = Spec.Bias.Slice(parameters);
        int first = from * substeps;
        if (from == 0)
        {
            Array.Clear(_states, 0, neurons);
        }

        Rates(bias, first);
        for (int t = from; t < to; t++)
        {
            ReadOnlySpan<double> x = inputs.Slice(t * inputCount, inputCount);
            Span<double> external = _external.AsSpan(t * neurons, neurons);
            for (int i = 0; i < neurons; i++)
            {
                external[i] = Kernels.Dot(inputWeights.Slice(i * inputCount, inputCount), x);
            }

            for (int s = 0; s < substeps; s++)
            {
                int index = (t * substeps) + s;
                ReadOnlySpan<double> state = _states.AsSpan(index * neurons, neurons);
                Span<double> next = _states.AsSpan((index + 1) * neurons, neurons);
                Span<double> derivative = _derivatives.AsSpan(index * neurons, neurons);
                Kernels.MatrixVector(recurrent, _rates.AsSpan(index * neurons, neurons), derivative);
                for (int i = 0; i < neurons; i++)
                {
                    derivative[i] = -state[i] + derivative[i] + external[i];
                    next[i] = state[i] + (_rateFactor[i] * derivative[i]);
                }

                Rates(bias, index + 1);
            }

            WriteOutputs(parameters, t, outputs);
        }
    }

    /// <inheritdoc/>
    protected override void BackwardSteps(ReadOnlySpan<double> parameters, ReadOnlySpan<double> outputGradients, Span<double> gradient, int from, int to)
    {
        int neurons = Spec.NeuronCount;
        int inputCount = Spec.InputCount;
        int outputCount = Spec.OutputCount;
        int substeps = Spec.Substeps;
        Coefficients(parameters);
        ReadOnlySpan<double> recurrent = Spec.RecurrentWeights.Slice(parameters);
        Span<double> inputWeightGradient = gradient.Slice(Spec.InputWeights.Offset, Spec.InputWeights.Length);
        Span<double> recurrentGradient = gradient.Slice(Spec.RecurrentWeights.Offset, Spec.RecurrentWeights.Length);
        Span<double> logTauGradient = gradient.Slice(Spec.LogTimeConstants.Offset, Spec.LogTimeConstants.Length);
        Array.Clear(_stateGradient);
        for (int t = to - 1; t >= from; t--)
        {
            int last = (t + 1) * substeps;
            ReadOnlySpan<double> rates = _rates.AsSpan(last * neurons, neurons);
            if (Spec.Output == CtrnnOutput.Readout)
            {
                ReadOnlySpan<double> outputWeights = Spec.OutputWeights!.Slice(parameters);
                Span<double> outputWeightGradient = gradient.Slice(Spec.OutputWeights.Offset, Spec.OutputWeights.Length);
                Span<double> outputBiasGradient = gradient.Slice(Spec.OutputBias!.Offset, Spec.OutputBias.Length);
                Array.Clear(_rateGradient);
                for (int k = 0; k < outputCount; k++)
                {
                    double delta = outputGradients[(t * outputCount) + k];
                    outputBiasGradient[k] += delta;
                    Span<double> row = outputWeightGradient.Slice(k * neurons, neurons);
                    ReadOnlySpan<double> weights = outputWeights.Slice(k * neurons, neurons);
                    for (int j = 0; j < neurons; j++)
                    {
                        row[j] += delta * rates[j];
                        _rateGradient[j] += delta * weights[j];
                    }
                }
            }
            else
            {
                Array.Clear(_rateGradient);
                outputGradients.Slice(t * outputCount, outputCount).CopyTo(_rateGradient);
            }

            ThroughRates(parameters, gradient, last);
            Array.Clear(_externalGradient);
            for (int s = substeps - 1; s >= 0; s--)
            {
                int index = (t * substeps) + s;
                ReadOnlySpan<double> derivative = _derivatives.AsSpan(index * neurons, neurons);
                ReadOnlySpan<double> previousRates = _rates.AsSpan(index * neurons, neurons);
                Array.Clear(_rateGradient);
                for (int i = 0; i < neurons; i++)
                {
                    double e = _rateFactor[i] * _stateGradient[i];
                    logTauGradient[i] -= e * derivative[i];
                    _externalGradient[i] += e;
                    _stateGradient[i] -= e;
                    if (e == 0.0)
                    {
                        continue;
                    }

                    Span<double> row = recurrentGradient.Slice(i * neurons, neurons);
                    ReadOnlySpan<double> weights = recurrent.Slice(i * neurons, neurons);
                    for (int j = 0; j < neurons; j++)
                    {
                        row[j] += e * previousRates[j];
                        _rateGradient[j] += e * weights[j];
                    }
                }

                ThroughRates(parameters, gradient, index);
            }

            ReadOnlySpan<double> x = RecordedInput(t);
            for (int i = 0; i < neurons; i++)
            {
                Span<double> row = inputWeightGradient.Slice(i * inputCount, inputCount);
                for (int m = 0; m < inputCount; m++)
                {
                    row[m] += _externalGradient[i] * x[m];
                }
            }
        }
    }

    /// <summary>
    /// Moves the rate gradient at state <paramref name="index"/> onto the state gradient, the biases and the
    /// log gains: r = σ(g (y + θ)), so ∂r/∂y = ∂r/∂θ = g r (1 − r) and ∂r/∂log g = g (y + θ) r (1 − r).
    /// </summary>
    private void ThroughRates(ReadOnlySpan<double> parameters, Span<double> gradient, int index)
    {
        int neurons = Spec.NeuronCount;
        ReadOnlySpan<double> rates = _rates.AsSpan(index * neurons, neurons);
        ReadOnlySpan<double> states = _states.AsSpan(index * neurons, neurons);
        ReadOnlySpan<double> bias = Spec.Bias.Slice(parameters);
        Span<double> biasGradient = gradient.Slice(Spec.Bias.Offset, Spec.Bias.Length);
        Span<double> logGainGradient = Spec.LogGains is { } gains ? gradient.Slice(gains.Offset, gains.Length) : default;
        for (int j = 0; j < neurons; j++)
        {
            double net = _rateGradient[j] * rates[j] * (1.0 - rates[j]) * _gain[j];
            _stateGradient[j] += net;
            biasGradient[j] += net;
            if (!logGainGradient.IsEmpty)
            {
                logGainGradient[j] += net * (states[j] + bias[j]);
            }
        }
    }

    /// <summary>c = dt / τ and g from the log-encoded genes, exactly as <see cref="CtrnnNetwork"/> computes them.</summary>
    private void Coefficients(ReadOnlySpan<double> parameters)
    {
        ReadOnlySpan<double> logTau = Spec.LogTimeConstants.Slice(parameters);
        for (int i = 0; i < Spec.NeuronCount; i++)
        {
            _rateFactor[i] = Spec.StepSize / Math.Exp(logTau[i]);
            _gain[i] = Spec.LogGains is { } gains ? Math.Exp(gains.Slice(parameters)[i]) : 1.0;
        }
    }

    /// <summary>σ(g_j (y_j + θ_j)) of state <paramref name="index"/>.</summary>
    private void Rates(ReadOnlySpan<double> bias, int index)
    {
        int neurons = Spec.NeuronCount;
        ReadOnlySpan<double> states = _states.AsSpan(index * neurons, neurons);
        Span<double> rates = _rates.AsSpan(index * neurons, neurons);
        for (int j = 0; j < neurons; j++)
        {
            rates[j] = 1.0 / (1.0 + Math.Exp(-_gain[j] * (states[j] + bias[j])));
        }
    }

    private void WriteOutputs(ReadOnlySpan<double> parameters, int t, Span<double> outputs)
    {
        int neurons = Spec.NeuronCount;
        int outputCount = Spec.OutputCount;
        ReadOnlySpan<double> rates = _rates.AsSpan((t + 1) * Spec.Substeps * neurons, neurons);
        if (Spec.Output == CtrnnOutput.FiringRate)
        {
            rates[..outputCount].CopyTo(outputs.Slice(t * outputCount, outputCount));
            return;
        }

        ReadOnlySpan<double> outputWeights = Spec.OutputWeights!.Slice(parameters);
        ReadOnlySpan<double> outputBias = Spec.OutputBias!.Slice(parameters);
        for (int k = 0; k < outputCount; k++)
        {
            outputs[(t * outputCount) + k] = outputBias[k] + Kernels.Dot(outputWeights.Slice(k * neurons, neurons), rates);
        }
    }

    /// <inheritdoc/>
    protected override void Grow(int length)
    {
        int neurons = Spec.NeuronCount;
        int states = (length * Spec.Substeps) + 1;
        Array.Resize(ref _external, length * neurons);
        Array.Resize(ref _states, states * neurons);
        Array.Resize(ref _rates, states * neurons);
        Array.Resize(ref _derivatives, (states - 1) * neurons);
    }
}
