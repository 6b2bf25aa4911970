namespace Evorec.Reporting.Plotting;

/// <summary>
/// Chooses tick positions and labels inside an axis range: "nice" 1-2-5 steps on linear axes; powers of ten on log axes
/// (thinned to every 2nd, 3rd, ... decade when there are many, with 2 and 5 multiples added when there are few).
/// </summary>
internal static class TickGenerator
{
    /// <summary>Tolerance, in units of the step, for a tick to count as inside the range despite rounding.</summary>
    private const double Tolerance = 1e-9;

    private static readonly int[] Mantissas = [1, 2, 5];

    /// <summary>Ticks for <paramref name="scale"/> within [<paramref name="minimum"/>, <paramref name="maximum"/>].</summary>
    public static IReadOnlyList<Tick> Generate(AxisScale scale, double minimum, double maximum, int maximumCount) =>
        scale.IsLogarithmic ? Logarithmic(minimum, maximum, maximumCount) : Linear(minimum, maximum, maximumCount);

    /// <summary>
    /// The ticks at multiples of the smallest 1, 2 or 5 × 10^k step that gives at most <paramref name="maximumCount"/>
    /// ticks inside the range (at least 2 unless the range is a single value).
    /// </summary>
    public static IReadOnlyList<Tick> Linear(double minimum, double maximum, int maximumCount)
    {
        maximumCount = Math.Max(2, maximumCount);
        if (!(maximum > minimum) || !double.IsFinite(maximum - minimum))
        {
            return [new Tick(minimum, TickLabelFormat.Linear([minimum], 0)[0])];
        }

        var exponent = (int)Math.Floor(Math.Log10((maximum - minimum) / maximumCount)) - 1;
        while (true)
        {
            foreach (var mantissa in Mantissas)
            {
                var step = Step(mantissa, exponent);
                var first = Math.Ceiling(minimum / step - Tolerance);
                var last = Math.Floor(maximum / step + Tolerance);
                if (last - first + 1 > maximumCount)
                {
                    continue;
                }

                var values = new List<double>();
                for (var index = first; index <= last; index++)
                {
                    values.Add(Multiple(index, mantissa, exponent));
                }

                return Label(values, TickLabelFormat.Linear(values, exponent));
            }

            exponent++;
        }
    }

    /// <summary>
    /// Log-axis ticks. Three or more powers of ten in range: labelled powers of ten (every n-th decade so that at most
    /// <paramref name="maximumCount"/> are labelled) with unlabelled minor ticks at 2-9 × 10^k when every decade is labelled.
    /// Fewer: 1, 2 and 5 × 10^k (just the powers of ten and minor ticks, if that is too many); and if that gives fewer
    /// than two ticks, linear ticks.
    /// </summary>
    public static IReadOnlyList<Tick> Logarithmic(double minimum, double maximum, int maximumCount)
    {
        maximumCount = Math.Max(2, maximumCount);
        if (!(minimum > 0) || !(maximum > minimum))
        {
            return Linear(minimum, maximum, maximumCount);
        }

        var low = Math.Log10(minimum);
        var high = Math.Log10(maximum);
        var firstDecade = (int)Math.Ceiling(low - Tolerance);
        var lastDecade = (int)Math.Floor(high + Tolerance);
        var decades = lastDecade - firstDecade + 1;
        if (decades >= 3)
        {
            return Decades(minimum, maximum, firstDecade, lastDecade, maximumCount);
        }

        var values = new List<double>();
        for (var exponent = firstDecade - 1; exponent <= lastDecade; exponent++)
        {
            foreach (var mantissa in Mantissas)
            {
                var value = Multiple(1, mantissa, exponent);
                if (value >= minimum * (1 - Tolerance) && value <= maximum * (1 + Tolerance))
                {
                    values.Add(value);
                }
            }
        }

        if (values.Count > maximumCount && decades >= 2)
        {
            return Decades(minimum, maximum, firstDecade, lastDecade, maximumCount);
        }

        return values.Count >= 2 && values.Count <= maximumCount
            ? Label(values, TickLabelFormat.Logarithmic(values))
            : Linear(minimum, maximum, maximumCount);
    }

    private static List<Tick> Decades(double minimum, double maximum, int firstDecade, int lastDecade, int maximumCount)
    {
        var stride = 1;
        while (CountMultiples(firstDecade, lastDecade, stride) > maximumCount)
        {
            stride = stride switch { 1 => 2, 2 => 3, 3 => 5, _ => stride * 2 };
        }

        var majors = new List<double>();
        for (var exponent = firstDecade; exponent <= lastDecade; exponent++)
        {
            if (exponent % stride == 0)
            {
                majors.Add(Multiple(1, 1, exponent));
            }
        }

        var ticks = Label(majors, TickLabelFormat.Logarithmic(majors));
        if (stride == 1 && lastDecade - firstDecade < 8)
        {
            for (var exponent = firstDecade - 1; exponent <= lastDecade; exponent++)
            {
                for (var mantissa = 2; mantissa <= 9; mantissa++)
                {
                    var value = Multiple(1, mantissa, exponent);
                    if (value >= minimum && value <= maximum)
                    {
                        ticks.Add(new Tick(value, string.Empty));
                    }
                }
            }
        }

        return ticks;
    }

    private static int CountMultiples(int first, int last, int stride)
    {
        var count = 0;
        for (var exponent = first; exponent <= last; exponent++)
        {
            count += exponent % stride == 0 ? 1 : 0;
        }

        return count;
    }

    private static List<Tick> Label(List<double> values, string[] labels) =>
        values.Select((value, index) => new Tick(value, labels[index])).ToList();

    private static double Step(int mantissa, int exponent) => Multiple(1, mantissa, exponent);

    /// <summary>index × mantissa × 10^exponent, computed so that e.g. 3 × 0.1 is exactly the double nearest 0.3.</summary>
    private static double Multiple(double index, int mantissa, int exponent) =>
        exponent >= 0 ? index * mantissa * Math.Pow(10, exponent) : index * mantissa / Math.Pow(10, -exponent);
}
