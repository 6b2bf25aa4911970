using Evorec.Numerics;

namespace Evorec.Training.Evolution;

/// <summary>
/// Particle swarm optimization (Kennedy &amp; Eberhart, "Particle swarm optimization", ICNN 1995)
/// in the constriction form of Clerc &amp; Kennedy ("The particle swarm — explosion, stability, and
/// convergence in a multidimensional complex space", IEEE TEC 6(1), 2002; their type 1″
/// constriction with κ = 1): per component,
/// v ← χ (v + φ₁ u₁ (p − x) + φ₂ u₂ (g − x)), x ← x + v, with u₁, u₂ uniform on [0, 1], p the
/// particle's best position, g its neighbourhood's best, and χ = 2 / |2 − φ − √(φ² − 4φ)|,
/// φ = φ₁ + φ₂ &gt; 4 (φ₁ = φ₂ = 2.05 gives χ ≈ 0.7298). Updates are synchronous: Tell updates
/// every personal best, then the neighbourhood bests, then moves every particle.
/// Generation g draws from stream (key, g).
/// </summary>
/// <remarks>
/// Initial velocities (uniform in [−initRange, initRange]) are our choice; the paper does not fix
/// them. NaN fitness counts as −∞, so it never becomes a best. The equation numbering of the paper
/// is not cited because we could not check it.
/// </remarks>
public sealed class ParticleSwarmOptimization : IOptimizer
{
    private readonly ParticleSwarmOptions _options;
    private readonly StreamKey _key;
    private readonly RandomStream _random;
    private readonly CandidateBatch _positions;
    private readonly CandidateBatch _personalBest;
    private readonly double[] _velocities;
    private readonly double[] _personalBestFitness;
    private readonly int[] _informer;
    private int _generation;

    /// <summary>Creates the swarm at random positions.</summary>
    public ParticleSwarmOptimization(int genomeLength, ParticleSwarmOptions options, StreamKey key)
    {
        Validate(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(genomeLength);
        _options = options;
        _key = key;
        GenomeLength = genomeLength;
        int count = options.Particles;
        _positions = new CandidateBatch(count, genomeLength);
        _personalBest = new CandidateBatch(count, genomeLength);
        _velocities = new double[count * genomeLength];
        _personalBestFitness = new double[count];
        _informer = new int[count];
        Array.Fill(_personalBestFitness, double.NegativeInfinity);
        double phi = options.Cognitive + options.Social;
        Constriction = 2.0 / Math.Abs(2.0 - phi - Math.Sqrt((phi * phi) - (4.0 * phi)));
        _random = new RandomStream(key.Then("initial"));
        double range = options.InitRange;
        for (int p = 0; p < count; p++)
        {
            Span<double> x = _positions[p];
            for (int i = 0; i < genomeLength; i++)
            {
                x[i] = _random.NextDouble(-range, range);
            }

            x.CopyTo(_personalBest[p]);
        }

        for (int i = 0; i < _velocities.Length; i++)
        {
            _velocities[i] = _random.NextDouble(-range, range);
        }
    }

    /// <inheritdoc/>
    public int GenomeLength { get; }

    /// <summary>The constriction coefficient χ.</summary>
    public double Constriction { get; }

    /// <summary>Throws when the options are inconsistent.</summary>
    public static void Validate(ParticleSwarmOptions options)
    {
        if (options.Particles < 2)
        {
            throw new ArgumentException("particles must be at least 2.");
        }

        if (!(options.Cognitive >= 0) || !(options.Social >= 0) || !(options.Cognitive + options.Social > 4) || !double.IsFinite(options.Cognitive + options.Social))
        {
            throw new ArgumentException("cognitive and social must not be negative and must sum to more than 4 (the constriction coefficient needs phi > 4).");
        }

        if (!(options.InitRange >= 0) || !double.IsFinite(options.InitRange))
        {
            throw new ArgumentException("initRange must be finite and not negative.");
        }

        if (options.MaxVelocity is { } bound && !(bound > 0))
        {
            throw new ArgumentException("maxVelocity must be positive when given.");
        }
    }

    /// <inheritdoc/>
    public CandidateBatch Ask() => _positions;

    /// <inheritdoc/>
    public void Tell(ReadOnlySpan<double> fitness)
    {
        int count = _options.Particles;
        int n = GenomeLength;
        if (fitness.Length != count)
        {
            throw new ArgumentException($"Expected {count} fitness values, got {fitness.Length}.", nameof(fitness));
        }

        for (int p = 0; p < count; p++)
        {
            double f = double.IsNaN(fitness[p]) ? double.NegativeInfinity : fitness[p];
            if (f > _personalBestFitness[p])
            {
                _personalBestFitness[p] = f;
                _positions[p].CopyTo(_personalBest[p]);
            }
        }

        FindInformers(count);
        _random.Reset(_key.Then(_generation));
        double chi = Constriction;
        double bound = _options.MaxVelocity ?? double.PositiveInfinity;
        for (int p = 0; p < count; p++)
        {
            Span<double> x = _positions[p];
            ReadOnlySpan<double> own = _personalBest[p];
            ReadOnlySpan<double> social = _personalBest[_informer[p]];
            Span<double> v = _velocities.AsSpan(p * n, n);
            for (int i = 0; i < n; i++)
            {
                double velocity = chi * (v[i]
                    + (_options.Cognitive * _random.NextDouble() * (own[i] - x[i]))
                    + (_options.Social * _random.NextDouble() * (social[i] - x[i])));
                velocity = Math.Clamp(velocity, -bound, bound);
                v[i] = velocity;
                x[i] += velocity;
            }
        }

        _generation++;
    }

    /// <summary>For each particle, the particle whose best position it follows.</summary>
    private void FindInformers(int count)
    {
        if (_options.Topology == SwarmTopology.Global)
        {
            int best = 0;
            for (int p = 1; p < count; p++)
            {
                if (_personalBestFitness[p] > _personalBestFitness[best])
                {
                    best = p;
                }
            }

            Array.Fill(_informer, best);
            return;
        }

        for (int p = 0; p < count; p++)
        {
            int left = (p + count - 1) % count;
            int right = (p + 1) % count;
            int best = left;
            if (_personalBestFitness[p] > _personalBestFitness[best] || (_personalBestFitness[p] == _personalBestFitness[best] && p < best))
            {
                best = p;
            }

            if (_personalBestFitness[right] > _personalBestFitness[best] || (_personalBestFitness[right] == _personalBestFitness[best] && right < best))
            {
                best = right;
            }

            _informer[p] = best;
        }
    }
}
