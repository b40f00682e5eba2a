using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;
using Sitrep.Core;

namespace Sitrep.Geo;

/// <summary>An in-memory gazetteer: places, divisions and countries indexed by normalised name, plus the words that point to a country.</summary>
/// <remarks>Immutable after loading and safe to share between threads; load it once per process (the pipeline keeps one: <c>GeoStage.Shipped</c>).</remarks>
public sealed class Gazetteer
{
    /// <summary>Folder of the shipped gazetteer files inside the data root.</summary>
    public const string DataFolder = "geo";

    /// <summary>Hand-kept file of country aliases ("US", "Britain") and country cues (demonyms, well-known armed groups).</summary>
    public const string CountryWordsFile = "country-words.tsv";

    /// <summary>Hand-kept file of capitalised words that are place names somewhere but almost never mean a place in news text.</summary>
    public const string NotPlacesFile = "not-places.txt";

    // Suffixes that administrative names carry in GeoNames but text often omits ("Tartus District" is "Tartus").
    private static readonly string[] AdminSuffixes =
        [" governorate", " province", " district", " oblast", " region", " municipality", " county", " department", " prefecture", " raion", " rayon", " city", " territory", " division", " emirate", " wilayah", " muhafazat"];

    // Room for the shipped gazetteer's names (294,000 keys, 349,000 entries under them) before the builder has to grow.
    private const int EstimatedNames = 320_000;

    private static readonly string[] AdminPrefixes = ["muhafazat ", "province of ", "governorate of ", "wilayat ", "mintaqat "];

    private readonly GazetteerEntry[] _entries;
    private readonly NameIndex _names;
    private readonly NameFacts[] _facts;
    // Built on the first skeleton lookup: many texts never need one, and it would add a fifth to the load.
    private readonly Lazy<(NameIndex Index, int[][] Entries)> _skeletons;
    // Built on the first lookup of a shortened name, as the skeletons are.
    private readonly Lazy<(NameIndex Index, int[][] Entries)> _shortened;
    private readonly NameIndex _cues;
    private readonly string[] _cueCountries;
    // First words of the cue keys: most capitalised words start no cue, and one probe here says so for every phrase they start.
    private readonly NameIndex _cueLeads;
    private readonly Dictionary<string, int> _countries;
    private readonly Dictionary<string, string> _iso3;
    private readonly Dictionary<(string, string), int> _admin1;
    private readonly Dictionary<(string, string, string), int> _admin2;
    private Dictionary<int, string> _codedNames = [];
    private readonly Lazy<int[]> _codedNearby;

    private Gazetteer(GazetteerEntry[] entries, Dictionary<string, string> iso3, NameIndex names, NameFacts[] facts, NameIndex cues, string[] cueCountries,
        Lazy<(NameIndex Index, int[][] Entries)> skeletons)
    {
        _cues = cues;
        _cueCountries = cueCountries;
        var leads = new NameIndex.Builder(cues.Count);
        for (int c = 0; c < cues.Count; c++)
        {
            var key = cues.Key(c);
            int space = key.IndexOf(' ');
            leads.Add(space < 0 ? key : key[..space]);
        }
        _cueLeads = leads.Build();
        _entries = entries;
        _iso3 = iso3;
        _names = names;
        _facts = facts;
        _skeletons = skeletons;
        _shortened = new(ShortenedNames);
        int maxWords = 1, nameCount = 0;
        for (int k = 0; k < facts.Length; k++)
        {
            int indexed = (facts[k].Preferred.Length > 0 ? 1 : 0) + (facts[k].Alternate.Length > 0 ? 1 : 0);
            if (indexed == 0) continue;
            nameCount += indexed;
            maxWords = Math.Max(maxWords, names.Key(k).Count(' ') + 1);
        }
        MaxNameWords = maxWords;
        NameCount = nameCount;
        _codedNearby = new(CodedNearby);
        _countries = new Dictionary<string, int>(StringComparer.Ordinal);
        _admin1 = [];
        _admin2 = [];
        foreach (var e in entries)
        {
            switch (e.Kind)
            {
                case GazetteerKind.Country: _countries.Add(e.CountryCode, e.Index); break;
                case GazetteerKind.Admin1: _admin1.Add((e.CountryCode, e.Admin1Code), e.Index); break;
                case GazetteerKind.Admin2: _admin2.Add((e.CountryCode, e.Admin1Code, e.Admin2Code), e.Index); break;
            }
        }
    }

