using System.Globalization;
using Evorec.Reporting;
using Evorec.Training;

namespace Evorec.Experiments;

/// <summary>Turns a run's generation records into its <c>run-&lt;k&gt;.csv</c> table.</summary>
public static class RunLogWriter
{
    /// <summary>
    /// The table of <paramref name="records"/>; a validation column only when some record has a
    /// validation error; a backward-steps column only when some record has backward steps; then one column per <see cref="GenerationRecord.Extra"/> key, in order of
    /// first appearance (empty where a record lacks it).
    /// </summary>
    public static CsvTable ToTable(IReadOnlyList<GenerationRecord> records)
    {
        bool hasValidation = records.Any(r => r.ValidationError.HasValue);
        bool hasBackward = records.Any(r => r.BackwardSteps.HasValue);
        var header = RunLogColumns.Required.ToList();
        if (hasValidation)
        {
            header.Add(RunLogColumns.ValidationError);
        }

        if (hasBackward)
        {
            header.Add(RunLogColumns.BackwardSteps);
        }

        var extraColumns = new List<string>();
        foreach (GenerationRecord record in records)
        {
            foreach (string key in record.Extra?.Keys ?? Enumerable.Empty<string>())
            {
                if (!extraColumns.Contains(key) && !header.Contains(key))
                {
                    extraColumns.Add(key);
                }
            }
        }

        header.AddRange(extraColumns);

        var table = new CsvTable(header);
        foreach (GenerationRecord r in records)
        {
            var cells = new List<string>
            {
                r.Generation.ToString(CultureInfo.InvariantCulture),
                r.Evaluations.ToString(CultureInfo.InvariantCulture),
                r.NetworkSteps.ToString(CultureInfo.InvariantCulture),
                r.WallSeconds.ToString("F3", CultureInfo.InvariantCulture),
                CsvTable.Format(r.BestFitness),
                CsvTable.Format(r.MeanFitness),
                CsvTable.Format(r.BestError),
                CsvTable.Format(r.BestSoFarError),
            };
            if (hasValidation)
            {
                cells.Add(CsvTable.Format(r.ValidationError));
            }

            if (hasBackward)
            {
                cells.Add(r.BackwardSteps?.ToString(CultureInfo.InvariantCulture) ?? string.Empty);
            }

            foreach (string key in extraColumns)
            {
                cells.Add(r.Extra is not null && r.Extra.TryGetValue(key, out double value) ? CsvTable.Format(value) : string.Empty);
            }

            table.Add([.. cells]);
        }

        return table;
    }
}
