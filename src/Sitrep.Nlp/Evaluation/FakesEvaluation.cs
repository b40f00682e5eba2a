using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CsvHelper;
using CsvHelper.Configuration;
using Sitrep.Core;
using Sitrep.Nlp.Pipeline;

namespace Sitrep.Nlp.Evaluation;

/// <summary>One FA-KES article with its crowd-sourced event facts.</summary>
/// <param name="Id">unit_id.</param>
/// <param name="Title">article_title.</param>
/// <param name="Content">article_content, dateline first.</param>
/// <param name="Date">date (m/d/yy), if it parses.</param>
/// <param name="Location">Governorate, lower case ("deir ezzor").</param>
/// <param name="Actor">FA-KES actor category ("syrian government or russian troops", "unknown").</param>
/// <param name="CauseOfDeath">shelling, explosion, chemical and toxic gases, shooting, execution or unknown.</param>
/// <param name="Deaths">nb_civilians + nb_noncivilians.</param>
public sealed record FakesRow(string Id, string Title, string Content, DateOnly? Date, string Location, string Actor, string CauseOfDeath, int Deaths);

/// <summary>Reads the FA-KES CSV.</summary>
public static class FakesCsv
{
    /// <summary>Every article of <paramref name="path"/>.</summary>
    /// <exception cref="SitrepException">When the file is missing or is not FA-KES.</exception>
    public static IEnumerable<FakesRow> Read(string path)
    {
        if (!File.Exists(path))
            throw Errors.Create(Errors.NotFound, $"{path}: no such file");
        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null, BadDataFound = null });
        if (!csv.Read() || !csv.ReadHeader() || !csv.HeaderRecord!.Contains("article_content"))
            throw Errors.Create(Errors.Gold, $"{path}: no 'article_content' column; is this the FA-KES CSV?");
        int Int(string column) => int.TryParse(csv.GetField(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : 0;
        while (csv.Read())
        {
            yield return new FakesRow(
                csv.GetField("unit_id") ?? "",
                csv.GetField("article_title") ?? "",
                csv.GetField("article_content") ?? "",
                DateOnly.TryParseExact(csv.GetField("date"), ["M/d/yy", "M/d/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null,
                csv.GetField("location") ?? "",
                csv.GetField("actor") ?? "",
                csv.GetField("cause_of_death") ?? "",
                Int("nb_civilians") + Int("nb_noncivilians"));
        }
    }
}

/// <summary>One article's main event against its facts: right governorate, consistent sub-event type (null: cause unknown),
/// right actor (null: actor unknown), death toll within 20%.</summary>
public sealed record FakesVerdict(bool Admin1, bool? SubEvent, bool? Actor1, bool Deaths);

/// <summary>How often the main event of a FA-KES article agrees with the article's crowd-sourced facts.</summary>
/// <param name="Rows">Articles scored.</param>
/// <param name="Admin1">Right governorate, over all rows.</param>
/// <param name="SubEvent">Sub-event type consistent with the cause of death, over rows with a known cause.</param>
/// <param name="Actor1">Right actor, over rows with a known actor.</param>
/// <param name="Deaths">Death toll within 20% of civilians + non-civilians, over all rows.</param>
public sealed record FakesReport(int Rows, (int Right, int Of) Admin1, (int Right, int Of) SubEvent, (int Right, int Of) Actor1, (int Right, int Of) Deaths)
{
    /// <summary>One JSON object: rows, admin1, sub_event, actor1, deaths_within_20pct (fractions).</summary>
    public string ToJson() => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["rows"] = Rows,
        ["admin1"] = Fraction(Admin1),
        ["sub_event"] = Fraction(SubEvent),
        ["actor1"] = Fraction(Actor1),
        ["deaths_within_20pct"] = Fraction(Deaths),
    });

    /// <summary>Writes one line per measure.</summary>
    public void WriteTable(TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"rows: {Rows}");
        foreach (var (name, (right, of)) in new[] { ("admin1", Admin1), ("sub_event", SubEvent), ("actor1", Actor1), ("deaths_within_20pct", Deaths) })
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-22}{Fraction((right, of)),7:P1}  ({right}/{of})"));
    }

    private static double Fraction((int Right, int Of) v) => v.Of == 0 ? 0 : Math.Round((double)v.Right / v.Of, 4);
}

