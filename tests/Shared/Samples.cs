namespace Sitrep.Testing;

/// <summary>The repository's bundled articles, found by walking up from the running binary (shared by tests and benchmarks).</summary>
internal static class Samples
{
    /// <summary>The reference article's file name.</summary>
    public const string ReferenceFile = "aleppo-2016-09-28.txt";

    /// <summary>The samples/ folder.</summary>
    public static string Dir { get; } = Find();

    /// <summary>The text of <paramref name="file"/> in samples/.</summary>
    public static string Read(string file) => File.ReadAllText(Path.Combine(Dir, file));

    /// <summary>The text of the reference article.</summary>
    public static string Reference() => Read(ReferenceFile);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (File.Exists(Path.Combine(candidate, ReferenceFile))) return candidate;
        }
        throw new DirectoryNotFoundException("samples/ not found above " + AppContext.BaseDirectory);
    }
}