    /// <summary>Number of entries.</summary>
    public int Count => _entries.Length;

    /// <summary>Number of distinct normalised names indexed (a name that is both a preferred and an alternate one counts twice).</summary>
    public int NameCount { get; }

    /// <summary>Most words in any indexed name; the matcher never looks further.</summary>
    public int MaxNameWords { get; }

    /// <summary>Entry number <paramref name="index"/>.</summary>
    public GazetteerEntry this[int index] => _entries[index];

    /// <summary>Loads the gazetteer files from <paramref name="directory"/>.</summary>
    /// <exception cref="SitrepException">When a file is missing or malformed.</exception>
    public static Gazetteer Load(string directory)
    {
        string Require(string name) => Path.Combine(directory, name) is var p && File.Exists(p)
            ? p
            : throw Errors.Create(Errors.Model, $"{Path.Combine(directory, name)}: gazetteer file is missing; run 'sitrep build gazetteer' or set SITREP_DATA to the repository's data/ folder");

        var path = Require(GazetteerBuilder.FileName);
        var names = new NameTableBuilder(EstimatedNames);
        var (entries, iso3, codedNames, learnedCues) = ReadEntries(path, names);
        // Cue words read off ACLED's notes; the hand-kept list below overrides them. A word that is also a place name stays a place name.
        foreach (var (word, cc) in learnedCues) names.SetCueUnlessNamed(word, cc);

        var countryByCode = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in entries)
            if (e.Kind == GazetteerKind.Country) countryByCode.TryAdd(e.CountryCode, e.Index);
        var wordsPath = Require(CountryWordsFile);
        foreach (var line in File.ReadLines(wordsPath))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            if (f.Length != 3 || !countryByCode.TryGetValue(f[1], out var country))
                throw Errors.Create(Errors.Model, $"{wordsPath}: malformed line '{line}', expected 'alias|cue<TAB>ISO2<TAB>word|word' with a country the gazetteer knows");
            foreach (var word in f[2].Split('|'))
            {
                if (f[0] == "alias") names.AddPreferred(word, country);
                else names.SetCue(word, f[1]);
            }
        }
        foreach (var line in File.ReadLines(Require(NotPlacesFile)))
            if (line.Length > 0 && !line.StartsWith('#')) names.SetNotPlace(line);
        var (index, facts, cues, cueCountries, skeletons) = names.Build();
        return new Gazetteer(entries, iso3, index, facts, cues, cueCountries, skeletons) { _codedNames = codedNames };
    }

    // The whole file is inflated and decoded at once and parsed from spans: strings are made only for entry names and shared codes.
    // Loading runs once per process: its loops are compiled optimised at once rather than first as slow tier-0 code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (GazetteerEntry[] Entries, Dictionary<string, string> Iso3, Dictionary<int, string> CodedNames, List<(string Word, string Cc)> LearnedCues)
        ReadEntries(string path, NameTableBuilder names)
    {
        var compressed = File.ReadAllBytes(path);
        var inflated = new MemoryStream(compressed.Length * 4);
        using (var gzip = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress))
            gzip.CopyTo(inflated);
        var text = Encoding.UTF8.GetString(inflated.GetBuffer(), 0, (int)inflated.Length);

        var entries = new List<GazetteerEntry>(text.Length / 56);
        var iso3 = new Dictionary<string, string>(StringComparer.Ordinal);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        // Lines come sorted by country and province, so a code is most often the one on the line before.
        string Code(ReadOnlySpan<char> code, ref string last)
        {
            if (code.SequenceEqual(last)) return last;
            if (!codes.TryGetValue(code, out var shared)) codes[shared = code.ToString()] = shared;
            return last = shared;
        }
        string lastCountry = "", lastAdmin1 = "", lastAdmin2 = "", lastFeature = "";
        void IndexAdmin(ReadOnlySpan<char> name, int id)
        {
            names.AddPreferred(name, id);
            foreach (var suffix in AdminSuffixes)
                if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && name.Length > suffix.Length + 2)
                    names.AddPreferred(name[..^suffix.Length], id);
            foreach (var prefix in AdminPrefixes)
                if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && name.Length > prefix.Length + 2)
                    names.AddPreferred(name[prefix.Length..], id);
        }
        // A division's other spellings (ACLED's "Idleb", "Al-Hasakeh") count as its name.
        var codedNames = new Dictionary<int, string>();
        void IndexSpellings(ReadOnlySpan<char> spellings, int id)
        {
            foreach (var range in spellings.Split('|'))
            {
                var spelling = spellings[range];
                if (spelling.IsEmpty) continue;
                // An abbreviation the notes use ("AJK") is a name of the division, never the one records give it.
                if (IsAbbreviation(spelling)) names.SetAbbreviation(spelling);
                else if (!codedNames.ContainsKey(id)) codedNames[id] = spelling.ToString();
                IndexAdmin(spelling, id);
            }
        }
        var learnedCues = new List<(string, string)>();

        var rest = text.AsSpan();
        int lineNumber = 0;
        Span<Range> fields = stackalloc Range[13];
        while (!rest.IsEmpty)
        {
            int newline = rest.IndexOf('\n');
            var line = newline < 0 ? rest : rest[..newline];
            rest = newline < 0 ? [] : rest[(newline + 1)..];
            if (line.EndsWith('\r')) line = line[..^1];
            if (++lineNumber == 1)
            {
                if (!line.SequenceEqual(GazetteerBuilder.Header))
                    throw Errors.Create(Errors.Model, $"{path}: not a sitrep-gazetteer/1 file; rebuild it with 'sitrep build gazetteer'");
                continue;
            }
            int id = entries.Count;
            try
            {
                int n = line.Split(fields, '\t');
                var kind = line[fields[0]];
                int expected = kind switch
                {
                    "P" => 11,
                    "C" or "A2" => 7,
                    "A1" => 6,
                    "K" => 3,
                    _ => throw new FormatException($"unknown record type '{kind}'"),
                };
                // A place's twelfth field, the ACLED rows coded at it, is written only when there are some, or before a thirteenth: the
                // location ACLED codes a village only its notes name at (GazetteerBuilder.NotedFeatureCode).
                // A district's two last fields, its village point, are written only when it has one.
                if (n < expected || kind is "P" && n > expected + 2 || kind is "A2" && n != expected && n != expected + 1 && n != expected + 3)
                    throw new FormatException($"expected {expected} fields");
                switch (kind)
                {
                    case "P":
                        var name = line[fields[2]].ToString();
                        int? geonameId = line[fields[1]].IsEmpty ? null : int.Parse(line[fields[1]], CultureInfo.InvariantCulture);
                        entries.Add(new GazetteerEntry(id, GazetteerKind.Populated, name, D(line[fields[3]]), D(line[fields[4]]),
                            Code(line[fields[5]], ref lastCountry), Code(line[fields[6]], ref lastAdmin1), Code(line[fields[7]], ref lastAdmin2), Code(line[fields[8]], ref lastFeature), long.Parse(line[fields[9]], CultureInfo.InvariantCulture), geonameId)
                        {
                            CodedRows = n > 11 ? int.Parse(line[fields[11]], CultureInfo.InvariantCulture) : 0,
                        });
                        names.AddPreferred(name, id);
                        if (n > 12) codedNames[id] = line[fields[12]].ToString();
                        var alternates = line[fields[10]];
                        foreach (var alt in alternates.Split('|'))
                            if (!alternates[alt].IsEmpty) names.AddAlternate(alternates[alt], id);
                        break;
                    case "C":
                        var country = line[fields[3]].ToString();
                        var cc = Code(line[fields[1]], ref lastCountry);
                        entries.Add(new GazetteerEntry(id, GazetteerKind.Country, country, D(line[fields[4]]), D(line[fields[5]]), cc, "", "", "PCLI", long.Parse(line[fields[6]], CultureInfo.InvariantCulture), null));
                        names.AddPreferred(country, id);
                        iso3[cc] = line[fields[2]].ToString();
                        break;
                    case "A1":
                        var admin1 = line[fields[3]].ToString();
                        entries.Add(new GazetteerEntry(id, GazetteerKind.Admin1, admin1, D(line[fields[4]]), D(line[fields[5]]), Code(line[fields[1]], ref lastCountry), Code(line[fields[2]], ref lastAdmin1), "", "ADM1", 0, null));
                        IndexAdmin(admin1, id);
                        if (n > 6) IndexSpellings(line[fields[6]], id);
                        break;
                    case "A2":
                        var admin2 = line[fields[4]].ToString();
                        entries.Add(new GazetteerEntry(id, GazetteerKind.Admin2, admin2, D(line[fields[5]]), D(line[fields[6]]), Code(line[fields[1]], ref lastCountry), Code(line[fields[2]], ref lastAdmin1), Code(line[fields[3]], ref lastAdmin2), "ADM2", 0, null)
                        {
                            VillagePoint = n > 9 ? (D(line[fields[8]]), D(line[fields[9]])) : null,
                        });
                        IndexAdmin(admin2, id);
                        if (n > 7) IndexSpellings(line[fields[7]], id);
                        break;
                    case "K":
                        learnedCues.Add((line[fields[1]].ToString(), line[fields[2]].ToString()));
                        break;
                }
            }
            catch (FormatException e)
            {
                throw Errors.Create(Errors.Model, $"{path}, line {lineNumber}: malformed gazetteer record ({e.Message}); rebuild it with 'sitrep build gazetteer'", e);
            }
            catch (OverflowException e)
            {
                throw Errors.Create(Errors.Model, $"{path}, line {lineNumber}: malformed gazetteer record ({e.Message}); rebuild it with 'sitrep build gazetteer'", e);
            }
        }
        if (lineNumber == 0)
            throw Errors.Create(Errors.Model, $"{path}: not a sitrep-gazetteer/1 file; rebuild it with 'sitrep build gazetteer'");
        return ([.. entries], iso3, codedNames, learnedCues);
    }

    /// <summary>Entries named <paramref name="name"/> in any spelling the gazetteer knows, preferred names first.</summary>
    public IReadOnlyList<GazetteerEntry> Lookup(ReadOnlySpan<char> name)
    {
        var facts = Facts(NameKey.Of(name));
        return ToEntries([.. facts.Preferred.Union(facts.Alternate)]);
    }

    /// <summary>Everything the gazetteer knows about a normalised key, in one probe; <see cref="NameFacts.None"/> when nothing.</summary>
    internal NameFacts Facts(ReadOnlySpan<char> key) => _names.Find(key) is >= 0 and var k ? _facts[k] : NameFacts.None;

    /// <summary>Entry indexes whose preferred name (or a division's name without its suffix) has the key, empty when none.</summary>
    internal int[] LookupKey(ReadOnlySpan<char> key) => Facts(key).Preferred;

    /// <summary>Entry indexes with the key among their alternate names (other spellings, languages, former names), empty when none.</summary>
    internal int[] LookupAlternate(ReadOnlySpan<char> key) => Facts(key).Alternate;

    /// <summary>Entry indexes whose name has the same consonant skeleton as <paramref name="key"/>, for spellings the gazetteer lacks.</summary>
    /// <remarks>A place may be listed more than once (its spellings share a skeleton); readers tolerate that.</remarks>
    internal int[] LookupSkeleton(ReadOnlySpan<char> key)
    {
        Span<char> skeleton = stackalloc char[key.Length];
        var (index, entries) = _skeletons.Value;
        return index.Find(skeleton[..NameKey.Skeleton(key, skeleton)]) is >= 0 and var s ? entries[s] : [];
    }

    /// <summary>Entry indexes of the settlements a text may name by <paramref name="key"/> shortened (<see cref="NameKey.Shorten"/>): "Apodaca"
    /// for "Ciudad Apodaca", "Cintalapa" for "Cintalapa de Figueroa", "San Andres de Tuxtla" for "San Andrés Tuxtla"; empty when none.</summary>
    /// <remarks>Such a reading is only as good as the unit the text names with it, which the resolver requires.</remarks>
    internal int[] LookupShortened(ReadOnlySpan<char> key)
    {
        Span<char> buffer = stackalloc char[key.Length];
        var shortKey = buffer[..NameKey.Shorten(key, buffer)];
        var (index, entries) = _shortened.Value;
        var shortened = index.Find(shortKey) is >= 0 and var s ? entries[s] : [];
        if (shortKey.SequenceEqual(key)) return shortened;
        // The text spells out what the gazetteer's name leaves out: the settlements named by the shortened key itself.
        var facts = Facts(shortKey);
        return [.. shortened.Union(facts.Preferred).Union(facts.Alternate).Where(id => _entries[id].Kind == GazetteerKind.Populated)];
    }

    // Each shortened form of a settlement's names (NameKey.Shorten, and its words before a particle) -> the settlements.
    private (NameIndex Index, int[][] Entries) ShortenedNames()
    {
        var index = new NameIndex.Builder(4096);
        var lists = new List<List<int>>();
        Span<char> buffer = stackalloc char[NameKey.MaxLength + 1];
        for (int k = 0; k < _names.Count; k++)
        {
            var key = _names.Key(k);
            for (int form = 0; form < 2; form++)
            {
                int length = NameKey.Shorten(key, buffer, head: form == 1);
                if (length < 3 || buffer[..length].SequenceEqual(key)) continue;
                var settlements = _facts[k].Preferred.Concat(_facts[k].Alternate).Where(id => _entries[id].Kind == GazetteerKind.Populated).ToList();
                if (settlements.Count == 0) continue;
                int s = index.Add(buffer[..length]);
                if (s == lists.Count) lists.Add([]);
                foreach (var id in settlements)
                    if (!lists[s].Contains(id)) lists[s].Add(id);
            }
        }
        return (index.Build(), [.. lists.Select(l => l.ToArray())]);
    }

    /// <summary>The country a demonym or group name points to ("Syrian" → SY), or null.</summary>
    public string? CountryCue(ReadOnlySpan<char> word) => CountryCueKey(NameKey.Of(word));

    /// <summary>The country a normalised cue key points to, or null.</summary>
    internal string? CountryCueKey(ReadOnlySpan<char> key) => _cues.Find(key) is >= 0 and var c ? _cueCountries[c] : null;

    /// <summary>False when no phrase <c>phrase[..m]</c>, m one of <paramref name="ends"/> (ascending), can be a country cue; true when one
    /// may be (its key must then be looked up).</summary>
    internal bool MayStartCue(ReadOnlySpan<char> phrase, ReadOnlySpan<int> ends)
    {
        Span<char> word = stackalloc char[NameKey.MaxLength];
        for (int from = 0; ;)
        {
            int length = NameKey.LeadingWord(phrase[from..], ends[0] - from, word, out bool droppable, out int separator);
            // Keys are cut at MaxLength folded characters: past that a word read here might not be the key's.
            if (length < 0 || from + separator >= NameKey.MaxLength || _cueLeads.Find(word[..length]) >= 0) return true;
            if (!droppable) return false;
            // An article or "the" is dropped when a word follows, and the key is then the key of the rest: "The Houthis" is "houthis".
            from += separator;
            while (from < phrase.Length && NameKey.Fold(phrase[from]) is ' ' or '\0') from++;
            while (!ends.IsEmpty && ends[0] <= from) ends = ends[1..];
            if (ends.IsEmpty) return false;
        }
    }

    /// <summary>True when the key is a common capitalised word or phrase that is not a place in news text.</summary>
    internal bool IsNotPlace(ReadOnlySpan<char> key) => Facts(key).NotPlace;

    /// <summary>The country entry for an ISO alpha-2 code, or null.</summary>
    public GazetteerEntry? Country(string countryCode) => _countries.TryGetValue(countryCode, out var i) ? _entries[i] : null;

    /// <summary>ISO 3166 alpha-3 code for an alpha-2 code, or null.</summary>
    public string? Iso3(string countryCode) => _iso3.GetValueOrDefault(countryCode);

    /// <summary>Every entry, in file order.</summary>
    public IReadOnlyList<GazetteerEntry> Entries => _entries;

    /// <summary>The name ACLED's coding gives a division ("Idleb" for GeoNames' "Idlib") or a village only its notes name (the location
    /// it codes it at: "Tal Tamer" for "Qabbour"), else the entry's gazetteer name.</summary>
    public string CodedName(GazetteerEntry entry) => _codedNames.TryGetValue(entry.Index, out var name) ? name : entry.Name;

    /// <summary>ACLED training rows coded at other places within about <see cref="NearbyCellDegrees"/> of <paramref name="entry"/> (its own
    /// cell of that size and the eight around it): how much conflict is reported around a place, where <see cref="GazetteerEntry.CodedRows"/>
    /// counts only the place itself. A front line's villages share names with villages far from it ("Troitske", "Mykhaylivka").
    /// For a division, the rows coded at its places: "Ouest" is Haiti's more often than Cameroon's.</summary>
    public int CodedRowsNearby(GazetteerEntry entry) => _codedNearby.Value[entry.Index];

    /// <summary>Size in degrees of the cells <see cref="CodedRowsNearby"/> sums over.</summary>
    public const double NearbyCellDegrees = 0.25;

    // Computed once, on first use: each entry's count of rows in the 3x3 cells around it, less its own.
    private int[] CodedNearby()
    {
        var cells = new Dictionary<(int, int), int>();
        foreach (var e in _entries)
            if (e.CodedRows > 0) cells[Cell(e)] = cells.GetValueOrDefault(Cell(e)) + e.CodedRows;
        var nearby = new int[_entries.Length];
        if (cells.Count == 0) return nearby;
        foreach (var e in _entries)
        {
            var (y, x) = Cell(e);
            int sum = 0;
            for (int dy = -1; dy <= 1; dy++)
                for (int dx = -1; dx <= 1; dx++)
                    sum += cells.GetValueOrDefault((y + dy, x + dx));
            nearby[e.Index] = sum - e.CodedRows;
        }
        foreach (var e in _entries)
        {
            if (e.CodedRows == 0) continue;
            if (Admin1Of(e) is { } province) nearby[province.Index] += e.CodedRows;
            if (Admin2Of(e) is { } district) nearby[district.Index] += e.CodedRows;
        }
        return nearby;
    }

    /// <summary>True for a division abbreviation as notes write it: two to five capitals, an ampersand allowed between them ("AJK", "J&amp;K").</summary>
    internal static bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0]) || !char.IsUpper(word[^1])) return false;
        int capitals = 0;
        foreach (char c in word)
        {
            if (char.IsUpper(c)) capitals++;
            else if (c != '&') return false;
        }
        return capitals is >= 2 and <= 5;
    }

    private static (int, int) Cell(GazetteerEntry e) => ((int)Math.Floor(e.Latitude / NearbyCellDegrees), (int)Math.Floor(e.Longitude / NearbyCellDegrees));

    /// <summary>The admin1 entry of <paramref name="entry"/>, or null.</summary>
    public GazetteerEntry? Admin1Of(GazetteerEntry entry) =>
        entry.Admin1Code.Length > 0 && _admin1.TryGetValue((entry.CountryCode, entry.Admin1Code), out var i) ? _entries[i] : null;

    /// <summary>The admin2 entry of <paramref name="entry"/>, or null.</summary>
    public GazetteerEntry? Admin2Of(GazetteerEntry entry) =>
        entry.Admin2Code.Length > 0 && _admin2.TryGetValue((entry.CountryCode, entry.Admin1Code, entry.Admin2Code), out var i) ? _entries[i] : null;

    private GazetteerEntry[] ToEntries(int[] ids)
    {
        var result = new GazetteerEntry[ids.Length];
        for (int i = 0; i < ids.Length; i++) result[i] = _entries[ids[i]];
        return result;
    }

    private static readonly double[] PowersOfTen = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    // Coordinates have at most 15 digits: as an integer over a power of ten both are exact doubles, and one division rounds
    // correctly, which is exactly what double.Parse returns. Anything else (exponents, signs other than '-') goes to double.Parse.
    private static double D(ReadOnlySpan<char> s)
    {
        bool negative = !s.IsEmpty && s[0] == '-';
        long digits = 0;
        int count = 0, decimals = -1;
        foreach (char c in negative ? s[1..] : s)
        {
            if (c == '.' && decimals < 0) { decimals = 0; continue; }
            if (!char.IsAsciiDigit(c) || count == 15) return double.Parse(s, CultureInfo.InvariantCulture);
            digits = digits * 10 + (c - '0');
            count++;
            if (decimals >= 0) decimals++;
        }
        if (count == 0) return double.Parse(s, CultureInfo.InvariantCulture);
        double value = digits / PowersOfTen[Math.Max(decimals, 0)];
        return negative ? -value : value;
    }
}