/// <summary>Runs the pipeline on FA-KES articles and checks the main event (the lead's, most fatalities) against the facts.</summary>
public static partial class FakesEvaluation
{
    // The lead: body sentences that tell the main event (scored on the tuning slice: 1, 2, 3, or the headline and one or two more).
    private const int LeadSentences = 2;

    /// <summary>Scores <paramref name="rows"/>; an article with no violent event is wrong on every measure.</summary>
    /// <remarks>
    /// Causes map to sub-event types as FA-KES's source (the VDC) uses them: "shelling" covers air and ground bombardment,
    /// "explosion" any bomb, "shooting" and "execution" direct attacks or clashes. Governorates are compared loosely
    /// ("deir ezzor" / "Deir ez-Zor", "hasakeh" / "Al-Hasakah").
    /// </remarks>
    /// <param name="rows">Articles to score.</param>
    /// <param name="pipeline">The pipeline under test.</param>
    /// <param name="each">Called with each article, its annotated document and its main event (null when none), to list misses.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static FakesReport Run(IEnumerable<FakesRow> rows, TextPipeline pipeline, Action<FakesRow, Document, EventRecord?>? each = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(pipeline);
        int n = 0;
        (int, int) admin1 = (0, 0), sub = (0, 0), actor = (0, 0), deaths = (0, 0);
        foreach (var row in rows)
        {
            n++;
            var doc = pipeline.Process(new Document(row.Id, row.Content) { Title = row.Title, Published = row.Date }, cancellationToken);
            var main = MainEvent(doc);
            each?.Invoke(row, doc, main);
            var verdict = Judge(row, main);
            admin1 = Count(admin1, verdict.Admin1);
            if (verdict.SubEvent is { } subRight) sub = Count(sub, subRight);
            if (verdict.Actor1 is { } actorRight) actor = Count(actor, actorRight);
            deaths = Count(deaths, verdict.Deaths);
        }
        return new FakesReport(n, admin1, sub, actor, deaths);
    }

    /// <summary>Whether <paramref name="main"/> (null when the article has no violent event) agrees with each of <paramref name="row"/>'s facts;
    /// null for the sub-event when the cause is unknown, and for the actor when it is.</summary>
    public static FakesVerdict Judge(FakesRow row, EventRecord? main)
    {
        ArgumentNullException.ThrowIfNull(row);
        return new FakesVerdict(
            main is not null && SameGovernorate(main.Admin1, row.Location),
            SubEventsFor(row.CauseOfDeath) is { } subs ? main is not null && subs.Contains(main.SubEventType) : null,
            ActorsFor(row.Actor) is { } names ? main is not null && names.Any(a => (main.Actor1 ?? "").Contains(a, StringComparison.OrdinalIgnoreCase)
                || (main.AssocActor1 ?? "").Contains(a, StringComparison.OrdinalIgnoreCase)) : null,
            main is not null && Math.Abs((main.Fatalities ?? 0) - row.Deaths) <= 0.2 * row.Deaths);
    }

    /// <summary>The article's main event: among the violent events its lead reports (the first two body sentences, which carry the
    /// headline and its first paragraph), the one with most fatalities, the surest on a tie; with none in the lead, the same over all.</summary>
    /// <remarks>A news article tells its main event first: a larger toll further down is a side incident, an earlier attack recalled, or a
    /// campaign's running total.</remarks>
    public static EventRecord? MainEvent(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // The event stage makes one event per place a report lists, the toll split between them (ACLED's unit); FA-KES counts the
        // report's whole toll, so the events of one report (same sentence and type) count as one, at its first place.
        var violent = document.Events.Where(e => AcledTaxonomy.IsViolent(e.EventType))
            .GroupBy(e => (e.Span, e.EventType))
            .Select(g => g.First() with { Fatalities = g.Sum(e => e.Fatalities ?? 0) })
            .ToList();
        var lead = document.Sentences.Where(s => !s.IsCaption).Take(LeadSentences).Select(s => s.Span).ToList();
        // An event's span is the first sentence that reports it (its evidence may cite a place named earlier).
        var told = violent.Where(e => lead.Any(l => l.Overlaps(e.Span))).ToList();
        return (told.Count > 0 ? told : violent).OrderByDescending(e => e.Fatalities ?? 0).ThenByDescending(e => e.Confidence).FirstOrDefault();
    }

    /// <summary>True for the articles kept to report on (every fifth, by position in the file); the others may be studied to tune on.</summary>
    public static bool IsReportSlice(int position) => position % 5 == 0;

    private static (int, int) Count((int Right, int Of) v, bool right) => (v.Right + (right ? 1 : 0), v.Of + 1);

    private static string[]? SubEventsFor(string cause) => cause.Trim().ToLowerInvariant() switch
    {
        "shelling" => ["Shelling/artillery/missile attack", "Air/drone strike"],
        "explosion" => ["Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Air/drone strike", "Shelling/artillery/missile attack"],
        "chemical and toxic gases" or "chemical" => ["Chemical weapon"],
        "shooting" => ["Armed clash", "Attack"],
        "execution" => ["Attack"],
        _ => null,
    };

    private static string[]? ActorsFor(string actor) => actor.Trim().ToLowerInvariant() switch
    {
        "syrian government or russian troops" => ["Military Forces of Syria", "Military Forces of Russia"],
        var a when a.Contains("isis", StringComparison.Ordinal) => ["Islamic State"],
        "international coalition forces" => ["Global Coalition", "Military Forces of the United States"],
        "armed opposition groups" => ["Rebel groups", "Free Syrian Army", "Opposition", "Operation Peace Spring"],
        "self administration forces" => ["QSD", "Syrian Democratic Forces", "YPG"],
        "al-nusra front" => ["HTS", "Nusra"],
        _ => null,
    };

    /// <summary>True when the governorates name the same place.</summary>
    /// <remarks>Transliterations differ in vowels, hyphens and the article ("al", assimilated in "Ar-Raqqa", "As-Suwayda"): the article is
    /// dropped and letters only are compared, by edit distance. FA-KES's "damascus" is the city with its countryside: articles on the
    /// suburbs and Eastern Ghouta are labelled "damascus", and its governorates have no "rural damascus", so the countryside governorate
    /// ("Rural Damascus", "Rif Dimashq") is Damascus here.</remarks>
    public static bool SameGovernorate(string? predicted, string gold)
    {
        if (predicted is null) return false;
        static string Fold(string s)
        {
            var name = ArabicArticle().Replace(s.ToLowerInvariant().Trim(), "");
            var letters = new string(name.Where(char.IsLetter).ToArray());
            return letters.StartsWith("al", StringComparison.Ordinal) && letters.Length > 5 ? letters[2..] : letters;
        }
        var (a, b) = (Fold(predicted), Fold(gold));
        return a.Length > 0 && b.Length > 0 && Distance(a, b) <= Math.Max(1, Math.Min(a.Length, b.Length) / 4);
    }

    // "al-", "ar-", "ash-", "el-" and the countryside prefix of the capital's governorate ("rural ", "rif ").
    [GeneratedRegex(@"^(?:(?:a[lrsdtzn]|ash|el)-|(?:rural|rif)\s+)")]
    private static partial Regex ArabicArticle();

    private static int Distance(string a, string b)
    {
        var row = Enumerable.Range(0, b.Length + 1).ToArray();
        for (int i = 1; i <= a.Length; i++)
        {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int above = row[j];
                row[j] = Math.Min(Math.Min(row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] == b[j - 1] ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.Length];
    }
}
