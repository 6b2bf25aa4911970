using BenchmarkDotNet.Running;

namespace Evorec.Benchmarks;

/// <summary>Entry point: BenchmarkDotNet's switcher over the benchmark classes in this assembly.</summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected by the command-line arguments (for example <c>--filter '*'</c>).</summary>
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
