namespace Sitrep.Nlp.Entities;

/// <summary>A typed run of tokens <c>[Start, End)</c> read from a tag sequence.</summary>
/// <param name="Start">First token index.</param>
/// <param name="End">Index just past the last token.</param>
/// <param name="Type">Entity type, e.g. "PER".</param>
public readonly record struct Chunk(int Start, int End, string Type);

/// <summary>Turns tag sequences into chunks with conlleval's rules, so IOB1, IOB2 and BIOES read alike.</summary>
public static class Chunks
{
    /// <summary>The chunks of <paramref name="tags"/>, in order.</summary>
    public static List<Chunk> Extract(IReadOnlyList<string> tags)
    {
        var chunks = new List<Chunk>();
        char prevTag = 'O';
        string prevType = "";
        int start = -1;
        for (int i = 0; i <= tags.Count; i++)
        {
            var (tag, type) = i < tags.Count ? Split(tags[i]) : ('O', "");
            if (start >= 0 && EndsChunk(prevTag, tag, prevType, type))
            {
                chunks.Add(new Chunk(start, i, prevType));
                start = -1;
            }
            if (StartsChunk(prevTag, tag, prevType, type))
                start = i;
            prevTag = tag;
            prevType = type;
        }
        return chunks;
    }

    /// <summary>IOB2 tags for <paramref name="chunks"/> over <paramref name="length"/> tokens.</summary>
    public static string[] ToIob2(IEnumerable<Chunk> chunks, int length)
    {
        var tags = new string[length];
        Array.Fill(tags, "O");
        foreach (var c in chunks)
        {
            tags[c.Start] = "B-" + c.Type;
            for (int i = c.Start + 1; i < c.End; i++) tags[i] = "I-" + c.Type;
        }
        return tags;
    }

    private static (char Tag, string Type) Split(string tag)
    {
        if (tag.Length == 0 || tag == "O") return ('O', "");
        int dash = tag.IndexOf('-');
        return dash < 0 ? (tag[0], "") : (tag[0], tag[(dash + 1)..]);
    }

    // The two predicates are conlleval's endOfChunk/startOfChunk, with S (single) added as B that also ends.
    private static bool EndsChunk(char prevTag, char tag, string prevType, string type) =>
        prevTag switch
        {
            'O' => false,
            'S' or 'E' => true,
            _ => tag is 'B' or 'O' or 'S' || prevType != type,
        };

    private static bool StartsChunk(char prevTag, char tag, string prevType, string type) =>
        tag switch
        {
            'O' => false,
            'B' or 'S' => true,
            _ => prevTag is 'O' or 'E' or 'S' || prevType != type,
        };
}
