using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;
using Sitrep.Core;
using Sitrep.Core.Serialization;

namespace Sitrep.Storage;

/// <summary>The store on either backend: an embedded SQLite file (WAL) or a PostgreSQL database; same schema, same behaviour.</summary>
public sealed class DocumentStore : IDocumentStore
{
    private readonly DbConnection _connection;
    private readonly SqlDialect _dialect;

    private DocumentStore(DbConnection connection, SqlDialect dialect, string location)
    {
        _connection = connection;
        _dialect = dialect;
        Location = location;
    }

    /// <inheritdoc/>
    public string Location { get; }

    /// <summary>Which backend: "sqlite" or "postgres".</summary>
    public string Backend => _dialect.Name;

    /// <summary>True when <paramref name="target"/> names a PostgreSQL database (a postgres:// URL or a key=value connection string).</summary>
    public static bool IsPostgres(string target) =>
        target.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || target.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
        || target.Contains("Host=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens a PostgreSQL database when <paramref name="target"/> names one, else the SQLite file at that path.</summary>
    public static DocumentStore Open(string target) => IsPostgres(target) ? OpenPostgres(target) : OpenSqlite(target);

    /// <summary>Opens (creating if needed) the SQLite file at <paramref name="path"/> and applies pending migrations.</summary>
    /// <exception cref="SitrepException">When the file cannot be opened or is not a Sitrep database.</exception>
    public static DocumentStore OpenSqlite(string path)
    {
        try
        {
            if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } dir)
                Directory.CreateDirectory(dir);
            var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
            connection.Open();
            var store = new DocumentStore(connection, SqlDialect.Sqlite, path);
            store.Execute("PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL;");
            store.Migrate();
            return store;
        }
        catch (SqliteException ex)
        {
            throw Errors.Create(Errors.Store, $"{path}: cannot open the Sitrep database: {ex.Message}", ex);
        }
    }

    /// <summary>Opens the PostgreSQL database named by a <c>postgres://user:pass@host:port/db</c> URL or an Npgsql connection string, and applies pending migrations.</summary>
    /// <exception cref="SitrepException">When the server cannot be reached or refuses the login.</exception>
    public static DocumentStore OpenPostgres(string target)
    {
        var builder = new NpgsqlConnectionStringBuilder(target.Contains("://", StringComparison.Ordinal) ? FromUrl(target) : target);
        var location = $"postgres://{builder.Host}:{builder.Port}/{builder.Database}";
        try
        {
            var connection = new NpgsqlConnection(builder.ToString());
            connection.Open();
            var store = new DocumentStore(connection, SqlDialect.Postgres, location);
            store.Migrate();
            return store;
        }
        catch (Exception ex) when (ex is NpgsqlException or PostgresException or InvalidOperationException)
        {
            throw Errors.Create(Errors.Store, $"{location}: cannot open the Sitrep database: {ex.Message}", ex);
        }
    }

    private static string FromUrl(string url)
    {
        var uri = new Uri(url);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = uri.AbsolutePath.Trim('/') is { Length: > 0 } db ? db : "sitrep",
        };
        if (uri.UserInfo.Split(':', 2) is [var user, ..] && user.Length > 0) builder.Username = Uri.UnescapeDataString(user);
        if (uri.UserInfo.Split(':', 2) is [_, var password]) builder.Password = Uri.UnescapeDataString(password);
        return builder.ToString();
    }

    /// <summary>Highest migration applied.</summary>
    public int SchemaVersion => Convert.ToInt32(Scalar("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"), CultureInfo.InvariantCulture);

    private void Migrate()
    {
        Execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
        foreach (var step in Migrations.Steps)
        {
            using var tx = _connection.BeginTransaction();
            if (_dialect.MigrationLockSql is { } lockSql) Execute(lockSql, tx);
            using (var check = Command("SELECT COUNT(*) FROM schema_migrations WHERE version = @v", tx))
            {
                Add(check, "@v", step.Version);
                if (Convert.ToInt64(check.ExecuteScalar(), CultureInfo.InvariantCulture) > 0) continue;
            }
            Execute(_dialect.Render(step), tx);
            using var mark = Command("INSERT INTO schema_migrations(version, description, applied_at) VALUES (@v, @d, @t)", tx);
            Add(mark, "@v", step.Version);
            Add(mark, "@d", step.Description);
            Add(mark, "@t", DateTime.UtcNow.ToString("O"));
            mark.ExecuteNonQuery();
            tx.Commit();
        }
    }

    /// <summary>SHA-256 of the text's UTF-8 bytes, hex: the identity used to store a document once.</summary>
    public static string ContentHash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <inheritdoc/>
    public SaveOutcome Save(Document document, string? sourcePath = null)
    {
        using var tx = _connection.BeginTransaction();
        long rowId;
        using (var insert = Command("""
            INSERT INTO documents(id, content_hash, title, published, outlet, url, language, source_path, text, annotations_json, ingested_at)
            VALUES (@id, @hash, @title, @published, @outlet, @url, @language, @source, @text, @json, @at)
            ON CONFLICT (content_hash) DO NOTHING
            RETURNING rowid_
            """, tx))
        {
            Add(insert, "@id", document.Id);
            Add(insert, "@hash", ContentHash(document.Text));
            Add(insert, "@title", document.Title);
            Add(insert, "@published", Day(document.Published));
            Add(insert, "@outlet", document.Outlet);
            Add(insert, "@url", document.Url);
            Add(insert, "@language", document.Language);
            Add(insert, "@source", sourcePath);
            Add(insert, "@text", document.Text);
            _dialect.AddJson(insert, "@json", DocumentJson.ToJson(document));
            Add(insert, "@at", DateTime.UtcNow.ToString("O"));
            if (insert.ExecuteScalar() is not { } id)
                return SaveOutcome.Duplicate;
            rowId = Convert.ToInt64(id, CultureInfo.InvariantCulture);
        }
        InsertEvents(document, rowId, tx);
        InsertQuotes(document, rowId, tx);
        tx.Commit();
        return SaveOutcome.Stored;
    }

    private void InsertEvents(Document document, long rowId, DbTransaction tx)
    {
        // One statement for all of the document's events: the backend parses it once.
        using var cmd = Command("""
            INSERT INTO events(document_rowid, ordinal, event_type, sub_event_type, actor1, assoc_actor_1, actor2, assoc_actor_2, inter1, inter2,
                civilian_targeting, country, iso, admin1, admin2, location, latitude, longitude, geo_precision, event_date, event_date_end,
                time_precision, fatalities, fatalities_low, fatalities_high, people_affected, span_start, span_end, notes, evidence_json, title_evidence_json, confidence, producer)
            VALUES (@doc, @ordinal, @type, @sub, @a1, @aa1, @a2, @aa2, @i1, @i2, @civ, @country, @iso, @admin1, @admin2, @location, @lat, @lon, @geo,
                @date, @dateEnd, @timePrecision, @fat, @fatLow, @fatHigh, @affected, @start, @end, @notes, @evidence, @titleEvidence, @confidence, @producer)
            """, tx);
        int ordinal = 0;
        foreach (var e in document.Events)
        {
            cmd.Parameters.Clear();
            Add(cmd, "@doc", rowId); Add(cmd, "@ordinal", ordinal++);
            Add(cmd, "@type", e.EventType); Add(cmd, "@sub", e.SubEventType);
            Add(cmd, "@a1", e.Actor1); Add(cmd, "@aa1", e.AssocActor1); Add(cmd, "@a2", e.Actor2); Add(cmd, "@aa2", e.AssocActor2);
            Add(cmd, "@i1", e.Inter1); Add(cmd, "@i2", e.Inter2); Add(cmd, "@civ", e.CivilianTargeting is { } c ? (c ? 1 : 0) : null);
            Add(cmd, "@country", e.Country); Add(cmd, "@iso", e.Iso); Add(cmd, "@admin1", e.Admin1); Add(cmd, "@admin2", e.Admin2); Add(cmd, "@location", e.Location);
            Add(cmd, "@lat", e.Latitude); Add(cmd, "@lon", e.Longitude); Add(cmd, "@geo", e.GeoPrecision);
            Add(cmd, "@date", Day(e.EventDate)); Add(cmd, "@dateEnd", Day(e.EventDateEnd)); Add(cmd, "@timePrecision", e.TimePrecision);
            Add(cmd, "@fat", e.Fatalities); Add(cmd, "@fatLow", e.FatalitiesLow); Add(cmd, "@fatHigh", e.FatalitiesHigh); Add(cmd, "@affected", e.PeopleAffected);
            Add(cmd, "@start", e.Span.Start); Add(cmd, "@end", e.Span.End);
            Add(cmd, "@notes", document.TextOf(e.Span));
            _dialect.AddJson(cmd, "@evidence", SpansJson(e.Evidence));
            _dialect.AddJson(cmd, "@titleEvidence", SpansJson(e.TitleEvidence));
            Add(cmd, "@confidence", e.Confidence); Add(cmd, "@producer", e.Producer);
            cmd.ExecuteNonQuery();
        }
    }

    private void InsertQuotes(Document document, long rowId, DbTransaction tx)
    {
        using var cmd = Command("""
            INSERT INTO quotes(document_rowid, speaker, speaker_role, kind, text, span_start, span_end, confidence)
            VALUES (@doc, @speaker, @role, @kind, @text, @start, @end, @confidence)
            """, tx);
        foreach (var q in document.Quotes)
        {
            cmd.Parameters.Clear();
            Add(cmd, "@doc", rowId);
            Add(cmd, "@speaker", q.Speaker);
            Add(cmd, "@role", q.SpeakerRole);
            Add(cmd, "@kind", q.Kind.ToString().ToLowerInvariant());
            Add(cmd, "@text", document.TextOf(q.Span));
            Add(cmd, "@start", q.Span.Start);
            Add(cmd, "@end", q.Span.End);
            Add(cmd, "@confidence", q.Confidence);
            cmd.ExecuteNonQuery();
        }
    }

    /// <inheritdoc/>
    public bool ContainsText(string text)
    {
        using var cmd = Command("SELECT 1 FROM documents WHERE content_hash = @hash");
        Add(cmd, "@hash", ContentHash(text));
        return cmd.ExecuteScalar() is not null;
    }

    /// <inheritdoc/>
    public IReadOnlySet<string> ContentHashes()
    {
        using var cmd = Command("SELECT content_hash FROM documents");
        using var r = cmd.ExecuteReader();
        var hashes = new HashSet<string>(StringComparer.Ordinal);
        while (r.Read()) hashes.Add(r.GetString(0));
        return hashes;
    }

    /// <inheritdoc/>
    public long DocumentCount => Convert.ToInt64(Scalar("SELECT COUNT(*) FROM documents"), CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public IEnumerable<StoredEvent> Events(EventQuery? query = null)
    {
        query ??= EventQuery.All;
        var where = new List<string>();
        using var cmd = Command("");
        if (query.From is { } from) { where.Add("COALESCE(e.event_date_end, e.event_date) >= @from"); Add(cmd, "@from", Day(from)); }
        if (query.To is { } to) { where.Add("e.event_date <= @to"); Add(cmd, "@to", Day(to)); }
        if (query.Country is { } country) { where.Add("(upper(e.iso) = upper(@country) OR lower(e.country) = lower(@country))"); Add(cmd, "@country", country); }
        if (query.EventType is { } type) { where.Add("lower(e.event_type) = lower(@type)"); Add(cmd, "@type", type); }
        cmd.CommandText = $"""
            SELECT d.id, e.event_type, e.sub_event_type, e.actor1, e.assoc_actor_1, e.actor2, e.assoc_actor_2, e.inter1, e.inter2, e.civilian_targeting,
                   e.country, e.iso, e.admin1, e.admin2, e.location, e.latitude, e.longitude, e.geo_precision, e.event_date, e.event_date_end,
                   e.time_precision, e.fatalities, e.fatalities_low, e.fatalities_high, e.people_affected, e.span_start, e.span_end,
                   e.evidence_json, e.confidence, e.producer, e.notes, e.id, d.outlet, d.url, d.published, d.ingested_at,
                   e.title_evidence_json, d.title
            FROM events e JOIN documents d ON d.rowid_ = e.document_rowid
            {(where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : "")}
            ORDER BY d.rowid_, e.ordinal
            """;
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            int? I(int i) => r.IsDBNull(i) ? null : Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);
            double? D(int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
            var e = new EventRecord(new TextSpan(I(25)!.Value, I(26)!.Value), r.GetString(1), r.GetString(2), r.GetDouble(28), r.GetString(29))
            {
                Actor1 = S(3), AssocActor1 = S(4), Actor2 = S(5), AssocActor2 = S(6), Inter1 = I(7), Inter2 = I(8),
                CivilianTargeting = I(9) is { } c ? c == 1 : null,
                Country = S(10), Iso = S(11), Admin1 = S(12), Admin2 = S(13), Location = S(14), Latitude = D(15), Longitude = D(16), GeoPrecision = I(17),
                EventDate = ParseDay(S(18)), EventDateEnd = ParseDay(S(19)), TimePrecision = I(20),
                Fatalities = I(21), FatalitiesLow = I(22), FatalitiesHigh = I(23), PeopleAffected = I(24),
                Evidence = Spans(r.GetString(27)),
                TitleEvidence = Spans(r.GetString(36)),
            };
            yield return new StoredEvent(r.GetInt64(31), r.GetString(0), e, r.GetString(30))
            {
                Outlet = S(32),
                Url = S(33),
                Published = ParseDay(S(34)),
                IngestedAt = DateTimeOffset.Parse(r.GetString(35), CultureInfo.InvariantCulture),
                Title = S(37),
            };
        }
    }

    /// <inheritdoc/>
    public IEnumerable<StoredQuote> QuotesBySpeaker(string speaker)
    {
        using var cmd = Command($"""
            SELECT d.id, q.speaker, q.speaker_role, q.kind, q.text, q.span_start, q.span_end
            FROM quotes q JOIN documents d ON d.rowid_ = q.document_rowid
            WHERE {_dialect.SpeakerLike} ORDER BY d.rowid_, q.span_start
            """);
        Add(cmd, "@pattern", "%" + speaker.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%");
        using var r = cmd.ExecuteReader();
        while (r.Read())
            yield return new StoredQuote(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
                r.GetString(3), r.GetString(4), new TextSpan(r.GetInt32(5), r.GetInt32(6)));
    }

    /// <inheritdoc/>
    public IReadOnlyList<SearchHit> SearchDocuments(string query, int limit = 20)
    {
        using var cmd = Command(_dialect.DocumentSearchSql);
        Add(cmd, "@query", FullTextQuery(query));
        Add(cmd, "@limit", limit);
        using var r = cmd.ExecuteReader();
        var hits = new List<SearchHit>();
        while (r.Read()) hits.Add(new SearchHit(r.GetString(1), r.GetString(2)));
        return hits;
    }

    /// <inheritdoc/>
    public IReadOnlyList<long> SearchEvents(string query, int limit = 20)
    {
        using var cmd = Command(_dialect.EventSearchSql);
        Add(cmd, "@query", FullTextQuery(query));
        Add(cmd, "@limit", limit);
        using var r = cmd.ExecuteReader();
        var ids = new List<long>();
        while (r.Read()) ids.Add(r.GetInt64(0));
        return ids;
    }

    // User words become plain terms: FTS5 treats quotes, '-' and ':' as operators, so each word is quoted for SQLite.
    private string FullTextQuery(string query) =>
        _dialect == SqlDialect.Sqlite
            ? string.Join(' ', query.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => "\"" + w.Replace("\"", "\"\"") + "\""))
            : query;

    /// <inheritdoc/>
    public string? AnnotationsJson(string documentId)
    {
        using var cmd = Command("SELECT annotations_json FROM documents WHERE id = @id ORDER BY rowid_ LIMIT 1");
        Add(cmd, "@id", documentId);
        return cmd.ExecuteScalar() is { } json ? json.ToString() : null;
    }

    /// <inheritdoc/>
    public int ImportReferenceEvents(IEnumerable<AcledRow> events, string importedFrom)
    {
        using var tx = _connection.BeginTransaction();
        int count = 0;
        foreach (var e in events)
        {
            using var cmd = Command("""
                INSERT INTO reference_events(event_id_cnty, event_date, year, time_precision, event_type, sub_event_type, actor1, assoc_actor_1, inter1,
                    actor2, assoc_actor_2, inter2, civilian_targeting, region, country, iso, admin1, admin2, admin3, location, latitude, longitude,
                    geo_precision, source, notes, fatalities, imported_from, imported_at)
                VALUES (@id, @date, @year, @tp, @type, @sub, @a1, @aa1, @i1, @a2, @aa2, @i2, @civ, @region, @country, @iso, @admin1, @admin2, @admin3,
                    @location, @lat, @lon, @geo, @source, @notes, @fat, @from, @at)
                ON CONFLICT (event_id_cnty) DO UPDATE SET
                    event_date = excluded.event_date, year = excluded.year, time_precision = excluded.time_precision, event_type = excluded.event_type,
                    sub_event_type = excluded.sub_event_type, actor1 = excluded.actor1, assoc_actor_1 = excluded.assoc_actor_1, inter1 = excluded.inter1,
                    actor2 = excluded.actor2, assoc_actor_2 = excluded.assoc_actor_2, inter2 = excluded.inter2, civilian_targeting = excluded.civilian_targeting,
                    region = excluded.region, country = excluded.country, iso = excluded.iso, admin1 = excluded.admin1, admin2 = excluded.admin2,
                    admin3 = excluded.admin3, location = excluded.location, latitude = excluded.latitude, longitude = excluded.longitude,
                    geo_precision = excluded.geo_precision, source = excluded.source, notes = excluded.notes, fatalities = excluded.fatalities,
                    imported_from = excluded.imported_from, imported_at = excluded.imported_at
                """, tx);
            Add(cmd, "@id", e.EventId); Add(cmd, "@date", Day(e.EventDate)); Add(cmd, "@year", e.EventDate?.Year); Add(cmd, "@tp", e.TimePrecision);
            Add(cmd, "@type", e.EventType); Add(cmd, "@sub", e.SubEventType);
            Add(cmd, "@a1", e.Actor1); Add(cmd, "@aa1", e.AssocActor1); Add(cmd, "@i1", e.Inter1);
            Add(cmd, "@a2", e.Actor2); Add(cmd, "@aa2", e.AssocActor2); Add(cmd, "@i2", e.Inter2);
            Add(cmd, "@civ", e.CivilianTargeting is { } c ? (c ? 1 : 0) : null);
            Add(cmd, "@region", e.Region); Add(cmd, "@country", e.Country); Add(cmd, "@iso", e.Iso3);
            Add(cmd, "@admin1", e.Admin1); Add(cmd, "@admin2", e.Admin2); Add(cmd, "@admin3", e.Admin3); Add(cmd, "@location", e.Location);
            Add(cmd, "@lat", e.Latitude); Add(cmd, "@lon", e.Longitude); Add(cmd, "@geo", e.GeoPrecision);
            Add(cmd, "@source", e.Source); Add(cmd, "@notes", e.Notes); Add(cmd, "@fat", e.Fatalities);
            Add(cmd, "@from", importedFrom); Add(cmd, "@at", DateTime.UtcNow.ToString("O"));
            cmd.ExecuteNonQuery();
            count++;
        }
        tx.Commit();
        return count;
    }

    /// <inheritdoc/>
    public IEnumerable<AcledRow> ReferenceEvents()
    {
        using var cmd = Command("""
            SELECT event_id_cnty, event_date, time_precision, event_type, sub_event_type, actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2,
                   civilian_targeting, region, country, iso, admin1, admin2, admin3, location, latitude, longitude, geo_precision, source, notes, fatalities
            FROM reference_events ORDER BY event_id_cnty
            """);
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
            int? I(int i) => r.IsDBNull(i) ? null : Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);
            double? D(int i) => r.IsDBNull(i) ? null : r.GetDouble(i);
            yield return new AcledRow
            {
                EventId = r.GetString(0), EventDate = ParseDay(S(1)), TimePrecision = I(2), EventType = S(3), SubEventType = S(4),
                Actor1 = S(5), AssocActor1 = S(6), Inter1 = I(7), Actor2 = S(8), AssocActor2 = S(9), Inter2 = I(10),
                CivilianTargeting = I(11) is { } c ? c == 1 : null, Region = S(12), Country = S(13), Iso3 = S(14),
                Admin1 = S(15), Admin2 = S(16), Admin3 = S(17), Location = S(18), Latitude = D(19), Longitude = D(20), GeoPrecision = I(21),
                Source = S(22), Notes = S(23) ?? "", Fatalities = I(24),
            };
        }
    }

    private static string SpansJson(IReadOnlyList<TextSpan> spans) => JsonSerializer.Serialize(spans.Select(s => new[] { s.Start, s.End }));

    private static TextSpan[] Spans(string json) => JsonSerializer.Deserialize<int[][]>(json)!.Select(p => new TextSpan(p[0], p[1])).ToArray();

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDay(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Add(DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
    }

    private DbCommand Command(string sql, DbTransaction? tx = null)
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

    private void Execute(string sql, DbTransaction? tx = null)
    {
        using var cmd = Command(sql, tx);
        cmd.ExecuteNonQuery();
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();
}
