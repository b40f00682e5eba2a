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
/// <param name="DocumentId">Id of the source document.</param>
/// <param name="Event">The event.</param>
/// <param name="EvidenceText">The text of the event's main span.</param>
public sealed record StoredEvent(string DocumentId, EventRecord Event, string EvidenceText);

/// <summary>A quote as stored, with the document it came from.</summary>
/// <param name="DocumentId">Id of the source document.</param>
/// <param name="Speaker">Speaker name, if attributed.</param>
/// <param name="SpeakerRole">Speaker role, if given.</param>
/// <param name="Kind">direct or indirect.</param>
/// <param name="Text">Quoted content.</param>
/// <param name="Span">Content span in the document.</param>
public sealed record StoredQuote(string DocumentId, string? Speaker, string? SpeakerRole, string Kind, string Text, TextSpan Span);

/// <summary>A store of annotated documents and their events.</summary>
/// <remarks>Each document is saved in one transaction: a crash leaves either the whole document or nothing.</remarks>
public interface IDocumentStore : IDisposable
{
    /// <summary>Saves <paramref name="document"/> and all its annotations, unless the same text is already stored.</summary>
    SaveOutcome Save(Document document, string? sourcePath = null);

    /// <summary>True when a document with exactly this text is stored.</summary>
    bool ContainsText(string text);

    /// <summary>Number of stored documents.</summary>
    long DocumentCount { get; }

    /// <summary>Stored events, oldest document first.</summary>
    IEnumerable<StoredEvent> Events();

    /// <summary>Stored quotes whose speaker contains <paramref name="speaker"/> (case-insensitive).</summary>
    IEnumerable<StoredQuote> QuotesBySpeaker(string speaker);

    /// <summary>The stored JSON of a document's annotations (schema sitrep-doc/1), or null.</summary>
    string? AnnotationsJson(string documentId);
}
