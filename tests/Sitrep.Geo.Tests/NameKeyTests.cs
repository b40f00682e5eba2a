namespace Sitrep.Geo.Tests;

public class NameKeyTests
{
    [Theory]
    [InlineData("Ḩalab", "Halab")]
    [InlineData("Kafr Takhārīm", "Kafr Takharim")]
    [InlineData("Deir al-Sharqi", "Deir Al Sharqi")]
    [InlineData("Deir el-Sharqi", "deir sharqi")]
    [InlineData("Ma'arrat", "Ma’arrat")]
    [InlineData("Ar-Raqqah", "Raqqa")]
    [InlineData("Daraa", "Dar'a")]
    [InlineData("Bossaso", "Bosaso")]
    [InlineData("Şanlıurfa", "SANLIURFA")]
    [InlineData("Nabatiyeh", "Nabatiye")]
    [InlineData("Busra Esh-Sham", "Busra ash Sham")]
    [InlineData("Qala i Naw", "Qala-ye Naw")]
    [InlineData("Kut-e Abdollah", "Kut Abdollah")]
    public void SpellingsOfOneNameShareAKey(string a, string b) => Assert.Equal(NameKey.Of(a), NameKey.Of(b));

    [Theory]
    [InlineData("Deir Ezzor", "Deir ez-Zor")]
    [InlineData("Deir Azzor", "Deir az-Zor")]
    [InlineData("Ras Ennaqoura", "Ras en Naqoura")]
    public void AFusedArticleIsDroppedOnlyWhenAsked(string fused, string spelt)
    {
        Assert.NotEqual(NameKey.Of(spelt), NameKey.Of(fused));
        Span<char> key = stackalloc char[NameKey.MaxLength + 1];
        Assert.Equal(NameKey.Of(spelt), key[..NameKey.Write(fused, key, unfuse: true)].ToString());
    }

    [Fact]
    public void AFirstWordNeverLosesAFusedArticle()
    {
        Span<char> key = stackalloc char[NameKey.MaxLength + 1];
        Assert.Equal("asad", key[..NameKey.Write("Assad", key, unfuse: true)].ToString());
    }

    [Fact]
    public void AnArticleAloneIsKept() => Assert.Equal("al", NameKey.Of("Al"));

    [Theory]
    [InlineData("Idleb", "Idlib")]
    [InlineData("Dayr az Zawr", "Deir ez-Zor")]
    [InlineData("Ein Issa", "Ayn Isa")]
    public void TransliterationsDifferingInVowelsShareASkeleton(string a, string b) =>
        Assert.Equal(NameKey.Skeleton(NameKey.Of(a)), NameKey.Skeleton(NameKey.Of(b)));

    [Fact]
    public void NonLatinNamesAreRecognised()
    {
        Assert.False(NameKey.IsLatin("Халеб"));
        Assert.True(NameKey.IsLatin("Ḩalab"));
    }

    [Theory]
    [InlineData("Kafr Takhārīm", "Kafr Takharim")]
    [InlineData("Ḩalab", "Halab")]
    [InlineData("Deir ez-Zor", "Deir ez-Zor")]
    [InlineData("Ma‘arrat an Nu‘mān", "Maarrat an Numan")]
    public void PlainLatinDropsMarksAndKeepsCase(string name, string expected) => Assert.Equal(expected, NameKey.PlainLatin(name));

    [Theory]
    [InlineData("Syrian army units", 6, false)]
    [InlineData("Raqqah province", 6, false)]
    [InlineData("Ma'arat al-Numan town", 7, false)]
    [InlineData("Bossaso's port", 9, false)]
    [InlineData("Ḩalab city", 5, false)]
    [InlineData("Deir-ez-Zor", 4, false)]
    [InlineData("Al Bab", 2, true)]
    [InlineData("The", 3, true)]
    [InlineData("Nabatiyeh town", 9, false)]
    [InlineData("Esh Sham", 3, true)]
    public void LeadingWordIsTheFirstWordOfEveryLongerPrefixKeyUnlessAWordFollowsAnArticle(string phrase, int shortest, bool droppable)
    {
        Span<char> word = stackalloc char[NameKey.MaxLength];
        int length = NameKey.LeadingWord(phrase, shortest, word, out bool isDroppable, out int separator);
        Assert.True(length > 0);
        Assert.Equal(droppable, isDroppable);
        for (int m = shortest; m <= phrase.Length; m++)
        {
            var key = NameKey.Of(phrase.AsSpan(0, m));
            bool followed = m > separator && !phrase.AsSpan(separator, m - separator).IsWhiteSpace();
            if (droppable && followed) Assert.NotEqual(word[..length].ToString(), key.Split(' ')[0]);
            else Assert.Equal(word[..length].ToString(), key.Split(' ')[0]);
        }
    }

    [Theory]
    [InlineData("Syria's army", 5)]
    [InlineData(" Homs", 5)]
    public void LeadingWordDeclinesWhenPrefixKeysMayStartDifferently(string phrase, int shortest)
    {
        Span<char> word = stackalloc char[NameKey.MaxLength];
        Assert.Equal(-1, NameKey.LeadingWord(phrase, shortest, word, out _, out _));
    }

    [Theory]
    [InlineData("san andres de tuxtla", false, "san andres tuxtla")]
    [InlineData("ciudad general escobedo", false, "escobedo")]
    [InlineData("cintalapa de figueroa", true, "cintalapa")]
    [InlineData("ciudad de la costa", true, "")]
    [InlineData("de la", false, "de la")]
    public void ShortenDropsParticlesAndOpeningTitles(string key, bool head, string expected)
    {
        Span<char> buffer = stackalloc char[key.Length];
        Assert.Equal(expected, new string(buffer[..NameKey.Shorten(key, buffer, head)]));
    }
}
