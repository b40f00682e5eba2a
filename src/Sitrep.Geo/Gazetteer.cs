using System.Globalization;
using System.IO.Compression;
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

    private static readonly string[] AdminPrefixes = ["muhafazat ", "province of ", "governorate of ", "wilayat ", "mintaqat "];

    private readonly GazetteerEntry[] _entries;
    private readonly Dictionary<string, int[]> _byKey;
    private readonly Dictionary<string, int[]> _byAlternate;
    // Built on the first skeleton lookup: most texts never need one, and it costs a third of the load.
    private readonly Lazy<Dictionary<string, int[]>> _bySkeleton;
    private readonly Dictionary<string, int> _countries;
    private readonly Dictionary<string, string> _iso3;
    private readonly Dictionary<string, int> _admin1;
    private readonly Dictionary<string, int> _admin2;
    private readonly Dictionary<string, string> _countryCues;
    private readonly HashSet<string> _notPlaces;
    private Dictionary<int, string> _codedNames = [];

    private Gazetteer(GazetteerEntry[] entries, Dictionary<string, string> iso3, Dictionary<string, int[]> byKey, Dictionary<string, int[]> byAlternate, Dictionary<string, string> cues, HashSet<string> notPlaces)
    {
        _entries = entries;
        _iso3 = iso3;
        _byKey = byKey;
        _byAlternate = byAlternate;
        _bySkeleton = new Lazy<Dictionary<string, int[]>>(BuildSkeletons);
        int maxWords = 1;
        foreach (var key in byKey.Keys.Concat(byAlternate.Keys))
            maxWords = Math.Max(maxWords, key.AsSpan().Count(' ') + 1);
        MaxNameWords = maxWords;
        _countries = entries.Where(e => e.Kind == GazetteerKind.Country).ToDictionary(e => e.CountryCode, e => e.Index, StringComparer.Ordinal);
        _admin1 = entries.Where(e => e.Kind == GazetteerKind.Admin1).ToDictionary(e => e.CountryCode + "." + e.Admin1Code, e => e.Index, StringComparer.Ordinal);
        _admin2 = entries.Where(e => e.Kind == GazetteerKind.Admin2).ToDictionary(e => e.CountryCode + "." + e.Admin1Code + "." + e.Admin2Code, e => e.Index, StringComparer.Ordinal);
        _countryCues = cues;
        _notPlaces = notPlaces;
    }

    /// <summary>Number of entries.</summary>
    public int Count => _entries.Length;

    /// <summary>Number of distinct normalised names indexed.</summary>
    public int NameCount => _byKey.Count + _byAlternate.Count;

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

        var entries = new List<GazetteerEntry>(180_000);
        var iso3 = new Dictionary<string, string>(StringComparer.Ordinal);
        var byKey = new Dictionary<string, int[]>(250_000, StringComparer.Ordinal);
        var byAlternate = new Dictionary<string, int[]>(150_000, StringComparer.Ordinal);
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        var codeLookup = codes.GetAlternateLookup<ReadOnlySpan<char>>();
        string Code(ReadOnlySpan<char> code)
        {
            if (codeLookup.TryGetValue(code, out var shared)) return shared;
            var s = code.ToString();
            codes[s] = s;
            return s;
        }
        void Add(Dictionary<string, int[]> index, ReadOnlySpan<char> name, int id)
        {
            var key = NameKey.Of(name);
            if (key.Length == 0) return;
            // Most names belong to one to three entries, so growing arrays by one is cheaper than a list per name.
            if (!index.TryGetValue(key, out var ids)) index[key] = [id];
            else if (ids[^1] != id) index[key] = [.. ids, id];
        }
        void Index(string name, int id) => Add(byKey, name, id);
        void IndexAdmin(string name, int id)
        {
            Index(name, id);
            foreach (var suffix in AdminSuffixes)
                if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) && name.Length > suffix.Length + 2)
                    Index(name[..^suffix.Length], id);
            foreach (var prefix in AdminPrefixes)
                if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && name.Length > prefix.Length + 2)
                    Index(name[prefix.Length..], id);
        }
        // A division's other spellings (ACLED's "Idleb", "Al-Hasakeh") count as its name.
        var codedNames = new Dictionary<int, string>();
        void IndexSpellings(string[] f, int field, int id)
        {
            if (f.Length <= field) return;
            foreach (var spelling in f[field].Split('|', StringSplitOptions.RemoveEmptyEntries))
            {
                codedNames.TryAdd(id, spelling);
                IndexAdmin(spelling, id);
            }
        }

        var learnedCues = new List<(string Word, string Cc)>();
        var path = Require(GazetteerBuilder.FileName);
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress)))
        {
            if (reader.ReadLine() != GazetteerBuilder.Header)
                throw Errors.Create(Errors.Model, $"{path}: not a sitrep-gazetteer/1 file; rebuild it with 'sitrep build gazetteer'");
            int lineNumber = 1;
            Span<Range> fields = stackalloc Range[12];
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                int id = entries.Count;
                try
                {
                    if (line.StartsWith("P\t", StringComparison.Ordinal))
                    {
                        // Populated places are nine lines in ten: parse them from spans, sharing the strings of repeated codes.
                        var text = line.AsSpan();
                        if (text.Split(fields, '\t') != 11) throw new FormatException("expected 11 fields");
                        var name = text[fields[2]].ToString();
                        int? geonameId = text[fields[1]].IsEmpty ? null : int.Parse(text[fields[1]], CultureInfo.InvariantCulture);
                        entries.Add(new GazetteerEntry(id, GazetteerKind.Populated, name,
                            double.Parse(text[fields[3]], CultureInfo.InvariantCulture), double.Parse(text[fields[4]], CultureInfo.InvariantCulture),
                            Code(text[fields[5]]), Code(text[fields[6]]), Code(text[fields[7]]), Code(text[fields[8]]),
                            long.Parse(text[fields[9]], CultureInfo.InvariantCulture), geonameId));
                        Index(name, id);
                        foreach (var alt in text[fields[10]].Split('|'))
                            if (!text[fields[10]][alt].IsEmpty) Add(byAlternate, text[fields[10]][alt], id);
                        continue;
                    }
                    var f = line.Split('\t');
                    switch (f[0])
                    {
                        case "C":
                            entries.Add(new GazetteerEntry(id, GazetteerKind.Country, f[3], D(f[4]), D(f[5]), f[1], "", "", "PCLI", long.Parse(f[6], CultureInfo.InvariantCulture), null));
                            Index(f[3], id);
                            iso3[f[1]] = f[2];
                            break;
                        case "A1":
                            entries.Add(new GazetteerEntry(id, GazetteerKind.Admin1, f[3], D(f[4]), D(f[5]), f[1], f[2], "", "ADM1", 0, null));
                            IndexAdmin(f[3], id);
                            IndexSpellings(f, 6, id);
                            break;
                        case "A2":
                            entries.Add(new GazetteerEntry(id, GazetteerKind.Admin2, f[4], D(f[5]), D(f[6]), f[1], f[2], f[3], "ADM2", 0, null));
                            IndexAdmin(f[4], id);
                            IndexSpellings(f, 7, id);
                            break;
                        case "K":
                            learnedCues.Add((f[1], f[2]));
                            break;
                        default:
                            throw new FormatException($"unknown record type '{f[0]}'");
                    }
                }
                catch (Exception e) when (e is FormatException or IndexOutOfRangeException or OverflowException)
                {
                    throw Errors.Create(Errors.Model, $"{path}, line {lineNumber}: malformed gazetteer record ({e.Message}); rebuild it with 'sitrep build gazetteer'", e);
                }
            }
        }

        var countryByCode = entries.Where(e => e.Kind == GazetteerKind.Country).ToDictionary(e => e.CountryCode, e => e.Index, StringComparer.Ordinal);
        var cues = new Dictionary<string, string>(StringComparer.Ordinal);
        // Cue words read off ACLED's notes; the hand-kept list below overrides them.
        // A word that is also a place name stays a place name.
        foreach (var (word, cc) in learnedCues)
            if (NameKey.Of(word) is var key && !byKey.ContainsKey(key) && !byAlternate.ContainsKey(key)) cues[key] = cc;
        var wordsPath = Require(CountryWordsFile);
        foreach (var line in File.ReadLines(wordsPath))
        {
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var f = line.Split('\t');
            if (f.Length != 3 || !countryByCode.TryGetValue(f[1], out var country))
                throw Errors.Create(Errors.Model, $"{wordsPath}: malformed line '{line}', expected 'alias|cue<TAB>ISO2<TAB>word|word' with a country the gazetteer knows");
            foreach (var word in f[2].Split('|'))
            {
                if (f[0] == "alias") Index(word, country);
                else cues[NameKey.Of(word)] = f[1];
            }
        }
        var notPlaces = File.ReadLines(Require(NotPlacesFile))
            .Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => NameKey.Of(l)).ToHashSet(StringComparer.Ordinal);
        return new Gazetteer([.. entries], iso3, byKey, byAlternate, cues, notPlaces) { _codedNames = codedNames };
    }

    /// <summary>Entries named <paramref name="name"/> in any spelling the gazetteer knows, preferred names first.</summary>
    public IReadOnlyList<GazetteerEntry> Lookup(ReadOnlySpan<char> name)
    {
        var key = NameKey.Of(name);
        return ToEntries([.. LookupKey(key).Union(LookupAlternate(key))]);
    }

    /// <summary>Entry indexes whose preferred name (or a division's name without its suffix) has the key, empty when none.</summary>
    internal int[] LookupKey(ReadOnlySpan<char> key) => _byKey.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var ids) ? ids : [];

    /// <summary>Entry indexes with the key among their alternate names (other spellings, languages, former names), empty when none.</summary>
    internal int[] LookupAlternate(ReadOnlySpan<char> key) => _byAlternate.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var ids) ? ids : [];

    /// <summary>Entry indexes whose name has the same consonant skeleton as <paramref name="key"/>, for spellings the gazetteer lacks.</summary>
    internal int[] LookupSkeleton(string key) => _bySkeleton.Value.TryGetValue(NameKey.Skeleton(key), out var ids) ? ids : [];

    private Dictionary<string, int[]> BuildSkeletons()
    {
        var skeletons = new Dictionary<string, int[]>(_byKey.Count, StringComparer.Ordinal);
        foreach (var (key, ids) in _byKey.Concat(_byAlternate))
        {
            var skeleton = NameKey.Skeleton(key);
            if (skeleton.Length < 3) continue;
            // Spellings of one place share a skeleton, so a bucket may list an entry twice; readers tolerate that.
            skeletons[skeleton] = skeletons.TryGetValue(skeleton, out var bucket) ? [.. bucket, .. ids] : ids;
        }
        return skeletons;
    }

    /// <summary>The country a demonym or group name points to ("Syrian" → SY), or null.</summary>
    public string? CountryCue(ReadOnlySpan<char> word) => CountryCueKey(NameKey.Of(word));

    /// <summary>The country a normalised cue key points to, or null.</summary>
    internal string? CountryCueKey(ReadOnlySpan<char> key) => _countryCues.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var cc) ? cc : null;

    /// <summary>True when the key is a common capitalised word or phrase that is not a place in news text.</summary>
    internal bool IsNotPlace(ReadOnlySpan<char> key) => _notPlaces.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key);

    /// <summary>The country entry for an ISO alpha-2 code, or null.</summary>
    public GazetteerEntry? Country(string countryCode) => _countries.TryGetValue(countryCode, out var i) ? _entries[i] : null;

    /// <summary>ISO 3166 alpha-3 code for an alpha-2 code, or null.</summary>
    public string? Iso3(string countryCode) => _iso3.GetValueOrDefault(countryCode);

    /// <summary>Every entry, in file order.</summary>
    public IReadOnlyList<GazetteerEntry> Entries => _entries;

    /// <summary>The name ACLED's coding gives a division ("Idleb" for GeoNames' "Idlib"), else its gazetteer name.</summary>
    public string CodedName(GazetteerEntry entry) => _codedNames.TryGetValue(entry.Index, out var name) ? name : entry.Name;

    /// <summary>The admin1 entry of <paramref name="entry"/>, or null.</summary>
    public GazetteerEntry? Admin1Of(GazetteerEntry entry) =>
        entry.Admin1Code.Length > 0 && _admin1.TryGetValue(entry.CountryCode + "." + entry.Admin1Code, out var i) ? _entries[i] : null;

    /// <summary>The admin2 entry of <paramref name="entry"/>, or null.</summary>
    public GazetteerEntry? Admin2Of(GazetteerEntry entry) =>
        entry.Admin2Code.Length > 0 && _admin2.TryGetValue(entry.CountryCode + "." + entry.Admin1Code + "." + entry.Admin2Code, out var i) ? _entries[i] : null;

    private GazetteerEntry[] ToEntries(int[] ids)
    {
        var result = new GazetteerEntry[ids.Length];
        for (int i = 0; i < ids.Length; i++) result[i] = _entries[ids[i]];
        return result;
    }

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);
}
