using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Sitrep.Core;
using Sitrep.Core.Serialization;

namespace Sitrep.Storage;

/// <summary>The embedded store: one SQLite file in WAL mode, schema migrated on open.</summary>
public sealed class SqliteStore : IDocumentStore
{
    private readonly SqliteConnection _connection;

    private SqliteStore(SqliteConnection connection) => _connection = connection;

    /// <summary>Path of the database file.</summary>
    public string Path => _connection.DataSource;

    /// <summary>Opens (creating if needed) the store at <paramref name="path"/> and applies pending migrations.</summary>
    /// <exception cref="SitrepException">When the file cannot be opened or is not a Sitrep database.</exception>
    public static SqliteStore Open(string path)
    {
        try
        {
            if (System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path)) is { } dir)
                Directory.CreateDirectory(dir);
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL;");
            Migrate(connection);
            return new SqliteStore(connection);
        }
        catch (SqliteException ex)
        {
            throw Errors.Create(Errors.Store, $"{path}: cannot open the Sitrep database: {ex.Message}", ex);
        }
    }

    /// <summary>Highest migration applied.</summary>
    public int SchemaVersion => Convert.ToInt32(Scalar("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"), CultureInfo.InvariantCulture);

    private static void Migrate(SqliteConnection connection)
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
        long current = (long)read.ExecuteScalar()!;
        foreach (var (version, description, sql) in Migrations.Steps.Where(s => s.Version > current))
        {
            using var tx = connection.BeginTransaction();
            Execute(connection, sql, tx);
            using var mark = connection.CreateCommand();
            mark.Transaction = tx;
            mark.CommandText = "INSERT INTO schema_migrations(version, description, applied_at) VALUES ($v, $d, $t)";
            mark.Parameters.AddWithValue("$v", version);
            mark.Parameters.AddWithValue("$d", description);
            mark.Parameters.AddWithValue("$t", DateTime.UtcNow.ToString("O"));
            mark.ExecuteNonQuery();
            tx.Commit();
        }
    }

    /// <summary>SHA-256 of the text's UTF-8 bytes, hex: the identity used to store a document once.</summary>
    public static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <inheritdoc/>
    public SaveOutcome Save(Document document, string? sourcePath = null)
    {
        var hash = ContentHash(document.Text);
        using var tx = _connection.BeginTransaction();
        using (var insert = Command("""
            INSERT INTO documents(id, content_hash, title, published, outlet, url, language, source_path, text, annotations_json, ingested_at)
            VALUES ($id, $hash, $title, $published, $outlet, $url, $language, $source, $text, $json, $at)
            ON CONFLICT(content_hash) DO NOTHING
            """, tx))
        {
            insert.Parameters.AddWithValue("$id", document.Id);
            insert.Parameters.AddWithValue("$hash", hash);
            insert.Parameters.AddWithValue("$title", (object?)document.Title ?? DBNull.Value);
            insert.Parameters.AddWithValue("$published", (object?)document.Published?.ToString("yyyy-MM-dd") ?? DBNull.Value);
            insert.Parameters.AddWithValue("$outlet", (object?)document.Outlet ?? DBNull.Value);
            insert.Parameters.AddWithValue("$url", (object?)document.Url ?? DBNull.Value);
            insert.Parameters.AddWithValue("$language", document.Language);
            insert.Parameters.AddWithValue("$source", (object?)sourcePath ?? DBNull.Value);
            insert.Parameters.AddWithValue("$text", document.Text);
            insert.Parameters.AddWithValue("$json", DocumentJson.ToJson(document));
            insert.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("O"));
            if (insert.ExecuteNonQuery() == 0)
                return SaveOutcome.Duplicate;
        }
        long rowId;
        using (var last = Command("SELECT last_insert_rowid()", tx))
            rowId = (long)last.ExecuteScalar()!;
        InsertEvents(document, rowId, tx);
        InsertQuotes(document, rowId, tx);
        tx.Commit();
        return SaveOutcome.Stored;
    }

    private void InsertEvents(Document document, long rowId, SqliteTransaction tx)
    {
        using var cmd = Command("""
            INSERT INTO events(document_rowid, ordinal, event_type, sub_event_type, actor1, assoc_actor_1, actor2, assoc_actor_2, inter1, inter2,
                civilian_targeting, country, iso, admin1, admin2, location, latitude, longitude, geo_precision, event_date, event_date_end,
                time_precision, fatalities, fatalities_low, fatalities_high, people_affected, span_start, span_end, evidence_json, confidence, producer)
            VALUES ($doc, $ordinal, $type, $sub, $a1, $aa1, $a2, $aa2, $i1, $i2, $civ, $country, $iso, $admin1, $admin2, $location, $lat, $lon, $geo,
                $date, $dateEnd, $timePrecision, $fat, $fatLow, $fatHigh, $affected, $start, $end, $evidence, $confidence, $producer)
            """, tx);
        int ordinal = 0;
        foreach (var e in document.Events)
        {
            cmd.Parameters.Clear();
            void Add(string name, object? value) => cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
            Add("$doc", rowId); Add("$ordinal", ordinal++);
            Add("$type", e.EventType); Add("$sub", e.SubEventType);
            Add("$a1", e.Actor1); Add("$aa1", e.AssocActor1); Add("$a2", e.Actor2); Add("$aa2", e.AssocActor2);
            Add("$i1", e.Inter1); Add("$i2", e.Inter2); Add("$civ", e.CivilianTargeting is { } c ? (c ? 1 : 0) : null);
            Add("$country", e.Country); Add("$iso", e.Iso); Add("$admin1", e.Admin1); Add("$admin2", e.Admin2); Add("$location", e.Location);
            Add("$lat", e.Latitude); Add("$lon", e.Longitude); Add("$geo", e.GeoPrecision);
            Add("$date", e.EventDate?.ToString("yyyy-MM-dd")); Add("$dateEnd", e.EventDateEnd?.ToString("yyyy-MM-dd")); Add("$timePrecision", e.TimePrecision);
            Add("$fat", e.Fatalities); Add("$fatLow", e.FatalitiesLow); Add("$fatHigh", e.FatalitiesHigh); Add("$affected", e.PeopleAffected);
            Add("$start", e.Span.Start); Add("$end", e.Span.End);
            Add("$evidence", JsonSerializer.Serialize(e.Evidence.Select(s => new[] { s.Start, s.End })));
            Add("$confidence", e.Confidence); Add("$producer", e.Producer);
            cmd.ExecuteNonQuery();
        }
    }

    private void InsertQuotes(Document document, long rowId, SqliteTransaction tx)
    {
        using var cmd = Command("""
            INSERT INTO quotes(document_rowid, speaker, speaker_role, kind, text, span_start, span_end, confidence)
            VALUES ($doc, $speaker, $role, $kind, $text, $start, $end, $confidence)
            """, tx);
        foreach (var q in document.Quotes)
        {
            cmd.Parameters.Clear();
            cmd.Parameters.AddWithValue("$doc", rowId);
            cmd.Parameters.AddWithValue("$speaker", (object?)q.Speaker ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$role", (object?)q.SpeakerRole ?? DBNull.Value);
            cmd.Parameters.AddWithValue("$kind", q.Kind.ToString().ToLowerInvariant());
            cmd.Parameters.AddWithValue("$text", document.TextOf(q.Span));
            cmd.Parameters.AddWithValue("$start", q.Span.Start);
            cmd.Parameters.AddWithValue("$end", q.Span.End);
            cmd.Parameters.AddWithValue("$confidence", q.Confidence);
            cmd.ExecuteNonQuery();
        }
    }

    /// <inheritdoc/>
    public bool ContainsText(string text)
    {
        using var cmd = Command("SELECT 1 FROM documents WHERE content_hash = $hash");
        cmd.Parameters.AddWithValue("$hash", ContentHash(text));
        return cmd.ExecuteScalar() is not null;
    }

    /// <inheritdoc/>
    public long DocumentCount => (long)Scalar("SELECT COUNT(*) FROM documents")!;

    /// <inheritdoc/>
    public IEnumerable<StoredEvent> Events()
    {
        using var cmd = Command("""
            SELECT d.id, e.event_type, e.sub_event_type, e.actor1, e.assoc_actor_1, e.actor2, e.assoc_actor_2, e.inter1, e.inter2, e.civilian_targeting,
                   e.country, e.iso, e.admin1, e.admin2, e.location, e.latitude, e.longitude, e.geo_precision, e.event_date, e.event_date_end,
                   e.time_precision, e.fatalities, e.fatalities_low, e.fatalities_high, e.people_affected, e.span_start, e.span_end,
                   e.evidence_json, e.confidence, e.producer, substr(d.text, e.span_start + 1, e.span_end - e.span_start)
            FROM events e JOIN documents d ON d.rowid_ = e.document_rowid
            ORDER BY d.rowid_, e.ordinal
            """);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            int? I(int i) => r.IsDBNull(i) ? null : r.GetInt32(i);
            double? D(int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
            DateOnly? Day(int i) => r.IsDBNull(i) ? null : DateOnly.ParseExact(r.GetString(i), "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var evidence = JsonSerializer.Deserialize<int[][]>(r.GetString(27))!.Select(p => new TextSpan(p[0], p[1])).ToArray();
            var e = new EventRecord(new TextSpan(r.GetInt32(25), r.GetInt32(26)), r.GetString(1), r.GetString(2), r.GetDouble(28), r.GetString(29))
            {
                Actor1 = S(3), AssocActor1 = S(4), Actor2 = S(5), AssocActor2 = S(6), Inter1 = I(7), Inter2 = I(8),
                CivilianTargeting = I(9) is { } c ? c == 1 : null,
                Country = S(10), Iso = S(11), Admin1 = S(12), Admin2 = S(13), Location = S(14), Latitude = D(15), Longitude = D(16), GeoPrecision = I(17),
                EventDate = Day(18), EventDateEnd = Day(19), TimePrecision = I(20),
                Fatalities = I(21), FatalitiesLow = I(22), FatalitiesHigh = I(23), PeopleAffected = I(24),
                Evidence = evidence,
            };
            yield return new StoredEvent(r.GetString(0), e, r.GetString(30));
        }
    }

    /// <inheritdoc/>
    public IEnumerable<StoredQuote> QuotesBySpeaker(string speaker)
    {
        using var cmd = Command("""
            SELECT d.id, q.speaker, q.speaker_role, q.kind, q.text, q.span_start, q.span_end
            FROM quotes q JOIN documents d ON d.rowid_ = q.document_rowid
            WHERE q.speaker LIKE $pattern ESCAPE '\' ORDER BY d.rowid_, q.span_start
            """);
        cmd.Parameters.AddWithValue("$pattern", "%" + speaker.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%");
        using var r = cmd.ExecuteReader();
        while (r.Read())
            yield return new StoredQuote(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
                r.GetString(3), r.GetString(4), new TextSpan(r.GetInt32(5), r.GetInt32(6)));
    }

    /// <inheritdoc/>
    public string? AnnotationsJson(string documentId)
    {
        using var cmd = Command("SELECT annotations_json FROM documents WHERE id = $id ORDER BY rowid_ LIMIT 1");
        cmd.Parameters.AddWithValue("$id", documentId);
        return cmd.ExecuteScalar() as string;
    }

    private SqliteCommand Command(string sql, SqliteTransaction? tx = null)
    {
        var cmd = _connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        return cmd;
    }

    private object? Scalar(string sql)
    {
        using var cmd = Command(sql);
        return cmd.ExecuteScalar();
    }

    private static void Execute(SqliteConnection connection, string sql, SqliteTransaction? tx = null)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();
}
