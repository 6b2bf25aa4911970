using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Evorec.Experiments;
using Evorec.Experiments.Benchmarks;
using Spectre.Console;

namespace Evorec.Cli.Commands;

/// <summary><c>evorec bench [--quick] [--json] [--threads N] [--population | --bptt | --neat]</c>: network steps per second per kind, as a fraction of the measured peak FLOP rate.</summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var command = new Command("bench", "time every network kind (steps per second, bytes per step, fraction of measured peak FLOPs, paired one-thread/all-threads scaling); about 40 s, a few with --quick");
        var quick = new Option<bool>("--quick") { Description = "time each measurement briefly (a few seconds in total; noisier)" };
        var json = new Option<bool>("--json") { Description = "print the report as JSON instead of a table" };
        var threads = new Option<int?>("--threads") { Description = "threads for the all-threads figures (default: all logical cores)" };
        command.Options.Add(quick);
        command.Options.Add(json);
        command.Options.Add(threads);
        var only = new Option<string?>("--only") { Description = "time only the network shapes whose name contains this (such as 'elman' or '1-100-1')" };
        command.Options.Add(only);
        var population = new Option<bool>("--population") { Description = "instead: population evaluation, 1,000 LSTM 1-10-1 networks (100 with --quick) × 1,000 steps, on 1 thread and all threads" };
        command.Options.Add(population);
        var bptt = new Option<bool>("--bptt") { Description = "instead: BPTT training throughput, LSTM 1-20-1 and 1-100-1, batch 32, length 100, Adam, one thread (compare pytorch/bptt_lstm.py)" };
        command.Options.Add(bptt);
        var neat = new Option<bool>("--neat") { Description = "instead: NEAT on XOR, evaluations per second of the whole generational loop (experiments/xor.json's setup) over 100 generations (networks of XOR's size) and 1,000 (grown networks), on 1 thread and all threads" };
        command.Options.Add(neat);
        command.SetAction(parsed =>
        {
            int threadCount = parsed.GetValue(threads) ?? Environment.ProcessorCount;
            if (threadCount < 1)
            {
                return ErrorOutput.Fail("--threads: must be at least 1", ExitCodes.InvalidInput);
            }

            TimeSpan duration = parsed.GetValue(quick) ? TimeSpan.FromMilliseconds(80) : TimeSpan.FromMilliseconds(800);
            bool asJson = parsed.GetValue(json);
            if (parsed.GetValue(bptt))
            {
                return Bptt(parsed.GetValue(quick) ? 0.5 : 3.0, asJson);
            }

            if (parsed.GetValue(neat))
            {
                return Neat(parsed.GetValue(quick) ? 20 : 1000, threadCount, asJson);
            }

            if (parsed.GetValue(population))
            {
                return Population(parsed.GetValue(quick) ? 100 : 1000, threadCount, asJson);
            }

            BenchmarkReport report = BenchmarkRunner.Run(duration, threadCount, asJson ? null : name => Console.Error.Write($"\rtiming {name,-30}"), parsed.GetValue(only));
            if (asJson)
            {
                Console.Out.WriteLine(JsonSerializer.Serialize(ToJson(report), new JsonSerializerOptions { WriteIndented = true }));
                return ExitCodes.Success;
            }

            Console.Error.Write($"\r{new string(' ', 40)}\r");
            Print(report);
            return ExitCodes.Success;
        });
        return command;
    }

    private static int Bptt(double seconds, bool asJson)
    {
        BpttMeasurement[] measurements = [BpttBenchmark.Measure(20, seconds), BpttBenchmark.Measure(100, seconds)];
        if (asJson)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(
                new { batch = BpttBenchmark.Batch, length = BpttBenchmark.Length, threads = 1, precision = "float64", optimizer = "adam", networks = measurements.Select(m => new { network = m.Network, forward_steps_per_second = m.ForwardStepsPerSecond, training_steps_per_second = m.TrainingStepsPerSecond }) },
                new JsonSerializerOptions { WriteIndented = true }));
            return ExitCodes.Success;
        }

        var table = new Table().AddColumns("network", "forward steps/s", "forward+backward+Adam steps/s");
        foreach (BpttMeasurement m in measurements)
        {
            table.AddRow(m.Network, m.ForwardStepsPerSecond.ToString("N0", CultureInfo.InvariantCulture), m.TrainingStepsPerSecond.ToString("N0", CultureInfo.InvariantCulture));
        }

        AnsiConsole.MarkupLine($"BPTT, batch {BpttBenchmark.Batch}, length {BpttBenchmark.Length}, Adam, one thread, float64:");
        AnsiConsole.Write(table);
        return ExitCodes.Success;
    }

    private static int Neat(int generations, int threads, bool asJson)
    {
        // Best of several, so the first pass's JIT compilation is not timed; the long runs go first,
        // so the short ones (networks of XOR's size) run fully compiled code.
        int earlyGenerations = Math.Min(generations, EarlyGenerations);
        NeatThroughput one = BestOf(2, () => NeatXorBenchmark.Measure(generations, 1));
        NeatThroughput all = BestOf(2, () => NeatXorBenchmark.Measure(generations, threads));
        NeatThroughput earlyOne = BestOf(10, () => NeatXorBenchmark.Measure(earlyGenerations, 1));
        NeatThroughput earlyAll = BestOf(10, () => NeatXorBenchmark.Measure(earlyGenerations, threads));
        if (asJson)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(
                new
                {
                    date = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture), machine = BenchmarkRunner.Machine(), loadAverage = BenchmarkRunner.LoadAverage(), task = "xor", population = 150, generations, threads,
                    evaluationsPerSecondOneThread = one.EvaluationsPerSecond, evaluationsPerSecondAllThreads = all.EvaluationsPerSecond,
                    finalMeanConnections = one.FinalMeanConnections, finalMeanHiddenNodes = one.FinalMeanHiddenNodes,
                    early = new { generations = earlyGenerations, evaluationsPerSecondOneThread = earlyOne.EvaluationsPerSecond, evaluationsPerSecondAllThreads = earlyAll.EvaluationsPerSecond, finalMeanConnections = earlyOne.FinalMeanConnections, finalMeanHiddenNodes = earlyOne.FinalMeanHiddenNodes },
                },
                new JsonSerializerOptions { WriteIndented = true }));
            return ExitCodes.Success;
        }

        AnsiConsole.MarkupLine($"NEAT on XOR, population 150:");
        AnsiConsole.MarkupLine($"  {earlyGenerations} generations (best of 10; genomes end with {Format(earlyOne.FinalMeanConnections, "0.0")} connections, {Format(earlyOne.FinalMeanHiddenNodes, "0.0")} hidden nodes): {Rates(earlyOne, earlyAll, threads)}");
        AnsiConsole.MarkupLine($"  {generations} generations (best of 2; genomes end with {Format(one.FinalMeanConnections, "0.0")} connections, {Format(one.FinalMeanHiddenNodes, "0.0")} hidden nodes): {Rates(one, all, threads)}");
        return ExitCodes.Success;
    }

    /// <summary>Generations of the short NEAT measurement, where networks are still of XOR's size (XOR is solved after about 32).</summary>
    private const int EarlyGenerations = 100;

    private static NeatThroughput BestOf(int count, Func<NeatThroughput> measure) =>
        Enumerable.Range(0, count).Select(_ => measure()).MaxBy(t => t.EvaluationsPerSecond)!;

    private static string Rates(NeatThroughput one, NeatThroughput all, int threads) =>
        $"{Format(one.EvaluationsPerSecond, "N0")} evaluations/s on 1 thread, {Format(all.EvaluationsPerSecond, "N0")} on {threads} ({Format(all.EvaluationsPerSecond / one.EvaluationsPerSecond, "0.00")}x)";

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    private static int Population(int networks, int threads, bool asJson)
    {
        const int Steps = 1000;
        var sums = new double[networks];
        var check = new double[networks];
        var unbatchedSums = new double[networks];

        // Best of two, so the first pass's JIT compilation is not timed.
        double BestOfTwo(int threadCount, bool batched, double[] into) =>
            Math.Max(PopulationBenchmark.Measure(networks, Steps, threadCount, batched, into), PopulationBenchmark.Measure(networks, Steps, threadCount, batched, into));
        double one = BestOfTwo(1, batched: true, check);
        double all = BestOfTwo(threads, batched: true, sums);
        double unbatchedOne = BestOfTwo(1, batched: false, unbatchedSums);
        bool identical = sums.AsSpan().SequenceEqual(check);
        bool identicalToUnbatched = unbatchedSums.AsSpan().SequenceEqual(check);
        double? load = BenchmarkRunner.LoadAverage();
        if (asJson)
        {
            Console.Out.WriteLine(JsonSerializer.Serialize(
                new
                {
                    date = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                    machine = BenchmarkRunner.Machine(),
                    loadAverage = load,
                    networks,
                    steps = Steps,
                    threads,
                    networkStepsPerSecondOneThread = one,
                    networkStepsPerSecondAllThreads = all,
                    scaling = all / one,
                    unbatchedNetworkStepsPerSecondOneThread = unbatchedOne,
                    identicalAcrossThreadCounts = identical,
                    identicalToUnbatched,
                },
                new JsonSerializerOptions { WriteIndented = true }));
        }
        else
        {
            AnsiConsole.MarkupLine($"[bold]{Markup.Escape(BenchmarkRunner.Machine())}[/], load average {load?.ToString("0.00", CultureInfo.InvariantCulture) ?? "n/a"}");
            AnsiConsole.MarkupLine($"population evaluation, {networks} LSTM 1-10-1 × {Steps} steps, {LstmBatchLanes} networks per batch (best of 2): {one.ToString("N0", CultureInfo.InvariantCulture)} network steps/s on 1 thread, {all.ToString("N0", CultureInfo.InvariantCulture)} on {threads} ({(all / one).ToString("0.00", CultureInfo.InvariantCulture)}x)");
            AnsiConsole.MarkupLine($"one network at a time: {unbatchedOne.ToString("N0", CultureInfo.InvariantCulture)} network steps/s on 1 thread; outputs identical across thread counts: {identical}, batched and one at a time: {identicalToUnbatched}");
        }

        return identical && identicalToUnbatched ? ExitCodes.Success : ExitCodes.RunFailed;
    }

    private const int LstmBatchLanes = Evorec.Networks.LstmBatch.Lanes;

    private static void Print(BenchmarkReport report)
    {
        string load = report.LoadAverage is { } l ? l.ToString("0.00", CultureInfo.InvariantCulture) : "n/a";
        AnsiConsole.MarkupLine($"[bold]{Markup.Escape(report.Machine)}[/]");
        AnsiConsole.MarkupLine($"{report.Date:yyyy-MM-dd HH:mm} UTC, load average {load}; measured peak {Giga(report.PeakFlopsOneThread)} GFLOP/s on 1 thread, {Giga(report.PeakFlopsAllThreads)} on {report.Threads} (paired scaling {Scaling(report.PeakScaling)})");
        int windows = report.Threads == 1 ? 2 * PairedWindows.StandardPairs : PairedWindows.StandardPairs;
        AnsiConsole.MarkupLine($"rates: fastest of {windows} windows per thread count (median window: a shape's median one-thread window over the peak); scaling: median (quartiles) of {PairedWindows.StandardPairs} paired, alternating one-thread/all-threads windows");
        var table = new Table().AddColumns("network", "FLOPs/step", "steps/s (1 thread)", "% peak", "median window", $"steps/s ({report.Threads} threads)", "% peak", "scaling (quartiles)", "bytes/step");
        foreach (StepMeasurement m in report.Networks)
        {
            table.AddRow(
                Markup.Escape(m.Case.Name),
                m.Case.Flops.ToString("N0", CultureInfo.InvariantCulture),
                m.StepsPerSecondOneThread.ToString("N0", CultureInfo.InvariantCulture),
                Percent(m.FlopsOneThread / report.PeakFlopsOneThread),
                Percent(m.FlopsOneThreadMedianWindow / report.PeakFlopsOneThread),
                m.StepsPerSecondAllThreads.ToString("N0", CultureInfo.InvariantCulture),
                Percent(m.FlopsAllThreads / report.PeakFlopsAllThreads),
                Scaling(m.PairedScaling),
                m.BytesPerStep.ToString("0.##", CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
    }

    private static object ToJson(BenchmarkReport report) => new
    {
        date = report.Date.ToString("O", CultureInfo.InvariantCulture),
        machine = report.Machine,
        loadAverage = report.LoadAverage,
        threads = report.Threads,
        peakFlopsOneThread = report.PeakFlopsOneThread,
        peakFlopsAllThreads = report.PeakFlopsAllThreads,
        peakScaling = report.PeakScaling.Median,
        peakScalingFirstQuartile = report.PeakScaling.FirstQuartile,
        peakScalingThirdQuartile = report.PeakScaling.ThirdQuartile,
        scalingPairs = report.PeakScaling.Pairs,
        networks = report.Networks.Select(m => new
        {
            name = m.Case.Name,
            kind = m.Case.Spec.Kind,
            flopsPerStep = m.Case.Flops,
            stepsPerSecondOneThread = m.StepsPerSecondOneThread,
            stepsPerSecondAllThreads = m.StepsPerSecondAllThreads,
            fractionOfPeakOneThread = m.FlopsOneThread / report.PeakFlopsOneThread,
            fractionOfPeakAllThreads = m.FlopsAllThreads / report.PeakFlopsAllThreads,
            stepsPerSecondOneThreadMedianWindow = m.StepsPerSecondOneThreadMedianWindow,
            fractionOfPeakOneThreadMedianWindow = m.FlopsOneThreadMedianWindow / report.PeakFlopsOneThread,
            scaling = m.Scaling,
            scalingFirstQuartile = m.PairedScaling.FirstQuartile,
            scalingThirdQuartile = m.PairedScaling.ThirdQuartile,
            scalingOfFastestWindows = m.ScalingOfFastestWindows,
            bytesPerStep = m.BytesPerStep,
        }),
    };

    private static string Scaling(ScalingEstimate scaling) =>
        string.Create(CultureInfo.InvariantCulture, $"{scaling.Median:0.00}x ({scaling.FirstQuartile:0.00}–{scaling.ThirdQuartile:0.00})");

    private static string Giga(double flops) => (flops / 1e9).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Percent(double fraction) => (100 * fraction).ToString("0.0", CultureInfo.InvariantCulture) + "%";
}
