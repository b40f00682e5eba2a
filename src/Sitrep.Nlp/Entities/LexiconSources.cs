using System.Text.Json;
using Sitrep.Core;
using Sitrep.Nlp.Evaluation;

namespace Sitrep.Nlp.Entities;

/// <summary>Reads the raw sources the trainer learns lexicons from: GeoNames extracts, ACLED exports and unlabelled news text.</summary>
/// <remarks>Used only at training time; the trained model carries what it needs, so the program never reads these files when tagging.</remarks>
internal static class LexiconSources
{
    /// <summary>Country names from GeoNames <c>countryInfo.tsv</c>, with their ISO alpha-2 codes.</summary>
    public static IEnumerable<(string Name, string Code)> Countries(string geonamesDirectory)
    {
        foreach (var line in File.ReadLines(Require(Path.Combine(geonamesDirectory, "countryInfo.tsv"))))
        {
            if (line.StartsWith('#')) continue;
            var cols = line.Split('\t');
            if (cols.Length > 4 && cols[0].Length == 2) yield return (cols[4], cols[0]);
        }
    }

    /// <summary>City names (as written and ASCII) from GeoNames <c>cities15000.txt</c> with their population.</summary>
    public static IEnumerable<(string Name, long Population)> Cities(string geonamesDirectory)
    {
        foreach (var line in File.ReadLines(Require(Path.Combine(geonamesDirectory, "cities15000.txt"))))
        {
            var cols = line.Split('\t');
            if (cols.Length < 15) continue;
            long population = long.TryParse(cols[14], out var p) ? p : 0;
            yield return (cols[1], population);
            if (cols[2] != cols[1]) yield return (cols[2], population);
        }
    }

    /// <summary>First-level administrative division names from GeoNames <c>admin1CodesASCII.txt</c>.</summary>
    public static IEnumerable<string> Regions(string geonamesDirectory)
    {
        foreach (var line in File.ReadLines(Require(Path.Combine(geonamesDirectory, "admin1CodesASCII.txt"))))
        {
            var cols = line.Split('\t');
            if (cols.Length < 3) continue;
            yield return cols[1];
            if (cols[2] != cols[1]) yield return cols[2];
        }
    }

    /// <summary>
    /// Actor names from every ACLED CSV in <paramref name="acledDirectory"/>, with the parenthesised country or period
    /// dropped and "ABBR: Full Name" split into both names.
    /// </summary>
    public static IEnumerable<string> Actors(string acledDirectory)
    {
        foreach (var row in AcledRows(acledDirectory))
        {
            foreach (var cell in new[] { row.Actor1, row.Actor2, row.AssocActor1, row.AssocActor2 })
            {
                if (cell is null) continue;
                foreach (var actor in cell.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    int paren = actor.IndexOf('(');
                    var name = (paren >= 0 ? actor[..paren] : actor).Trim();
                    int colon = name.IndexOf(": ", StringComparison.Ordinal);
                    if (colon > 0)
                    {
                        yield return name[..colon];
                        yield return name[(colon + 2)..];
                    }
                    else if (name.Length > 0)
                    {
                        yield return name;
                    }
                }
            }
        }
    }

    /// <summary>The notes of every ACLED CSV: short conflict-event summaries, used as unlabelled text.</summary>
    public static IEnumerable<string> AcledNotes(string acledDirectory) =>
        AcledRows(acledDirectory).Select(r => r.Notes).Where(n => n.Length > 0);

    /// <summary>Titles and bodies of the articles of a JSON-lines corpus with <c>title</c> and <c>text</c> fields.</summary>
    public static IEnumerable<string> JsonLinesText(string path)
    {
        foreach (var line in File.ReadLines(Require(path)))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var doc = JsonDocument.Parse(line);
            foreach (var field in new[] { "title", "text" })
                if (doc.RootElement.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String)
                    yield return value.GetString()!;
        }
    }

    // Held-out rows are left out so that no tool ever learns from the rows the ACLED evaluation keeps aside.
    private static IEnumerable<AcledRow> AcledRows(string acledDirectory)
    {
        if (!Directory.Exists(acledDirectory))
            throw Errors.Create(Errors.NotFound, $"ACLED directory '{acledDirectory}' does not exist; pass --acled DIR");
        return Directory.GetFiles(acledDirectory, "*.csv").Order(StringComparer.Ordinal).SelectMany(AcledCsv.Read).Where(r => !AcledCsv.IsHeldOut(r));
    }

    private static string Require(string path) =>
        File.Exists(path) ? path : throw Errors.Create(Errors.NotFound, $"training source '{path}' does not exist; check the --geonames, --acled and --unlabelled options");
}
