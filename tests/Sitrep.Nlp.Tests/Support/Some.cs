using Sitrep.Core;
using Sitrep.Nlp.Pipeline;

namespace Sitrep.Nlp.Tests.Support;

/// <summary>Builders for test inputs.</summary>
internal static class Some
{
    public static Document Document(string text, DateOnly? published = null) =>
        new("test", text) { Published = published };

    /// <summary>A document run through the standard pipeline.</summary>
    public static Document Annotated(string text, DateOnly? published = null) =>
        DefaultPipeline.Instance.Process(Document(text, published));

    /// <summary>The repository's samples/ folder, found by walking up from the test binary.</summary>
    public static string SamplesDir()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "samples");
            if (File.Exists(Path.Combine(candidate, "aleppo-2016-09-28.txt")))
                return candidate;
        }
        throw new DirectoryNotFoundException("samples/ not found above " + AppContext.BaseDirectory);
    }

    public static string Reference() => File.ReadAllText(Path.Combine(SamplesDir(), "aleppo-2016-09-28.txt"));
}
