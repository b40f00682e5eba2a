using Sitrep.Core;

namespace Sitrep.Nlp;

/// <summary>Locates the models and gazetteers the program ships in its <c>data/</c> folder.</summary>
public static class DataFiles
{
    /// <summary>Root of the shipped data: <c>SITREP_DATA</c> if set, else <c>data/</c> beside the program.</summary>
    public static string Root { get; } =
        Environment.GetEnvironmentVariable("SITREP_DATA") is { Length: > 0 } custom
            ? custom
            : Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>Full path of a shipped file, e.g. <c>Path("ner/model.bin")</c>.</summary>
    /// <exception cref="SitrepException">When the file is missing.</exception>
    public static string Require(string relativePath)
    {
        var path = System.IO.Path.Combine(Root, relativePath);
        return File.Exists(path)
            ? path
            : throw Errors.Create(Errors.Model, $"{path}: shipped data file is missing; rebuild the program or set SITREP_DATA to the repository's data/ folder");
    }
}
