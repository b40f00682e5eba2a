using Sitrep.Core;

namespace Sitrep.Nlp.Quotes;

/// <summary>All quotes of one speaker in a document.</summary>
/// <param name="Speaker">The speaker's name, or null for quotes nobody could be found for.</param>
/// <param name="Role">The speaker's role, if any quote gave it.</param>
/// <param name="ClusterId">The shared <see cref="Quote.SpeakerClusterId"/>, or null for unattributed quotes.</param>
/// <param name="Quotes">The speaker's quotes in text order.</param>
public sealed record SpeakerQuotes(string? Speaker, string? Role, int? ClusterId, IReadOnlyList<Quote> Quotes);

/// <summary>Groups a document's quotes by speaker, for listing who said what.</summary>
public static class QuoteGroups
{
    /// <summary>The quotes grouped by speaker cluster, groups ordered by first quote; unattributed quotes come last in one group.</summary>
    public static IReadOnlyList<SpeakerQuotes> BySpeaker(IEnumerable<Quote> quotes)
    {
        ArgumentNullException.ThrowIfNull(quotes);
        var ordered = quotes.OrderBy(q => q.Span.Start).ToList();
        var groups = ordered.Where(q => q.SpeakerClusterId is not null)
            .GroupBy(q => q.SpeakerClusterId!.Value)
            .Select(g => new SpeakerQuotes(
                // The longest name is the fullest ("Kyle Orton" over "Orton").
                g.Select(q => q.Speaker).Where(s => s is not null).MaxBy(s => s!.Length),
                g.Select(q => q.SpeakerRole).FirstOrDefault(r => r is not null),
                g.Key,
                g.ToList()))
            .ToList();
        var orphans = ordered.Where(q => q.SpeakerClusterId is null).ToList();
        if (orphans.Count > 0) groups.Add(new SpeakerQuotes(null, null, null, orphans));
        return groups;
    }
}
