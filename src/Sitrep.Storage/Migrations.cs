namespace Sitrep.Storage;

/// <summary>The schema, as numbered steps applied in order; a store records the last step it has applied.</summary>
/// <remarks>Never edit a released step: add a new one. Each step runs in its own transaction with its version row.</remarks>
internal static class Migrations
{
    public static readonly IReadOnlyList<(int Version, string Description, string Sql)> Steps =
    [
        (1, "documents, events and quotes", """
            CREATE TABLE documents (
                rowid_ INTEGER PRIMARY KEY,
                id TEXT NOT NULL,
                content_hash TEXT NOT NULL UNIQUE,
                title TEXT, published TEXT, outlet TEXT, url TEXT, language TEXT NOT NULL,
                source_path TEXT,
                text TEXT NOT NULL,
                annotations_json TEXT NOT NULL,
                ingested_at TEXT NOT NULL
            );
            CREATE INDEX documents_id ON documents(id);
            CREATE TABLE events (
                id INTEGER PRIMARY KEY,
                document_rowid INTEGER NOT NULL REFERENCES documents(rowid_) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
                actor1 TEXT, assoc_actor_1 TEXT, actor2 TEXT, assoc_actor_2 TEXT,
                inter1 INTEGER, inter2 INTEGER, civilian_targeting INTEGER,
                country TEXT, iso TEXT, admin1 TEXT, admin2 TEXT, location TEXT,
                latitude REAL, longitude REAL, geo_precision INTEGER,
                event_date TEXT, event_date_end TEXT, time_precision INTEGER,
                fatalities INTEGER, fatalities_low INTEGER, fatalities_high INTEGER, people_affected INTEGER,
                span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                evidence_json TEXT NOT NULL,
                confidence REAL NOT NULL, producer TEXT NOT NULL
            );
            CREATE INDEX events_date ON events(event_date);
            CREATE INDEX events_type ON events(event_type, sub_event_type);
            CREATE INDEX events_place ON events(iso, admin1);
            CREATE TABLE quotes (
                id INTEGER PRIMARY KEY,
                document_rowid INTEGER NOT NULL REFERENCES documents(rowid_) ON DELETE CASCADE,
                speaker TEXT, speaker_role TEXT, kind TEXT NOT NULL, text TEXT NOT NULL,
                span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                confidence REAL NOT NULL
            );
            CREATE INDEX quotes_speaker ON quotes(speaker COLLATE NOCASE);
            """),
    ];
}
