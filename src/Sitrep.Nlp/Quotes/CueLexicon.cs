using Sitrep.Core;

namespace Sitrep.Nlp.Quotes;

/// <summary>How a cue verb takes its content.</summary>
internal enum CueClass
{
    /// <summary>Takes a clause or a quote and may follow its speaker ("said", "added", "believes").</summary>
    Say,
    /// <summary>Takes an addressee, then a clause ("told the Telegraph they ...").</summary>
    Tell,
    /// <summary>Takes only a quoted phrase ("called the strikes \"a violation\"").</summary>
    Name,
    /// <summary>Reports a stance or intention rather than words ("wants", "supports", "seemed"); read like <see cref="Say"/>, trusted less.</summary>
    Stance,
}

/// <summary>The cue verbs the quote stage recognises, read once from <c>data/quotes/cues.tsv</c>; immutable and thread-safe.</summary>
internal sealed class CueLexicon
{
    private readonly Dictionary<string, CueClass> _forms;
    private readonly Dictionary<string, CueClass>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public CueLexicon(IEnumerable<(string Form, CueClass Class)> entries)
    {
        _forms = new Dictionary<string, CueClass>(StringComparer.OrdinalIgnoreCase);
        foreach (var (form, cls) in entries) _forms[form] = cls;
        _lookup = _forms.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static readonly Lazy<CueLexicon> Shipped = new(() => Load(DataFiles.Require("quotes/cues.tsv")));

    /// <summary>The lexicon the program ships.</summary>
    public static CueLexicon Default => Shipped.Value;

    public bool TryGet(ReadOnlySpan<char> word, out CueClass cls) => _lookup.TryGetValue(word, out cls);

    /// <exception cref="SitrepException">When a line is malformed.</exception>
    public static CueLexicon Load(string path)
    {
        var entries = new List<(string, CueClass)>();
        int lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#') continue;
            var parts = line.Split('\t');
            if (parts.Length < 2 || !Enum.TryParse<CueClass>(parts[1], ignoreCase: true, out var cls))
                throw Errors.Create(Errors.Model, $"{path}:{lineNo}: expected 'form<TAB>say|tell|name|stance', got '{line}'");
            entries.Add((parts[0].Trim(), cls));
        }
        return new CueLexicon(entries);
    }
}
