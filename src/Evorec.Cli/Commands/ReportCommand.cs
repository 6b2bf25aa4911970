using System.CommandLine;
using Evorec.Experiments;
using Evorec.Reporting;

namespace Evorec.Cli.Commands;

/// <summary>
/// <c>evorec report DIR [DIR …] [--out DIR]</c>: rebuilds the summary, comparisons, plots and reports of a results
/// folder from its run files, or merges several folders (separate suites) into one comparison written to <c>--out</c>.
/// </summary>
internal static class ReportCommand
{
    public static Command Create()
    {
        var command = new Command("report", "(re)build summary, comparisons, tables, plots and reports from run files; several folders are merged into one comparison");
        var folders = new Argument<string[]>("dir") { Description = "results folders (each holds manifest.json)", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--out") { Description = "where to write the report (default: the folder itself; required when several folders are given)" };
        var against = new Option<string[]>("--against") { Description = "x axis of the convergence plots: evaluations (default), network-steps, wall-seconds (repeatable)" };
        var quantity = new Option<string>("--quantity") { Description = "y axis of the convergence plots: error (default) or fitness", DefaultValueFactory = _ => "error" };
        var spread = new Option<string>("--spread") { Description = "convergence curves: median-iqr (median and quartiles, default) or mean-ci (mean and 95% bootstrap interval)", DefaultValueFactory = _ => "median-iqr" };
        command.Arguments.Add(folders);
        command.Options.Add(output);
        command.Options.Add(against);
        command.Options.Add(quantity);
        command.Options.Add(spread);
        command.SetAction(parsed =>
        {
            string[] inputs = parsed.GetValue(folders) ?? [];
            string? target = parsed.GetValue(output);
            var problems = new List<string>();
            foreach (string input in inputs.Where(i => !ManifestSet.Exists(i)))
            {
                problems.Add($"{input}: not a results folder (no {SuiteManifest.FileName} or manifest-<I>-of-<N>.json)");
            }

            if (inputs.Length > 1 && target is null)
            {
                problems.Add("--out: required when several results folders are merged (the report must not overwrite one of them)");
            }

            ReportOptions options = Options(parsed.GetValue(against) ?? [], parsed.GetValue(quantity)!, parsed.GetValue(spread)!, problems);
            if (problems.Count > 0)
            {
                problems.ForEach(Console.Error.WriteLine);
                return ExitCodes.InvalidInput;
            }

            string folder = target ?? inputs[0];
            try
            {
                var summaries = ReportWriter.Write(inputs, folder, options);
                SummaryView.Print(summaries, folder);
                var missing = inputs.SelectMany(input => ManifestSet.MissingRuns(input, ManifestSet.Read(input))).ToArray();
                foreach (string run in missing)
                {
                    Console.Error.WriteLine($"missing: {run}");
                }

                if (missing.Length > 0)
                {
                    Console.Error.WriteLine($"{missing.Length} planned runs have no run file: the summary covers the others. Re-run the shards (or the suite) to complete it.");
                    return ExitCodes.RunFailed;
                }

                return ExitCodes.Success;
            }
            catch (InvalidDataException exception)
            {
                return ErrorOutput.Fail(exception.Message, ExitCodes.InvalidInput);
            }
            catch (ResultsWriteException exception)
            {
                return ErrorOutput.Fail(exception.Message, ExitCodes.RunFailed);
            }
        });
        return command;
    }

    private static ReportOptions Options(string[] against, string quantity, string spread, List<string> problems)
    {
        var axes = new List<CurveAxis>();
        foreach (string axis in against.SelectMany(a => a.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            CurveAxis? parsed = axis switch
            {
                "evaluations" => CurveAxis.Evaluations,
                "network-steps" => CurveAxis.NetworkSteps,
                "wall-seconds" => CurveAxis.WallSeconds,
                _ => null,
            };
            if (parsed is { } value)
            {
                axes.Add(value);
            }
            else
            {
                problems.Add($"--against: unknown axis '{axis}' (evaluations, network-steps or wall-seconds)");
            }
        }

        CurveQuantity curveQuantity = quantity switch
        {
            "fitness" => CurveQuantity.Fitness,
            "error" => CurveQuantity.Error,
            _ => Problem(problems, $"--quantity: unknown quantity '{quantity}' (error or fitness)", CurveQuantity.Error),
        };
        CurveSpread curveSpread = spread switch
        {
            "mean-ci" => CurveSpread.MeanConfidence,
            "median-iqr" => CurveSpread.MedianQuartiles,
            _ => Problem(problems, $"--spread: unknown spread '{spread}' (median-iqr or mean-ci)", CurveSpread.MedianQuartiles),
        };
        return new ReportOptions
        {
            CurveAxes = axes.Count > 0 ? axes.Distinct().ToArray() : [CurveAxis.Evaluations],
            Quantity = curveQuantity,
            Spread = curveSpread,
        };
    }

    private static T Problem<T>(List<string> problems, string message, T fallback)
    {
        problems.Add(message);
        return fallback;
    }
}
