using System.Text.RegularExpressions;

namespace Sitrep.Nlp.Entities;

/// <summary>Groups the sentences of a CoNLL file into documents, so document-level features see the same context in training and evaluation.</summary>
/// <remarks>
/// A document starts at a <c>-DOCSTART-</c> line when the file has them. Copies without them still show where each Reuters
/// story starts: an upper-case headline followed by a dateline such as "BRUSSELS 1996-08-22", so a new document starts at the
/// sentence before every dateline.
/// </remarks>
public static partial class ConllDocuments
{
    /// <summary>Document ranges <c>(first sentence, sentence count)</c> covering <paramref name="sentences"/> in order.</summary>
    public static List<(int First, int Count)> Group(IReadOnlyList<ConllSentence> sentences)
    {
        var starts = new List<int> { 0 };
        for (int i = 1; i < sentences.Count; i++)
        {
            bool next = i + 1 < sentences.Count && IsDateline(sentences[i + 1].Tokens);
            if ((sentences[i].StartsDocument || next) && starts[^1] != i) starts.Add(i);
        }
        var groups = new List<(int, int)>(starts.Count);
        for (int k = 0; k < starts.Count; k++)
        {
            int end = k + 1 < starts.Count ? starts[k + 1] : sentences.Count;
            if (end > starts[k]) groups.Add((starts[k], end - starts[k]));
        }
        return groups;
    }

    private static bool IsDateline(IReadOnlyList<string> tokens) =>
        tokens.Count >= 2 && Date().IsMatch(tokens[^1]) && tokens.Take(tokens.Count - 1).All(t => !t.Any(char.IsLower));

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex Date();
}
