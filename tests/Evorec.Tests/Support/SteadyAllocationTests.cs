namespace Evorec.Tests.Support;

public sealed class SteadyAllocationTests
{
    private static object? _sink;

    [Fact]
    public void APathThatAllocatesEveryTimeIsReportedWithItsBytes()
    {
        Assert.True(SteadyAllocation.Bytes(() => _sink = new byte[1000]) >= 1000);
    }

    [Fact]
    public void APathThatAllocatesNothingIsReportedAsZero()
    {
        var values = new double[16];
        SteadyAllocation.Bytes(() => values.AsSpan().Fill(1.0));
        Assert.Equal(0, SteadyAllocation.Bytes(() => values.AsSpan().Fill(2.0)));
    }
}
