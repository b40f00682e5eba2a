using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Nlp.Events;

/// <summary>One country as ACLED names it.</summary>
/// <param name="Iso">ISO 3166 alpha-2 code.</param>
/// <param name="Name">Name inside actor brackets: "Civilians (Syria)".</param>
/// <param name="OfName">Name after "Military Forces of": "the Philippines".</param>
internal sealed record Country(string Iso, string Name, string OfName);

/// <summary>The country table of <c>data/events/countries.tsv</c>: names, demonyms and the aliases that point to a country.</summary>
internal sealed class Countries
{
    private readonly Dictionary<string, Country> _byIso = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Country> _byAlias = new(StringComparer.Ordinal);

    private Countries(IEnumerable<(Country Country, string[] Aliases)> rows)
    {
        foreach (var (country, aliases) in rows)
        {
            _byIso[country.Iso] = country;
            _byAlias.TryAdd(country.Name, country);
            foreach (var a in aliases) _byAlias.TryAdd(a, country);
        }
        // A name before any name it begins with ("Sudanese" before "Sudan"), in an order whose shared prefixes the regex engine
        // merges (LiteralAlternationOrder); case-sensitive because "US" must not match "us".
        var alternation = string.Join('|', _byAlias.Keys.Order(LiteralAlternationOrder.Instance).Select(Regex.Escape));
        Pattern = $"(?-i:{alternation})";
        Finder = new Regex($@"(?<![\w-]){Pattern}(?![\w])", RegexOptions.CultureInvariant);
    }

    /// <summary>A regex alternation of every name and alias, case-sensitive.</summary>
    public string Pattern { get; }

    /// <summary>Finds names and aliases in running text.</summary>
    public Regex Finder { get; }

    /// <summary>The country an alias or name points to.</summary>
    public Country? ByAlias(string alias) => _byAlias.GetValueOrDefault(alias.Trim());

    /// <summary>The country with ISO code <paramref name="iso"/>.</summary>
    public Country? ByIso(string? iso) => iso is null ? null : _byIso.GetValueOrDefault(iso);

    /// <summary>Reads the table.</summary>
    /// <exception cref="SitrepException">When a row is malformed.</exception>
    public static Countries Load(string path) =>
        new(Tsv.Rows(path, 4).Select(r => (new Country(r[0], r[1], r[2]), r[3].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))));
}

/// <summary>Reads the tab-separated data files of <c>data/events/</c>: '#' lines are comments.</summary>
internal static class Tsv
{
    /// <summary>Rows of <paramref name="path"/> with at least <paramref name="columns"/> fields.</summary>
    /// <exception cref="SitrepException">When a row has fewer fields.</exception>
    public static IEnumerable<string[]> Rows(string path, int columns)
    {
        int line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (text.Length == 0 || text[0] == '#') continue;
            var fields = text.Split('\t');
            if (fields.Length < columns)
                throw Errors.Create(Errors.Model, $"{path}:{line}: expected {columns} tab-separated fields, found {fields.Length}");
            yield return fields;
        }
    }
}
