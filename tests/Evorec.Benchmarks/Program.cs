using BenchmarkDotNet.Running;

namespace Evorec.Benchmarks;

/// <summary>
/// Entry point. <c>bptt [seconds]</c> measures BPTT training throughput (compare with
/// pytorch/bptt_lstm.py); anything else goes to BenchmarkDotNet's switcher over the benchmark
/// classes in this assembly (for example <c>--filter '*'</c>).
/// </summary>
public static class Program
{
    /// <summary>Runs the selected measurement.</summary>
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "bptt")
        {
            double seconds = args.Length > 1 ? double.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3.0;
            BpttThroughput.Run([20, 100], seconds);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