/// <summary>What a gazetteer knows about one normalised key: the entries it names, the country it points to, whether it is no place.</summary>
/// <param name="Preferred">Entries whose preferred name (or a division's name without its suffix, or a country alias) has the key.</param>
/// <param name="Alternate">Entries with the key among their alternate names.</param>
/// <param name="CountryCue">The country a demonym or group name points to, or null.</param>
/// <param name="NotPlace">True for a capitalised word or phrase that is not a place in news text.</param>
/// <param name="Abbreviation">True when the key is a division's abbreviation ("J&amp;K", "AJK"), which the text writes in capitals.</param>
internal readonly record struct NameFacts(int[] Preferred, int[] Alternate, string? CountryCue, bool NotPlace, bool Abbreviation)
{
    /// <summary>The facts of a key the gazetteer does not know.</summary>
    public static readonly NameFacts None = new([], [], null, false, false);
}

/// <summary>Collects the names of a gazetteer while it loads, then freezes them into perfect hashes over keys, cues and skeletons.</summary>
/// <remarks>
/// Each key's entries are kept in the order added, a repeat of the last one dropped, as linked postings in two shared arrays
/// until <see cref="Build"/> copies each list into the array readers get.
/// </remarks>
internal sealed class NameTableBuilder
{
    private readonly NameIndex.Builder _keys;
    private int[] _preferredFirst = [], _preferredLast = [], _alternateFirst = [], _alternateLast = [];
    private string?[] _cues = [];
    private bool[] _notPlaces = [];
    private bool[] _abbreviations = [];
    private int[] _postingIds, _postingNext;
    private int _postings;
    // Keys in the order their first preferred (alternate) entry came: skeleton buckets list entries in that order.
    private readonly List<int> _preferredOrder, _alternateOrder;

