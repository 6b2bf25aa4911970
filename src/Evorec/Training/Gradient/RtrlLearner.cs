using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;

namespace Evorec.Training.Gradient;

/// <summary>
/// Real-time recurrent learning (Williams &amp; Zipser, "A learning algorithm for continually running fully
/// recurrent neural networks", Neural Computation 1(2), 1989, §2, eqs. 8–12) for <see cref="FullyRecurrentSpec"/>:
/// alongside the forward pass it carries the sensitivities p^k_q(t) = ∂y_k(t)/∂θ_q of every neuron k to every
/// parameter q, p^k_q(t) = f′_k · (Σ_l W_kl p^l_q(t−1) + ∂net_k/∂θ_q), p(0) = 0, and adds the gradient
/// Σ_k e_k(t) p^k_q(t) of each step's error (eq. 12) as it goes — O(n²·|θ|) = O(n⁴) time and O(n·|θ|) memory per step.
/// With the updates deferred to the end of a sequence (or minibatch) the gradient is exactly BPTT's; with
/// <c>online</c> the weights change after every scored step, Williams &amp; Zipser's real-time version, whose
/// sensitivities then mix the trajectory's past weights (their §2, "the weight changes are small").
/// </summary>
public sealed class RtrlLearner : ISequenceLearner
{
    private readonly FullyRecurrentSpec _spec;
    private readonly bool _online;
    private double[] _sensitivities;
    private double[] _nextSensitivities;
    private readonly double[] _state;
    private readonly double[] _previousState;
    private readonly double[] _errors;

    /// <summary>Creates the learner; <paramref name="online"/> updates the weights after every scored step.</summary>
    public RtrlLearner(FullyRecurrentSpec spec, bool online)
    {
        _spec = spec;
        _online = online;
        int neurons = spec.NeuronCount;
        int count = spec.Layout.Count;
        _sensitivities = new double[neurons * count];
        _nextSensitivities = new double[neurons * count];
        _state = new double[neurons];
        _previousState = new double[neurons];
        _errors = new double[spec.OutputCount];
        Passes = new FullyRecurrentGradient(spec);
    }

    /// <inheritdoc/>
    public bool UpdatesOnline => _online;

    /// <inheritdoc/>
    public IDifferentiableNetwork Passes { get; }

    /// <inheritdoc/>
    public long Learn(Span<double> parameters, Sequence sequence, Span<double> gradient, double scale, GradientUpdate update)
    {
        int neurons = _spec.NeuronCount;
        int inputCount = _spec.InputCount;
        int outputCount = _spec.OutputCount;
        int count = _spec.Layout.Count;
        int recurrentOffset = _spec.RecurrentWeights.Offset;
        int inputOffset = _spec.InputWeights.Offset;
        int biasOffset = _spec.Bias?.Offset ?? -1;
        Array.Clear(_sensitivities);
        Array.Clear(_state);
        double stepScale = 1.0 / outputCount;
        for (int t = 0; t < sequence.Length; t++)
        {
            ReadOnlySpan<double> recurrent = _spec.RecurrentWeights.Slice(parameters);
            ReadOnlySpan<double> inputWeights = _spec.InputWeights.Slice(parameters);
            ReadOnlySpan<double> bias = _spec.Bias is { } b ? b.Slice(parameters) : default;
            ReadOnlySpan<double> x = sequence.InputAt(t);
            _state.CopyTo(_previousState.AsSpan());
            for (int k = 0; k < neurons; k++)
            {
                double sum = (bias.IsEmpty ? 0.0 : bias[k])
                    + Kernels.Dot(recurrent.Slice(k * neurons, neurons), _previousState)
                    + Kernels.Dot(inputWeights.Slice(k * inputCount, inputCount), x);
                _state[k] = ActivationFunctions.Apply(k < outputCount ? _spec.OutputActivation : _spec.HiddenActivation, sum);
            }

            for (int k = 0; k < neurons; k++)
            {
                Span<double> next = _nextSensitivities.AsSpan(k * count, count);
                next.Clear();
                ReadOnlySpan<double> weights = recurrent.Slice(k * neurons, neurons);
                for (int l = 0; l < neurons; l++)
                {
                    double w = weights[l];
                    if (w == 0.0)
                    {
                        continue;
                    }

                    ReadOnlySpan<double> old = _sensitivities.AsSpan(l * count, count);
                    for (int q = 0; q < count; q++)
                    {
                        next[q] += w * old[q];
                    }
                }

                for (int j = 0; j < neurons; j++)
                {
                    next[recurrentOffset + (k * neurons) + j] += _previousState[j];
                }

                for (int m = 0; m < inputCount; m++)
                {
                    next[inputOffset + (k * inputCount) + m] += x[m];
                }

                if (biasOffset >= 0)
                {
                    next[biasOffset + k] += 1.0;
                }

                double slope = Derivatives.OfActivation(k < outputCount ? _spec.OutputActivation : _spec.HiddenActivation, _state[k]);
                for (int q = 0; q < count; q++)
                {
                    next[q] *= slope;
                }
            }

            (_sensitivities, _nextSensitivities) = (_nextSensitivities, _sensitivities);
            if (t < sequence.Washout)
            {
                continue;
            }

            ReadOnlySpan<double> targets = sequence.TargetAt(t);
            double errorScale = _online ? stepScale : scale;
            for (int k = 0; k < outputCount; k++)
            {
                _errors[k] = 2.0 * (_state[k] - targets[k]) * errorScale;
            }

            for (int k = 0; k < outputCount; k++)
            {
                double e = _errors[k];
                ReadOnlySpan<double> row = _sensitivities.AsSpan(k * count, count);
                for (int q = 0; q < count; q++)
                {
                    gradient[q] += e * row[q];
                }
            }

            if (_online)
            {
                update.Apply(parameters, gradient);
            }
        }

        return 0;
    }
}
