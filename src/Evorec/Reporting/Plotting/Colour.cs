using System.Globalization;

namespace Evorec.Reporting.Plotting;

/// <summary>An opaque sRGB colour, written to SVG as a <c>#RRGGBB</c> hex string.</summary>
/// <param name="Red">Red channel, 0-255.</param>
/// <param name="Green">Green channel, 0-255.</param>
/// <param name="Blue">Blue channel, 0-255.</param>
public readonly record struct Colour(byte Red, byte Green, byte Blue)
{
    /// <summary>Parses a colour written as <c>#RRGGBB</c> (the leading <c>#</c> is optional).</summary>
    /// <param name="hex">The hex text, e.g. <c>#0072B2</c>.</param>
    /// <returns>The parsed colour.</returns>
    /// <exception cref="FormatException">The text is not six hex digits.</exception>
    public static Colour FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        var digits = hex.StartsWith('#') ? hex.AsSpan(1) : hex.AsSpan();
        if (digits.Length != 6 || !int.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"Colour '{hex}' is not of the form #RRGGBB.");
        }

        return new Colour((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    /// <summary>The colour as an upper-case <c>#RRGGBB</c> string.</summary>
    /// <returns>The hex text.</returns>
    public string ToHex() => string.Create(CultureInfo.InvariantCulture, $"#{Red:X2}{Green:X2}{Blue:X2}");

    /// <inheritdoc />
    public override string ToString() => ToHex();
}