    /// <summary>A builder with room for about <paramref name="capacity"/> names before it grows.</summary>
    public NameTableBuilder(int capacity)
    {
        _keys = new NameIndex.Builder(capacity);
        _postingIds = new int[capacity * 5 / 4];
        _postingNext = new int[capacity * 5 / 4];
        _preferredOrder = new List<int>(capacity);
        _alternateOrder = new List<int>(capacity / 2);
        Resize(capacity);
    }

    /// <summary>Indexes entry <paramref name="id"/> under the key of its preferred name <paramref name="name"/>.</summary>
    public void AddPreferred(ReadOnlySpan<char> name, int id) => Add(name, id, ref _preferredFirst, ref _preferredLast, _preferredOrder);

    /// <summary>Indexes entry <paramref name="id"/> under the key of its alternate name <paramref name="name"/>.</summary>
    public void AddAlternate(ReadOnlySpan<char> name, int id) => Add(name, id, ref _alternateFirst, ref _alternateLast, _alternateOrder);

    /// <summary>Makes the key of <paramref name="word"/> point to country <paramref name="countryCode"/> (a later word wins).</summary>
    public void SetCue(ReadOnlySpan<char> word, string countryCode) => _cues[KeyOf(word)] = countryCode;

    /// <summary>Makes the key of <paramref name="word"/> point to country <paramref name="countryCode"/> unless the key names an entry.</summary>
    public void SetCueUnlessNamed(ReadOnlySpan<char> word, string countryCode)
    {
        int k = KeyOf(word);
        if (_preferredFirst[k] < 0 && _alternateFirst[k] < 0) _cues[k] = countryCode;
    }

