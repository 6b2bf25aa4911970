using BenchmarkDotNet.Attributes;
using Evorec.Experiments.Benchmarks;
using Evorec.Networks;

namespace Evorec.Benchmarks;

/// <summary>One <see cref="IRecurrentNetwork.Step"/> for every shape <c>evorec bench</c> times.</summary>
[MemoryDiagnoser]
public class NetworkStepBenchmarks
{
    private IRecurrentNetwork _network = null!;
    private readonly double[] _input = [0.3];
    private readonly double[] _output = [0.0];

    /// <summary>The shapes, by name (see <see cref="BenchmarkCases.Standard"/>).</summary>
    public static IEnumerable<string> Names => BenchmarkCases.Standard().Select(c => c.Name);

    /// <summary>The shape timed.</summary>
    [ParamsSource(nameof(Names))]
    public string Shape { get; set; } = "";

    /// <summary>Creates and loads the network.</summary>
    [GlobalSetup]
    public void Setup()
    {
        BenchmarkCase benchmark = BenchmarkCases.Standard().Single(c => c.Name == Shape);
        _network = benchmark.Spec.Create();
        benchmark.Spec.Load(benchmark.Parameters(), _network);
    }

    /// <summary>One step.</summary>
    [Benchmark]
    public void Step() => _network.Step(_input, _output);
}
