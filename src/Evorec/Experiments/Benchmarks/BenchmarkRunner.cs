using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Evorec.Experiments.Benchmarks;

/// <summary>Runs the peak-FLOPs loop and every <see cref="BenchmarkCases.Standard"/> shape.</summary>
public static class BenchmarkRunner
{
    /// <summary>
    /// Measures everything: peak FLOPs for 4 × <paramref name="duration"/>, each network shape for
    /// 2 × <paramref name="duration"/>, in paired one-thread and all-threads windows. <paramref name="progress"/>
    /// is told each shape's name before it is timed; with <paramref name="only"/>, only the shapes whose
    /// name contains it are timed.
    /// </summary>
    public static BenchmarkReport Run(TimeSpan duration, int threads, Action<string>? progress = null, string? only = null)
    {
        DateTimeOffset date = DateTimeOffset.UtcNow;
        double? load = LoadAverage();
        progress?.Invoke("peak FLOPs");
        PairedRates peak = PeakFlops.Measure(threads, duration * 4);
        var measurements = new List<StepMeasurement>();
        foreach (BenchmarkCase benchmark in BenchmarkCases.Standard().Where(c => only is null || c.Name.Contains(only, StringComparison.OrdinalIgnoreCase)))
        {
            progress?.Invoke(benchmark.Name);
            measurements.Add(StepBenchmark.Measure(benchmark, threads, duration));
        }

        return new BenchmarkReport(date, Machine(), load, threads, peak.OneThread, peak.AllThreads, measurements, peak.Scaling);
    }

    /// <summary>The processor model (from /proc/cpuinfo where present), logical cores, SIMD support, OS and runtime.</summary>
    public static string Machine()
    {
        string model = RuntimeInformation.ProcessArchitecture.ToString();
        try
        {
            if (File.Exists("/proc/cpuinfo"))
            {
                string? line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
                if (line is not null)
                {
                    model = line[(line.IndexOf(':') + 1)..].Trim();
                }
            }
        }
        catch (IOException)
        {
            // Keep the architecture name.
        }

        string simd = Fma.IsSupported && Vector256.IsHardwareAccelerated ? "AVX2+FMA" : "no AVX2+FMA";
        return $"{model}, {Environment.ProcessorCount} logical cores, {simd}, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}";
    }

    /// <summary>The 1-minute load average from /proc/loadavg, or null where it cannot be read.</summary>
    public static double? LoadAverage()
    {
        try
        {
            if (File.Exists("/proc/loadavg"))
            {
                string first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
                return double.Parse(first, System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        catch (IOException)
        {
            // Not available.
        }

        return null;
    }
}