    /// <summary>Marks the key of <paramref name="phrase"/> as not a place.</summary>
    public void SetNotPlace(ReadOnlySpan<char> phrase) => _notPlaces[KeyOf(phrase)] = true;

    /// <summary>Marks the key of <paramref name="abbreviation"/> as a division's abbreviation.</summary>
    public void SetAbbreviation(ReadOnlySpan<char> abbreviation) => _abbreviations[KeyOf(abbreviation)] = true;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Add(ReadOnlySpan<char> name, int id, ref int[] firsts, ref int[] lasts, List<int> order)
    {
        Span<char> buffer = stackalloc char[Math.Min(name.Length, NameKey.MaxLength) + 1];
        int length = NameKey.Write(name, buffer);
        if (length == 0) return;
        int k = Number(buffer[..length]);
        int last = lasts[k];
        if (last >= 0 && _postingIds[last] == id) return;
        if (_postings == _postingIds.Length)
        {
            Array.Resize(ref _postingIds, _postings * 2);
            Array.Resize(ref _postingNext, _postings * 2);
        }
        int posting = _postings++;
        _postingIds[posting] = id;
        _postingNext[posting] = -1;
        if (last < 0)
        {
            firsts[k] = posting;
            order.Add(k);
        }
        else _postingNext[last] = posting;
        lasts[k] = posting;
    }

