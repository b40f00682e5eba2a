using Sitrep.Core;

namespace Sitrep.Nlp.Entities;

/// <summary>One sentence of a CoNLL column file: its tokens and their entity tags as written.</summary>
/// <param name="Tokens">Token texts.</param>
/// <param name="Tags">Entity tags (IOB1, IOB2 or BIOES), one per token.</param>
public sealed record ConllSentence(IReadOnlyList<string> Tokens, IReadOnlyList<string> Tags)
{
    /// <summary>True when a <c>-DOCSTART-</c> line came before this sentence.</summary>
    public bool StartsDocument { get; init; }
}

/// <summary>Reads CoNLL-2003 column files: token in the first column, entity tag in the last.</summary>
/// <remarks><c>-DOCSTART-</c> lines and blank lines end a sentence; tags are returned as written (IOB1 or IOB2).</remarks>
public static class ConllReader
{
    /// <summary>Reads every sentence of <paramref name="reader"/>.</summary>
    /// <param name="reader">The column text.</param>
    /// <param name="source">File name used in error messages.</param>
    /// <exception cref="SitrepException">With code <see cref="Errors.Gold"/> when a line has fewer than two columns.</exception>
    public static IEnumerable<ConllSentence> Read(TextReader reader, string source)
    {
        var tokens = new List<string>();
        var tags = new List<string>();
        int lineNumber = 0;
        bool docstart = false;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            var trimmed = line.AsSpan().Trim();
            bool isDocstart = trimmed.StartsWith("-DOCSTART-", StringComparison.Ordinal);
            if (trimmed.IsEmpty || isDocstart)
            {
                if (tokens.Count > 0)
                {
                    yield return new ConllSentence(tokens.ToArray(), tags.ToArray()) { StartsDocument = docstart };
                    docstart = false;
                    tokens.Clear();
                    tags.Clear();
                }
                docstart |= isDocstart;
                continue;
            }
            int firstSpace = trimmed.IndexOfAny(' ', '\t');
            int lastSpace = trimmed.LastIndexOfAny(' ', '\t');
            if (firstSpace < 0)
                throw Errors.Create(Errors.Gold, $"{source}:{lineNumber}: expected 'TOKEN ... TAG' columns, found '{line}'; fix the line or check that the file is CoNLL column format");
            tokens.Add(trimmed[..firstSpace].ToString());
            tags.Add(trimmed[(lastSpace + 1)..].ToString());
        }
        if (tokens.Count > 0)
            yield return new ConllSentence(tokens.ToArray(), tags.ToArray()) { StartsDocument = docstart };
    }

    /// <summary>Reads every sentence of the file at <paramref name="path"/>.</summary>
    /// <exception cref="SitrepException">With code <see cref="Errors.NotFound"/> when the file is missing, or <see cref="Errors.Gold"/> when it is malformed.</exception>
    public static IReadOnlyList<ConllSentence> ReadFile(string path)
    {
        if (!File.Exists(path))
            throw Errors.Create(Errors.NotFound, $"CoNLL file '{path}' does not exist; pass the path of a column-format file");
        using var reader = File.OpenText(path);
        return Read(reader, path).ToList();
    }
}
