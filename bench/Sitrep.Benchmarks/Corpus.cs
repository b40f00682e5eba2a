namespace Sitrep.Benchmarks;

/// <summary>Benchmark input: the bundled reference article, found by walking up to the repository's samples/.</summary>
internal static class Corpus
{
    public static string Reference()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "samples", "aleppo-2016-09-28.txt");
            if (File.Exists(path)) return File.ReadAllText(path);
        }
        throw new FileNotFoundException("samples/aleppo-2016-09-28.txt not found above " + AppContext.BaseDirectory);
    }
}
