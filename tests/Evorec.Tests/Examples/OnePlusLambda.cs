using System.ComponentModel;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Training;

namespace Evorec.Tests.Examples;

// The README's worked example of a trainer, kept here so it is compiled and tested.
public sealed class OnePlusLambdaOptions
{
    [Description("offspring per generation")] public int Lambda { get; set; } = 10;
    [Description("mutation standard deviation")] public double Sigma { get; set; } = 0.1;
}

/// <summary>(1+λ)-ES (Rechenberg 1973; Beyer &amp; Schwefel 2002, §3): keep the best of parent and offspring.</summary>
public sealed class OnePlusLambda : IOptimizer
{
    private readonly OnePlusLambdaOptions _options;
    private readonly StreamKey _key;
    private readonly RandomStream _random;
    private readonly CandidateBatch _batch;
    private readonly double[] _parent;
    private double _parentFitness = double.NegativeInfinity;
    private int _generation;

    public OnePlusLambda(int genomeLength, OnePlusLambdaOptions options, StreamKey key)
    {
        (_options, _key, GenomeLength) = (options, key, genomeLength);
        _random = new RandomStream(key);
        _batch = new CandidateBatch(options.Lambda, genomeLength);
        _parent = new double[genomeLength];
    }

    public int GenomeLength { get; }

    public CandidateBatch Ask()
    {
        _random.Reset(_key.Then(_generation));
        for (int i = 0; i < _batch.Count; i++)
        {
            Span<double> child = _batch[i];
            for (int g = 0; g < GenomeLength; g++)
            {
                child[g] = _parent[g] + (_options.Sigma * _random.NextGaussian());
            }
        }

        return _batch;
    }

    public void Tell(ReadOnlySpan<double> fitness)
    {
        for (int i = 0; i < fitness.Length; i++)
        {
            if (fitness[i] > _parentFitness)
            {
                _parentFitness = fitness[i];
                _batch[i].CopyTo(_parent);
            }
        }

        _generation++;
    }
}
