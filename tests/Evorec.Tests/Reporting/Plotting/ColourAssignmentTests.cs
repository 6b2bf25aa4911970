using Evorec.Reporting.Plotting;

namespace Evorec.Tests.Reporting.Plotting;

public sealed class ColourAssignmentTests
{
    [Fact]
    public void SameKeySetGivesSameColoursWhateverTheOrder()
    {
        var first = new ColourAssignment(["neat", "cma-es", "adam", "cma-es"]);
        var second = new ColourAssignment(["adam", "neat", "cma-es"]);

        Assert.Equal(["adam", "cma-es", "neat"], first.Keys);
        foreach (var key in first.Keys)
        {
            Assert.Equal(first[key], second[key]);
        }

        Assert.Equal(Palette.OkabeIto[0], first["adam"]);
        Assert.Equal(Palette.OkabeIto[1], first["cma-es"]);
        Assert.Equal(Palette.OkabeIto[2], first["neat"]);
    }

    [Fact]
    public void DistinctKeysGetDistinctColoursUpToThePaletteSize()
    {
        var keys = Enumerable.Range(0, Palette.OkabeIto.Count).Select(index => $"trainer-{index}").ToList();
        var assignment = new ColourAssignment(keys);

        Assert.Equal(keys.Count, keys.Select(key => assignment[key]).Distinct().Count());
    }

    [Fact]
    public void UnknownKeyThrows() =>
        Assert.Throws<KeyNotFoundException>(() => new ColourAssignment(["adam"])["sgd"]);

    [Fact]
    public void PaletteIsOkabeItoWithBlackLast()
    {
        Assert.Equal(8, Palette.OkabeIto.Count);
        Assert.Equal("#0072B2", Palette.OkabeIto[0].ToHex());
        Assert.Equal(Palette.Black, Palette.OkabeIto[^1]);
        Assert.Equal(Palette.OkabeIto[0], Palette.At(8));
        Assert.Equal(Colour.FromHex("#E69F00"), Palette.Orange);
    }
}
