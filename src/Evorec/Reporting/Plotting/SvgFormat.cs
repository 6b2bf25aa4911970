using System.Globalization;
using System.Text;

namespace Evorec.Reporting.Plotting;

/// <summary>Text helpers for SVG output: compact invariant numbers and XML escaping.</summary>
internal static class SvgFormat
{
    /// <summary>Coordinates beyond this many pixels are clamped; such points are far outside the clip area anyway.</summary>
    private const double CoordinateLimit = 1e5;

    /// <summary>The value rounded to two decimals, invariant culture, without trailing zeros or a negative zero.</summary>
    public static string Number(double value)
    {
        var rounded = Math.Round(Math.Clamp(value, -CoordinateLimit, CoordinateLimit), 2);
        return rounded == 0 ? "0" : rounded.ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>The text with the XML special characters escaped (control characters become spaces), for element content and attribute values.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var character in text)
        {
            builder.Append(character switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                < ' ' => " ",
                _ => character.ToString(),
            });
        }

        return builder.ToString();
    }
}
