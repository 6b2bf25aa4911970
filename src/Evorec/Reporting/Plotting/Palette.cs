namespace Evorec.Reporting.Plotting;

/// <summary>
/// The Okabe-Ito colour-blind-safe palette (Okabe and Ito, 2008), ordered for line plots on white:
/// the high-contrast colours first, yellow late (it is faint on white) and black last.
/// </summary>
public static class Palette
{
    /// <summary>Blue, <c>#0072B2</c>.</summary>
    public static Colour Blue { get; } = new(0x00, 0x72, 0xB2);

    /// <summary>Vermillion, <c>#D55E00</c>.</summary>
    public static Colour Vermillion { get; } = new(0xD5, 0x5E, 0x00);

    /// <summary>Bluish green, <c>#009E73</c>.</summary>
    public static Colour BluishGreen { get; } = new(0x00, 0x9E, 0x73);

    /// <summary>Reddish purple, <c>#CC79A7</c>.</summary>
    public static Colour ReddishPurple { get; } = new(0xCC, 0x79, 0xA7);

    /// <summary>Orange, <c>#E69F00</c>.</summary>
    public static Colour Orange { get; } = new(0xE6, 0x9F, 0x00);

    /// <summary>Sky blue, <c>#56B4E9</c>.</summary>
    public static Colour SkyBlue { get; } = new(0x56, 0xB4, 0xE9);

    /// <summary>Yellow, <c>#F0E442</c>.</summary>
    public static Colour Yellow { get; } = new(0xF0, 0xE4, 0x42);

    /// <summary>Black, <c>#000000</c>.</summary>
    public static Colour Black { get; } = new(0x00, 0x00, 0x00);

    /// <summary>All eight Okabe-Ito colours in assignment order (black last).</summary>
    public static IReadOnlyList<Colour> OkabeIto { get; } =
        [Blue, Vermillion, BluishGreen, ReddishPurple, Orange, SkyBlue, Yellow, Black];

    /// <summary>The colour at <paramref name="index"/> in <see cref="OkabeIto"/>, cycling when the index passes the end.</summary>
    /// <param name="index">A non-negative index.</param>
    /// <returns>The colour.</returns>
    public static Colour At(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return OkabeIto[index % OkabeIto.Count];
    }
}
