using Evorec.Numerics;

namespace Evorec.Training.Evolution;

/// <summary>
/// Simulated annealing (Kirkpatrick, Gelatt &amp; Vecchi, "Optimization by simulated annealing",
/// Science 220, 1983) for real-valued weights, in ask/tell form as independent chains: each
/// generation every chain proposes one neighbour of its current point, x′ = x + s·N(0, I), and
/// accepts it by the Metropolis criterion — always when the fitness does not drop, otherwise with
/// probability exp((f′ − f)/T) (fitness is maximized). The temperature falls geometrically,
/// T ← α T every <c>stepsPerTemperature</c> steps (Kirkpatrick et al. lowered it by a constant
/// factor). The continuous neighbourhood follows Corana, Marchesi, Martini &amp; Ridella
/// ("Minimizing multimodal functions of continuous variables with the simulated annealing
/// algorithm", ACM TOMS 13(3), 1987, §3): every N_S = <c>adjustInterval</c> steps the step s is
/// multiplied by 1 + 2(a − 0.6)/0.4 when the acceptance ratio a exceeds 0.6, and divided by
/// 1 + 2(0.4 − a)/0.4 when it is below 0.4 (c = 2) — here one isotropic step per chain, where
/// Corana adapts one per coordinate, and capped at <c>maxStepSize</c> (by default the initial
/// step), where Corana's steps are bounded by the search box. Without an initial temperature, the first N_S steps "melt"
/// the system (every move accepted, no step adjustment) and T₀ is set so that the average
/// worsening move seen is accepted with probability <c>initialAcceptance</c>.
/// Generation 0 evaluates the starting points; generation g draws from stream (key, g).
/// </summary>
/// <remarks>
/// One chain is the classical sequential algorithm (one evaluation per generation); several
/// chains are that algorithm run independently in parallel, sharing the temperature schedule.
/// NaN fitness counts as −∞: such a move is never accepted from a finite point.
/// Metropolis acceptance depends on the fitness scale: on error-based tasks, fitness 1/(1 + error)
/// flattens where the error is large, and an uncapped step rule then grows the step while a hot
/// chain random-walks (measured on Mackey-Glass: the error of the walk reached 1e46 within 2,000
/// steps); hence the default cap and the cooler default start.
/// </remarks>
public sealed class SimulatedAnnealing : IOptimizer
{
    private readonly SimulatedAnnealingOptions _options;
    private readonly StreamKey _key;
    private readonly RandomStream _random;
    private readonly CandidateBatch _proposals;
    private readonly CandidateBatch _current;
    private readonly double[] _currentFitness;
    private readonly double[] _stepSize;
    private readonly int[] _acceptedInWindow;
    private readonly double _maxStepSize;
    private int _generation;
    private long _step;
    private bool _melting;
    private double _worseningSum;
    private long _worseningCount;

