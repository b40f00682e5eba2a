using Npgsql;
using Sitrep.Storage;

namespace Sitrep.Storage.Tests.Support;

/// <summary>Makes a fresh, empty store for one test and removes it afterwards.</summary>
public abstract class StoreProvider : IDisposable
{
    public abstract IDocumentStore Open();
    public abstract void Dispose();

    /// <summary>The backend's SQL dialect, to write a store as an older schema left it.</summary>
    internal abstract SqlDialect Dialect { get; }

    /// <summary>A plain open connection to the store, beside <see cref="DocumentStore"/>.</summary>
    public abstract System.Data.Common.DbConnection Connect();

    /// <summary>Simulates a crash mid-document: inserting a quote by <paramref name="speaker"/> fails inside the transaction.</summary>
    public abstract void FailQuoteInserts(string speaker);
}

/// <summary>A SQLite file in a temporary folder.</summary>
public sealed class SqliteProvider : StoreProvider
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-store-").FullName;
    public string Path => System.IO.Path.Combine(_dir, "nested", "test.db");
    public string Dir => _dir;
    public override IDocumentStore Open() => DocumentStore.OpenSqlite(Path);
    internal override SqlDialect Dialect => SqlDialect.Sqlite;
    public override System.Data.Common.DbConnection Connect()
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        return connection;
    }
    public override void FailQuoteInserts(string speaker)
    {
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"CREATE TRIGGER fail_quote BEFORE INSERT ON quotes WHEN new.speaker = '{speaker}' BEGIN SELECT RAISE(ABORT, 'simulated crash'); END;";
        cmd.ExecuteNonQuery();
    }
    public override void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}

/// <summary>
/// A private schema in the PostgreSQL database named by SITREP_PG (default: local server, user postgres).
/// Without a server the test is skipped locally, but fails when CI=true: CI must run both backends.
/// </summary>
public sealed class PostgresProvider : StoreProvider
{
    public static string ConnectionString { get; } =
        Environment.GetEnvironmentVariable("SITREP_PG") is { Length: > 0 } configured ? configured : "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres;Database=postgres";

    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N")[..12];
    private readonly string _connectionString;

    public PostgresProvider()
    {
        try
        {
            using var admin = new NpgsqlConnection(ConnectionString);
            admin.Open();
            using var create = new NpgsqlCommand($"CREATE SCHEMA {_schema}", admin);
            create.ExecuteNonQuery();
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            if (Environment.GetEnvironmentVariable("CI") == "true")
                throw new InvalidOperationException($"CI=true but PostgreSQL is not reachable with SITREP_PG='{ConnectionString}': {ex.Message}", ex);
            Assert.Skip($"PostgreSQL not reachable ({ex.Message}); set SITREP_PG to run the PostgreSQL backend tests");
        }
        _connectionString = new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = _schema }.ToString();
    }

    public override IDocumentStore Open() => DocumentStore.OpenPostgres(_connectionString);
    internal override SqlDialect Dialect => SqlDialect.Postgres;
    public override System.Data.Common.DbConnection Connect()
    {
        var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        return connection;
    }
    public override void FailQuoteInserts(string speaker)
    {
        using var connection = new NpgsqlConnection(_connectionString);
        connection.Open();
        using var cmd = new NpgsqlCommand($"""
            CREATE FUNCTION fail_quote() RETURNS trigger AS $$ BEGIN
                IF NEW.speaker = '{speaker}' THEN RAISE EXCEPTION 'simulated crash'; END IF; RETURN NEW;
            END $$ LANGUAGE plpgsql;
            CREATE TRIGGER fail_quote BEFORE INSERT ON quotes FOR EACH ROW EXECUTE FUNCTION fail_quote();
            """, connection);
        cmd.ExecuteNonQuery();
    }

    public override void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        using var admin = new NpgsqlConnection(ConnectionString);
        admin.Open();
        using var drop = new NpgsqlCommand($"DROP SCHEMA IF EXISTS {_schema} CASCADE", admin);
        drop.ExecuteNonQuery();
    }
}
