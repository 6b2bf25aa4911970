using Evorec.Numerics;
using MathNet.Numerics.LinearAlgebra;

namespace Evorec.Networks;

/// <summary>
/// The fixed random part of an echo state network, drawn once from a stream key: a sparse
/// reservoir matrix with a fixed in-degree, normalised to spectral radius 1, and unscaled input,
/// bias and feedback weights uniform in [−1, 1]. Each part has its own sub-stream, so changing one
/// option (say, turning feedback on) leaves the other draws unchanged.
/// </summary>
/// <remarks>
/// Reservoir unit i receives from <see cref="InDegree"/> distinct units chosen uniformly without
/// replacement (sorted ascending), with weights uniform in [−1, 1]; the matrix is then divided by
/// its spectral radius, computed from the eigenvalues of the dense matrix (MathNet.Numerics EVD).
/// Jaeger's recipe ("The 'echo state' approach to analysing and training recurrent neural networks",
/// GMD Report 148, 2001) is a sparse random matrix scaled to a chosen spectral radius; the weight
/// distribution varies between his examples. The fixed in-degree makes the number of reservoir
/// weights (and so the genome length when they evolve) a formula, reservoir × in-degree.
/// </remarks>
public sealed class EsnReservoir
{
    private readonly int[] _sources;
    private readonly double[] _weights;
    private readonly double[] _inputWeights;
    private readonly double[] _bias;
    private readonly double[] _feedbackWeights;

    private EsnReservoir(int size, int inDegree, int[] sources, double[] weights, double[] inputWeights, double[] bias, double[] feedbackWeights, double rawSpectralRadius)
    {
        Size = size;
        InDegree = inDegree;
        _sources = sources;
        _weights = weights;
        _inputWeights = inputWeights;
        _bias = bias;
        _feedbackWeights = feedbackWeights;
        RawSpectralRadius = rawSpectralRadius;
    }

    /// <summary>Number of reservoir units.</summary>
    public int Size { get; }

    /// <summary>Incoming reservoir connections per unit.</summary>
    public int InDegree { get; }

    /// <summary>The spectral radius of the drawn matrix before normalisation.</summary>
    public double RawSpectralRadius { get; }

    /// <summary>Sending unit of each connection: entry i × in-degree + s is the s-th source of unit i.</summary>
    public ReadOnlySpan<int> Sources => _sources;

    /// <summary>Weight of each connection (same order as <see cref="Sources"/>), scaled to spectral radius 1.</summary>
    public ReadOnlySpan<double> Weights => _weights;

    /// <summary>Unscaled input weights (units × inputs, row-major), uniform in [−1, 1].</summary>
    public ReadOnlySpan<double> InputWeights => _inputWeights;

    /// <summary>Unscaled biases (units), uniform in [−1, 1].</summary>
    public ReadOnlySpan<double> Bias => _bias;

    /// <summary>Unscaled feedback weights (units × outputs, row-major), uniform in [−1, 1].</summary>
    public ReadOnlySpan<double> FeedbackWeights => _feedbackWeights;

    /// <summary>The in-degree for <paramref name="size"/> units at <paramref name="connectivity"/>: round(connectivity × size), at least 1.</summary>
    public static int InDegreeFor(int size, double connectivity) =>
        Math.Clamp((int)Math.Round(connectivity * size, MidpointRounding.AwayFromZero), 1, size);

    /// <summary>Draws a reservoir from <paramref name="key"/>.</summary>
    /// <exception cref="ArgumentException">The drawn matrix has spectral radius 0 (too sparse to recur).</exception>
    public static EsnReservoir Draw(int size, int inDegree, int inputCount, int outputCount, StreamKey key)
    {
        var random = new RandomStream(key.Then("reservoir"));
        var sources = new int[size * inDegree];
        var weights = new double[size * inDegree];
        var candidates = new int[size];
        for (int i = 0; i < size; i++)
        {
            for (int j = 0; j < size; j++)
            {
                candidates[j] = j;
            }

            // Partial Fisher-Yates: the first inDegree entries are a uniform sample without replacement.
            for (int s = 0; s < inDegree; s++)
            {
                int pick = s + random.NextInt(size - s);
                (candidates[s], candidates[pick]) = (candidates[pick], candidates[s]);
            }

            Array.Sort(candidates, 0, inDegree);
            for (int s = 0; s < inDegree; s++)
            {
                sources[(i * inDegree) + s] = candidates[s];
                weights[(i * inDegree) + s] = random.NextDouble(-1.0, 1.0);
            }
        }

        double radius = SpectralRadius(size, inDegree, sources, weights);
        if (!(radius > 1e-12))
        {
            throw new ArgumentException($"the drawn {size}-unit reservoir has spectral radius {radius} (no recurrent cycle); raise connectivity or reservoir.");
        }

        for (int c = 0; c < weights.Length; c++)
        {
            weights[c] /= radius;
        }

        return new EsnReservoir(
            size,
            inDegree,
            sources,
            weights,
            Uniform(size * inputCount, key.Then("input")),
            Uniform(size, key.Then("bias")),
            Uniform(size * outputCount, key.Then("feedback")),
            radius);
    }

    /// <summary>The largest eigenvalue modulus of the sparse matrix given by <paramref name="sources"/> and <paramref name="weights"/>.</summary>
    public static double SpectralRadius(int size, int inDegree, ReadOnlySpan<int> sources, ReadOnlySpan<double> weights)
    {
        Matrix<double> dense = Matrix<double>.Build.Dense(size, size);
        for (int i = 0; i < size; i++)
        {
            for (int s = 0; s < inDegree; s++)
            {
                dense[i, sources[(i * inDegree) + s]] = weights[(i * inDegree) + s];
            }
        }

        return dense.Evd().EigenValues.Select(value => value.Magnitude).DefaultIfEmpty(0.0).Max();
    }

    private static double[] Uniform(int count, StreamKey key)
    {
        var random = new RandomStream(key);
        var values = new double[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = random.NextDouble(-1.0, 1.0);
        }

        return values;
    }
}