    /// <summary>Creates the chains at random starting points.</summary>
    public SimulatedAnnealing(int genomeLength, SimulatedAnnealingOptions options, StreamKey key)
    {
        Validate(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(genomeLength);
        _options = options;
        _key = key;
        GenomeLength = genomeLength;
        int chains = options.Chains;
        _proposals = new CandidateBatch(chains, genomeLength);
        _current = new CandidateBatch(chains, genomeLength);
        _currentFitness = new double[chains];
        _stepSize = new double[chains];
        _acceptedInWindow = new int[chains];
        Array.Fill(_stepSize, options.StepSize);
        _maxStepSize = options.MaxStepSize ?? options.StepSize;
        Temperature = options.InitialTemperature ?? double.PositiveInfinity;
        _melting = options.InitialTemperature is null;
        _random = new RandomStream(key.Then("initial"));
        for (int c = 0; c < chains; c++)
        {
            Span<double> x = _proposals[c];
            for (int i = 0; i < genomeLength; i++)
            {
                x[i] = _random.NextDouble(-options.InitRange, options.InitRange);
            }
        }
    }

    /// <inheritdoc/>
    public int GenomeLength { get; }

    /// <summary>The current temperature (+∞ while melting).</summary>
    public double Temperature { get; private set; }

    /// <summary>Annealing steps taken by each chain so far.</summary>
    public long Steps => _step;

    /// <summary>Proposals accepted so far, over all chains.</summary>
    public long Accepted { get; private set; }

    /// <summary>The current step size of chain <paramref name="chain"/>.</summary>
    public double StepSizeOf(int chain) => _stepSize[chain];

    /// <summary>The current fitness of chain <paramref name="chain"/>.</summary>
    public double CurrentFitnessOf(int chain) => _currentFitness[chain];

    /// <summary>Throws when the options are inconsistent.</summary>
    public static void Validate(SimulatedAnnealingOptions options)
    {
        if (options.Chains < 1)
        {
            throw new ArgumentException("chains must be at least 1.");
        }

        if (!(options.InitRange >= 0) || !double.IsFinite(options.InitRange) || !(options.StepSize > 0) || !double.IsFinite(options.StepSize))
        {
            throw new ArgumentException("initRange must be finite and not negative, and stepSize positive and finite.");
        }

        if (options.MaxStepSize is { } maxStep && (!(maxStep >= options.StepSize) || !double.IsFinite(maxStep)))
        {
            throw new ArgumentException("maxStepSize must be finite and at least stepSize.");
        }

        if (options.InitialTemperature is { } temperature && (!(temperature >= 0) || !double.IsFinite(temperature)))
        {
            throw new ArgumentException("initialTemperature must be finite and not negative.");
        }

        if (!(options.InitialAcceptance > 0 && options.InitialAcceptance < 1))
        {
            throw new ArgumentException("initialAcceptance must lie strictly between 0 and 1.");
        }

        if (!(options.CoolingFactor > 0 && options.CoolingFactor <= 1))
        {
            throw new ArgumentException("coolingFactor must lie in (0, 1].");
        }

        if (options.StepsPerTemperature < 1 || options.AdjustInterval < 1)
        {
            throw new ArgumentException("stepsPerTemperature and adjustInterval must be at least 1.");
        }
    }

    /// <inheritdoc/>
    public CandidateBatch Ask()
    {
        if (_generation == 0)
        {
            return _proposals;
        }

        _random.Reset(_key.Then(_generation));
        for (int c = 0; c < _options.Chains; c++)
        {
            ReadOnlySpan<double> x = _current[c];
            Span<double> proposal = _proposals[c];
            double step = _stepSize[c];
            for (int i = 0; i < GenomeLength; i++)
            {
                proposal[i] = x[i] + (step * _random.NextGaussian());
            }
        }

        return _proposals;
    }

    /// <inheritdoc/>
    public void Tell(ReadOnlySpan<double> fitness)
    {
        int chains = _options.Chains;
        if (fitness.Length != chains)
        {
            throw new ArgumentException($"Expected {chains} fitness values, got {fitness.Length}.", nameof(fitness));
        }

        if (_generation == 0)
        {
            for (int c = 0; c < chains; c++)
            {
                _proposals[c].CopyTo(_current[c]);
                _currentFitness[c] = double.IsNaN(fitness[c]) ? double.NegativeInfinity : fitness[c];
            }

            _generation++;
            return;
        }

        for (int c = 0; c < chains; c++)
        {
            double proposed = double.IsNaN(fitness[c]) ? double.NegativeInfinity : fitness[c];
            double change = proposed - _currentFitness[c];
            bool accept;
            if (proposed >= _currentFitness[c])
            {
                accept = true;
            }
            else if (_melting)
            {
                accept = true;
                if (double.IsFinite(change))
                {
                    _worseningSum -= change;
                    _worseningCount++;
                }
            }
            else
            {
                accept = _random.NextDouble() < Math.Exp(change / Temperature);
            }

            if (accept)
            {
                _proposals[c].CopyTo(_current[c]);
                _currentFitness[c] = proposed;
                _acceptedInWindow[c]++;
                Accepted++;
            }
        }

        _step++;
        _generation++;
        if (_step % _options.AdjustInterval == 0)
        {
            if (_melting)
            {
                EndMelting();
            }
            else
            {
                AdjustSteps();
            }

            Array.Clear(_acceptedInWindow);
        }

        if (!_melting && _step % _options.StepsPerTemperature == 0)
        {
            Temperature *= _options.CoolingFactor;
        }
    }

    private void EndMelting()
    {
        _melting = false;
        double meanWorsening = _worseningCount > 0 ? _worseningSum / _worseningCount : 0.0;
        Temperature = meanWorsening / -Math.Log(_options.InitialAcceptance);
    }

    /// <summary>Corana et al. 1987's step rule (c = 2), applied to each chain's isotropic step.</summary>
    private void AdjustSteps()
    {
        for (int c = 0; c < _options.Chains; c++)
        {
            double ratio = (double)_acceptedInWindow[c] / _options.AdjustInterval;
            if (ratio > 0.6)
            {
                _stepSize[c] *= 1 + (2 * (ratio - 0.6) / 0.4);
            }
            else if (ratio < 0.4)
            {
                _stepSize[c] /= 1 + (2 * (0.4 - ratio) / 0.4);
            }

            _stepSize[c] = Math.Clamp(_stepSize[c], 1e-300, _maxStepSize);
        }
    }
}
