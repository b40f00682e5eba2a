namespace Sitrep.Storage;

/// <summary>One schema step: SQL shared by both backends (with type placeholders) plus backend-specific SQL.</summary>
/// <param name="Version">Step number; steps apply in order, each once.</param>
/// <param name="Description">What the step adds.</param>
/// <param name="Common">SQL for both backends; <c>{id}</c>, <c>{real}</c>, <c>{json}</c> are replaced per backend.</param>
/// <param name="Sqlite">SQL only SQLite runs (FTS5).</param>
/// <param name="Postgres">SQL only PostgreSQL runs (tsvector).</param>
internal sealed record Migration(int Version, string Description, string Common, string Sqlite = "", string Postgres = "");

/// <summary>The schema, as numbered steps applied in order; a store records the last step it has applied.</summary>
/// <remarks>Never edit a released step: add a new one. Each step runs in its own transaction with its version row.</remarks>
internal static class Migrations
{
    public static readonly IReadOnlyList<Migration> Steps =
    [
        new(1, "documents, events, quotes and ACLED reference events", """
            CREATE TABLE documents (
                rowid_ {id},
                id TEXT NOT NULL,
                content_hash TEXT NOT NULL UNIQUE,
                title TEXT, published TEXT, outlet TEXT, url TEXT, language TEXT NOT NULL,
                source_path TEXT,
                text TEXT NOT NULL,
                annotations_json {json} NOT NULL,
                ingested_at TEXT NOT NULL
            );
            CREATE INDEX documents_id ON documents(id);
            CREATE INDEX documents_published ON documents(published);
            CREATE TABLE events (
                id {id},
                document_rowid BIGINT NOT NULL REFERENCES documents(rowid_) ON DELETE CASCADE,
                ordinal INTEGER NOT NULL,
                event_type TEXT NOT NULL, sub_event_type TEXT NOT NULL,
                actor1 TEXT, assoc_actor_1 TEXT, actor2 TEXT, assoc_actor_2 TEXT,
                inter1 INTEGER, inter2 INTEGER, civilian_targeting INTEGER,
                country TEXT, iso TEXT, admin1 TEXT, admin2 TEXT, location TEXT,
                latitude {real}, longitude {real}, geo_precision INTEGER,
                event_date TEXT, event_date_end TEXT, time_precision INTEGER,
                fatalities INTEGER, fatalities_low INTEGER, fatalities_high INTEGER, people_affected INTEGER,
                span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                notes TEXT NOT NULL,
                evidence_json {json} NOT NULL,
                confidence {real} NOT NULL, producer TEXT NOT NULL
            );
            CREATE INDEX events_document ON events(document_rowid);
            CREATE INDEX events_date ON events(event_date);
            CREATE INDEX events_type ON events(event_type, sub_event_type);
            CREATE INDEX events_place ON events(iso, admin1);
            CREATE INDEX events_country ON events(country);
            CREATE INDEX events_position ON events(latitude, longitude);
            CREATE TABLE quotes (
                id {id},
                document_rowid BIGINT NOT NULL REFERENCES documents(rowid_) ON DELETE CASCADE,
                speaker TEXT, speaker_role TEXT, kind TEXT NOT NULL, text TEXT NOT NULL,
                span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
                confidence {real} NOT NULL
            );
            CREATE INDEX quotes_document ON quotes(document_rowid);
            CREATE TABLE reference_events (
                event_id_cnty TEXT PRIMARY KEY,
                event_date TEXT, year INTEGER, time_precision INTEGER,
                event_type TEXT, sub_event_type TEXT,
                actor1 TEXT, assoc_actor_1 TEXT, inter1 INTEGER, actor2 TEXT, assoc_actor_2 TEXT, inter2 INTEGER,
                civilian_targeting INTEGER,
                region TEXT, country TEXT, iso TEXT, admin1 TEXT, admin2 TEXT, admin3 TEXT, location TEXT,
                latitude {real}, longitude {real}, geo_precision INTEGER,
                source TEXT, notes TEXT, fatalities INTEGER,
                imported_from TEXT NOT NULL, imported_at TEXT NOT NULL
            );
            CREATE INDEX reference_events_date ON reference_events(event_date);
            CREATE INDEX reference_events_place ON reference_events(country, admin1);
            """,
            Sqlite: """
            CREATE INDEX quotes_speaker ON quotes(speaker COLLATE NOCASE);
            CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid_');
            CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
                INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid_, new.title, new.text);
            END;
            CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
                INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid_, old.title, old.text);
            END;
            CREATE VIRTUAL TABLE events_fts USING fts5(notes, content='events', content_rowid='id');
            CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
                INSERT INTO events_fts(rowid, notes) VALUES (new.id, new.notes);
            END;
            CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
                INSERT INTO events_fts(events_fts, rowid, notes) VALUES ('delete', old.id, old.notes);
            END;
            """,
            Postgres: """
            CREATE INDEX quotes_speaker ON quotes(lower(speaker));
            ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || text)) STORED;
            CREATE INDEX documents_search ON documents USING GIN(search);
            ALTER TABLE events ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', notes)) STORED;
            CREATE INDEX events_search ON events USING GIN(search);
            """),
        // Existing rows cite no title: '[]' keeps stores written before this step readable as they were.
        new(2, "events cite spans of the document title", """
            ALTER TABLE events ADD COLUMN title_evidence_json {json} NOT NULL DEFAULT '[]';
            """),
    ];
}
