namespace Sitrep.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output, against a temporary database and folder.</summary>
internal sealed class CliRunner : IDisposable
{
    public string Dir { get; } = Directory.CreateTempSubdirectory("sitrep-cli-").FullName;
    public string Db => Path.Combine(Dir, "test.db");

    public async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = await SitrepCli.RunAsync([.. args, "--db", Db], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public string Write(string name, string text)
    {
        var path = Path.Combine(Dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(Dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(Dir, recursive: true);
    }
}
