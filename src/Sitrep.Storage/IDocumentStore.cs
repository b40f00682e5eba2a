using Sitrep.Core;

namespace Sitrep.Storage;

/// <summary>What happened when a document was saved.</summary>
public enum SaveOutcome
{
    /// <summary>The document and its annotations were stored.</summary>
    Stored,
    /// <summary>A document with the same text was already stored; nothing changed.</summary>
    Duplicate,
}

/// <summary>An event as stored, with the document it came from.</summary>
/// <param name="Id">The event's row id in the store.</param>
/// <param name="DocumentId">Id of the source document.</param>
/// <param name="Event">The event.</param>
/// <param name="EvidenceText">The text of the event's main span.</param>
public sealed record StoredEvent(long Id, string DocumentId, EventRecord Event, string EvidenceText)
{
    /// <summary>Outlet of the source document.</summary>
    public string? Outlet { get; init; }
    /// <summary>URL or path of the source document.</summary>
    public string? Url { get; init; }
    /// <summary>Publication date of the source document.</summary>
    public DateOnly? Published { get; init; }
    /// <summary>When the source document was stored (UTC).</summary>
    public DateTimeOffset IngestedAt { get; init; }
    /// <summary>Title of the source document, which <see cref="EventRecord.TitleEvidence"/> points into.</summary>
    public string? Title { get; init; }

    /// <summary>The headline words the event cites (<see cref="EventRecord.TitleEvidence"/>), in order.</summary>
    public IReadOnlyList<string> TitleEvidenceText =>
        Event.TitleEvidence.Count > 0 && Title is { } title ? Event.TitleEvidence.Select(s => title[s.Start..s.End]).ToArray() : [];
}

/// <summary>A quote as stored, with the document it came from.</summary>
/// <param name="DocumentId">Id of the source document.</param>
/// <param name="Speaker">Speaker name, if attributed.</param>
/// <param name="SpeakerRole">Speaker role, if given.</param>
/// <param name="Kind">direct or indirect.</param>
/// <param name="Text">Quoted content.</param>
/// <param name="Span">Content span in the document.</param>
public sealed record StoredQuote(string DocumentId, string? Speaker, string? SpeakerRole, string Kind, string Text, TextSpan Span);

/// <summary>A document found by full-text search.</summary>
/// <param name="DocumentId">Id of the document.</param>
/// <param name="Snippet">Matching text with the match in brackets.</param>
public sealed record SearchHit(string DocumentId, string Snippet);

/// <summary>Filters for listing and exporting events; null means no filter.</summary>
/// <param name="From">Events on or after this day.</param>
/// <param name="To">Events on or before this day.</param>
/// <param name="Country">ISO alpha-2 code or country name.</param>
/// <param name="EventType">ACLED event type.</param>
public sealed record EventQuery(DateOnly? From = null, DateOnly? To = null, string? Country = null, string? EventType = null)
{
    /// <summary>Every event.</summary>
    public static EventQuery All { get; } = new();
}

/// <summary>A store of annotated documents, their events and quotes, and ACLED reference events.</summary>
/// <remarks>Each document is saved in one transaction: a crash leaves either the whole document or nothing.</remarks>
public interface IDocumentStore : IDisposable
{
    /// <summary>Where the store lives: a file path or a PostgreSQL host and database.</summary>
    string Location { get; }

    /// <summary>Saves <paramref name="document"/> and all its annotations, unless the same text is already stored.</summary>
    SaveOutcome Save(Document document, string? sourcePath = null);

    /// <summary>True when a document with exactly this text is stored.</summary>
    bool ContainsText(string text);

    /// <summary>Content hashes of every stored document, to skip known texts before extracting them.</summary>
    IReadOnlySet<string> ContentHashes();

    /// <summary>Number of stored documents.</summary>
    long DocumentCount { get; }

    /// <summary>Stored events matching <paramref name="query"/>, oldest document first; streamed, not buffered.</summary>
    IEnumerable<StoredEvent> Events(EventQuery? query = null);

    /// <summary>Stored quotes whose speaker contains <paramref name="speaker"/> (case-insensitive).</summary>
    IEnumerable<StoredQuote> QuotesBySpeaker(string speaker);

    /// <summary>Documents whose title or text match <paramref name="query"/> (full-text), best first.</summary>
    IReadOnlyList<SearchHit> SearchDocuments(string query, int limit = 20);

    /// <summary>Ids of events whose notes match <paramref name="query"/> (full-text), best first.</summary>
    IReadOnlyList<long> SearchEvents(string query, int limit = 20);

    /// <summary>The stored JSON of a document's annotations (schema sitrep-doc/1), or null.</summary>
    string? AnnotationsJson(string documentId);

    /// <summary>Stores ACLED rows as reference events (replacing rows with the same event_id_cnty); returns how many.</summary>
    int ImportReferenceEvents(IEnumerable<AcledRow> events, string importedFrom);

    /// <summary>Stored ACLED reference events, in event_id_cnty order.</summary>
    IEnumerable<AcledRow> ReferenceEvents();
}
