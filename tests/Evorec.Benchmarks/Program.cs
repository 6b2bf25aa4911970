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
            foreach (int hidden in new[] { 20, 100 })
            {
                var m = Evorec.Experiments.Benchmarks.BpttBenchmark.Measure(hidden, seconds);
                Console.WriteLine($"{m.Network} batch 32 length 100 float64 threads 1: forward {m.ForwardStepsPerSecond:F0} steps/s, forward+backward+adam {m.TrainingStepsPerSecond:F0} steps/s");
            }

            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
