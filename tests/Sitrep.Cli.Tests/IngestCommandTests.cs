namespace Sitrep.Cli.Tests;

public sealed class IngestCommandTests : IDisposable
{
    private readonly CliRunner _cli = new();

    [Fact]
    public async Task BadFilesEachGetOneErrorLineAndGoodFilesStillGoIn()
    {
        var good = _cli.Write("in/good.txt", "Rebels attacked the town of Idlib on Monday.");
        var empty = _cli.Write("in/empty.txt", "");
        var binary = _cli.WriteBytes("in/binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01, 0x02, 0x00]);
        var latin1 = _cli.WriteBytes("in/latin1.txt", [0x43, 0x61, 0x66, 0xE9, 0x20, 0x61, 0x74, 0x74, 0x61, 0x63, 0x6B]);
        var emptyDir = Directory.CreateDirectory(Path.Combine(_cli.Dir, "nothing-here")).FullName;
        var missing = Path.Combine(_cli.Dir, "missing.txt");

        var (exit, output, err) = await _cli.Run("ingest", Path.Combine(_cli.Dir, "in"), emptyDir, missing);

        Assert.Equal(0, exit);
        var errors = err.Trim().Split('\n');
        Assert.Equal(5, errors.Length);
        Assert.Contains(errors, e => e.Contains(empty) && e.Contains("empty"));
        Assert.Contains(errors, e => e.Contains(binary) && e.Contains("binary"));
        Assert.Contains(errors, e => e.Contains(latin1) && e.Contains("UTF-8"));
        Assert.Contains(errors, e => e.Contains(emptyDir) && e.Contains("no article files"));
        Assert.Contains(errors, e => e.Contains(missing) && e.Contains("no such file"));
        Assert.Contains("1 stored", output);
        Assert.DoesNotContain(good, err);
    }

    [Fact]
    public async Task NothingIngestibleExitsNonZero()
    {
        var (exit, _, err) = await _cli.Run("ingest", Path.Combine(_cli.Dir, "missing.txt"));
        Assert.NotEqual(0, exit);
        Assert.Contains("missing.txt", err);
    }

    [Fact]
    public async Task RerunStoresNothingTwice()
    {
        var samples = Samples.Dir;
        var (first, out1, _) = await _cli.Run("ingest", samples);
        var (second, out2, _) = await _cli.Run("ingest", samples);
        Assert.Equal(0, first);
        Assert.Equal(0, second);
        Assert.Contains("3 stored, 0 already stored", out1);
        Assert.Contains("0 stored, 3 already stored", out2);
    }

    [Fact]
    public async Task StoredDocumentsRememberTheFileTheyCameFrom()
    {
        var file = _cli.Write("in/story.txt", "Rebels attacked the town of Idlib on Monday.");
        await _cli.Run("ingest", file);
        using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_cli.Db};Pooling=False");
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT source_path FROM documents";
        Assert.Equal(file, query.ExecuteScalar());
    }

    [Fact]
    public async Task EventsCsvHasAcledColumnNames()
    {
        await _cli.Run("ingest", Samples.Dir);
        var (exit, output, _) = await _cli.Run("events", "--format", "csv");
        Assert.Equal(0, exit);
        Assert.StartsWith("document_id,event_type,sub_event_type,actor1,assoc_actor_1,actor2", output);
    }

    public void Dispose() => _cli.Dispose();
}
