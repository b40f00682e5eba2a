using Sitrep.Core;
using Sitrep.Nlp.Quotes;

namespace Sitrep.Nlp.Tests.Quotes;

public sealed class CueLexiconTests
{
    [Theory]
    [InlineData("said", "Say")]
    [InlineData("Told", "Tell")]
    [InlineData("called", "Name")]
    [InlineData("wants", "Stance")]
    public void ShippedLexiconKnowsEachClass(string form, string expected)
    {
        Assert.True(CueLexicon.Default.TryGet(form, out var cls));
        Assert.Equal(expected, cls.ToString());
    }

    [Fact]
    public void NounsThatLookLikeVerbsAreNotInTheLexicon()
    {
        Assert.False(CueLexicon.Default.TryGet("states", out _));
    }

    [Fact]
    public void MalformedLineNamesTheFileAndLine()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "# comment\nsaid\tsay\t1\nshouted\tyell\t0\n");
            var ex = Assert.Throws<SitrepException>(() => CueLexicon.Load(path));
            Assert.Equal(Errors.Model, ex.Code);
            Assert.Contains(":3:", ex.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
