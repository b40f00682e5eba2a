using Sitrep.Core;
using Sitrep.Geo;
using Sitrep.Nlp.Places;
using Sitrep.Nlp.Text;

namespace Sitrep.Geo.Tests.Support;

/// <summary>Shared test inputs: the shipped gazetteer (loaded once), tokenized documents, the repository's samples.</summary>
internal static class Some
{
    private static readonly Lazy<GeoStage> SharedStage = new(() => new GeoStage(GeoStage.Shipped));

    public static GeoStage Stage => SharedStage.Value;

    public static Document Document(string text, string id = "test")
    {
        var document = new Document(id, text);
        document.SetTokens(Tokenizer.Tokenize(text));
        return document;
    }

    /// <summary>A tokenized document whose tagger saw one entity of <paramref name="kind"/> over the first occurrence of <paramref name="entity"/>.</summary>
    public static Document DocumentWithEntity(string text, string entity, EntityKind kind)
    {
        var document = Document(text);
        int start = text.IndexOf(entity, StringComparison.Ordinal);
        document.SetEntities([new EntityMention(new TextSpan(start, start + entity.Length), kind, 1.0, "test")]);
        return document;
    }

    public static IReadOnlyList<Place> Places(string text) => Stage.Locate(Document(text));

    public static Place PlaceNamed(IReadOnlyList<Place> places, string text, string name) =>
        places.First(p => p.NameSpan is { } s && text[s.Start..s.End] == name);

    public static string MiniGeoNames => Path.Combine(AppContext.BaseDirectory, "Support", "geonames-mini");
}
