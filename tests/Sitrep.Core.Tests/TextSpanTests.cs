using Sitrep.Core;

namespace Sitrep.Core.Tests;

public class TextSpanTests
{
    [Fact]
    public void EndBeforeStartIsRejected() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(5, 4));

    [Theory]
    [InlineData(0, 5, 4, 8, true)]
    [InlineData(0, 5, 5, 8, false)]
    [InlineData(3, 3, 0, 8, false)]
    [InlineData(2, 9, 3, 4, true)]
    public void OverlapsIsHalfOpen(int s1, int e1, int s2, int e2, bool expected)
    {
        Assert.Equal(expected, new TextSpan(s1, e1).Overlaps(new TextSpan(s2, e2)));
        Assert.Equal(expected, new TextSpan(s2, e2).Overlaps(new TextSpan(s1, e1)));
    }

    [Fact]
    public void SliceReturnsCoveredCharacters() =>
        Assert.Equal("Aleppo", new TextSpan(19, 25).Slice("A wounded child in Aleppo.").ToString());

    [Fact]
    public void ContainsExcludesEnd()
    {
        var span = new TextSpan(2, 4);
        Assert.True(span.Contains(2));
        Assert.True(span.Contains(3));
        Assert.False(span.Contains(4));
    }
}