    private int KeyOf(ReadOnlySpan<char> text)
    {
        Span<char> buffer = stackalloc char[Math.Min(text.Length, NameKey.MaxLength) + 1];
        return Number(buffer[..NameKey.Write(text, buffer)]);
    }

    private int Number(ReadOnlySpan<char> key)
    {
        int k = _keys.Add(key);
        if (k == _cues.Length) Resize(k * 2);
        return k;
    }

    private void Resize(int size)
    {
        Grow(ref _preferredFirst, size);
        Grow(ref _preferredLast, size);
        Grow(ref _alternateFirst, size);
        Grow(ref _alternateLast, size);
        Array.Resize(ref _cues, size);
        Array.Resize(ref _notPlaces, size);
        Array.Resize(ref _abbreviations, size);
    }

    private static void Grow(ref int[] array, int size)
    {
        int old = array.Length;
        Array.Resize(ref array, size);
        array.AsSpan(old).Fill(-1);
    }

    /// <summary>The key index, the facts of each key by number, the cue keys with their countries, and the skeleton index to build when first needed.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (NameIndex Names, NameFacts[] Facts, NameIndex Cues, string[] CueCountries, Lazy<(NameIndex Index, int[][] Entries)> Skeletons) Build()
    {
        var names = _keys.Build();
        var facts = new NameFacts[names.Count];
        for (int k = 0; k < facts.Length; k++)
            facts[k] = new NameFacts(Postings(_preferredFirst[k]), Postings(_alternateFirst[k]), _cues[k], _notPlaces[k], _abbreviations[k]);
        // Cues again on their own: the geo stage tries every capitalised phrase, and this index of a few hundred keys stays in cache.
        var cues = new NameIndex.Builder(256);
        var cueCountries = new List<string>();
        for (int k = 0; k < names.Count; k++)
            if (_cues[k] is { } country && cues.Add(names.Key(k)) == cueCountries.Count) cueCountries.Add(country);
        int[] preferredOrder = [.. _preferredOrder], alternateOrder = [.. _alternateOrder];
        return (names, facts, cues.Build(), [.. cueCountries], new(() => Skeletons(names, facts, preferredOrder, alternateOrder)));
    }

