using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Evorec.Tests.Reporting.Plotting;

/// <summary>Test helpers for reading rendered SVG: element queries and path-data parsing.</summary>
internal static partial class SvgDocument
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static XDocument Parse(string svg) => XDocument.Parse(svg);

    /// <summary>The path elements with the given class, optionally for one series.</summary>
    public static List<XElement> Paths(XDocument document, string className, string? series = null) =>
        document.Descendants(Svg + "path")
            .Where(path => (string?)path.Attribute("class") == className)
            .Where(path => series is null || (string?)path.Attribute("data-series") == series)
            .ToList();

    /// <summary>The plot area, read from the clip-path rectangle.</summary>
    public static (double Left, double Top, double Right, double Bottom) PlotArea(XDocument document)
    {
        var rect = document.Descendants(Svg + "clipPath").Single().Element(Svg + "rect")!;
        var left = Number(rect, "x");
        var top = Number(rect, "y");
        return (left, top, left + Number(rect, "width"), top + Number(rect, "height"));
    }

    public static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>The sub-paths of path data made of M, L, h and Z commands, as absolute points.</summary>
    public static List<List<(double X, double Y)>> SubPaths(string data)
    {
        var subPaths = new List<List<(double X, double Y)>>();
        foreach (Match command in CommandPattern().Matches(data))
        {
            var numbers = command.Groups[2].Value
                .Split([',', ' '], StringSplitOptions.RemoveEmptyEntries)
                .Select(text => double.Parse(text, CultureInfo.InvariantCulture))
                .ToArray();
            switch (command.Groups[1].Value)
            {
                case "M":
                    subPaths.Add([(numbers[0], numbers[1])]);
                    break;
                case "L":
                    subPaths[^1].Add((numbers[0], numbers[1]));
                    break;
                case "h":
                    Assert.Equal(0, numbers[0]);
                    break;
                case "Z":
                    break;
                default:
                    throw new FormatException($"Unexpected path command in '{data}'.");
            }
        }

        return subPaths;
    }

    [GeneratedRegex("([A-Za-z])([^A-Za-z]*)")]
    private static partial Regex CommandPattern();
}