    // A skeleton lists the entries of every key that has it: preferred keys first, then alternate ones, each in order added.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (NameIndex Index, int[][] Entries) Skeletons(NameIndex names, NameFacts[] facts, int[] preferredOrder, int[] alternateOrder)
    {
        var skeletons = new NameIndex.Builder(names.Count);
        var skeletonOf = new int[names.Count];
        Span<char> buffer = stackalloc char[NameKey.MaxLength + 1];
        for (int k = 0; k < names.Count; k++)
        {
            int length = NameKey.Skeleton(names.Key(k), buffer);
            bool named = facts[k].Preferred.Length > 0 || facts[k].Alternate.Length > 0;
            skeletonOf[k] = named && length >= 3 ? skeletons.Add(buffer[..length]) : -1;
        }
        var sizes = new int[skeletons.Count];
        foreach (int k in preferredOrder)
            if (skeletonOf[k] >= 0) sizes[skeletonOf[k]] += facts[k].Preferred.Length;
        foreach (int k in alternateOrder)
            if (skeletonOf[k] >= 0) sizes[skeletonOf[k]] += facts[k].Alternate.Length;
        var bySkeleton = new int[skeletons.Count][];
        for (int s = 0; s < sizes.Length; s++) bySkeleton[s] = new int[sizes[s]];
        Array.Clear(sizes);
        foreach (int k in preferredOrder)
            if (skeletonOf[k] is >= 0 and var s) Append(bySkeleton[s], ref sizes[s], facts[k].Preferred);
        foreach (int k in alternateOrder)
            if (skeletonOf[k] is >= 0 and var s) Append(bySkeleton[s], ref sizes[s], facts[k].Alternate);
        return (skeletons.Build(), bySkeleton);
    }

    private static void Append(int[] bucket, ref int filled, int[] ids)
    {
        ids.CopyTo(bucket, filled);
        filled += ids.Length;
    }

    private int[] Postings(int first)
    {
        if (first < 0) return [];
        int count = 0;
        for (int p = first; p >= 0; p = _postingNext[p]) count++;
        var ids = new int[count];
        count = 0;
        for (int p = first; p >= 0; p = _postingNext[p]) ids[count++] = _postingIds[p];
        return ids;
    }
}
