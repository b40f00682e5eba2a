using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Core;

namespace Sitrep.Cli.Input;

/// <summary>Metadata given on the command line; it wins over what sidecar files and file names say.</summary>
/// <param name="Published">Publication date.</param>
/// <param name="Outlet">Outlet name.</param>
internal sealed record ArticleOverrides(DateOnly? Published, string? Outlet);

/// <summary>Finds article files and reads them into documents, rejecting bad input with a reason that names the file.</summary>
internal static partial class ArticleFiles
{
    /// <summary>Largest article accepted: far beyond any news text, small enough never to exhaust memory.</summary>
    public const long MaxBytes = 50L * 1024 * 1024;

    private static readonly string[] ArticleExtensions = [".txt", ".text"];

    [GeneratedRegex(@"(\d{4}-\d{2}-\d{2})")]
    private static partial Regex DateInName();

    /// <summary>Expands files and directories into article files; a path that yields nothing becomes an error.</summary>
    public static IEnumerable<(string? Path, SitrepException? Error)> Expand(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => ArticleExtensions.Contains(System.IO.Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0)
                    yield return (null, Errors.Create(Errors.NoArticles, $"{path}: directory holds no article files (*.txt)"));
                foreach (var file in files)
                    yield return (file, null);
            }
            else if (File.Exists(path))
            {
                yield return (path, null);
            }
            else
            {
                yield return (null, Errors.Create(Errors.NotFound, $"{path}: no such file or directory"));
            }
        }
    }

    /// <summary>Reads one article file into a document.</summary>
    /// <exception cref="SitrepException">When the file is missing, too large, empty, binary or not valid UTF-8.</exception>
    public static Document Load(string path, ArticleOverrides overrides)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
            throw Errors.Create(Errors.NotFound, $"{path}: no such file");
        if (info.Length > MaxBytes)
            throw Errors.Create(Errors.TooLarge, $"{path}: file is {info.Length / (1024.0 * 1024):0.#} MB; articles are limited to {MaxBytes / (1024 * 1024)} MB");
        var text = Decode(File.ReadAllBytes(path), path);
        var id = System.IO.Path.GetFileNameWithoutExtension(path);
        var sidecar = Sidecar(path);
        return new Document(id, text)
        {
            Published = overrides.Published ?? sidecar.Published ?? DateFromName(id),
            Outlet = overrides.Outlet ?? sidecar.Outlet,
            Title = sidecar.Title,
            Url = sidecar.Url,
        };
    }

    /// <summary>Decodes article bytes as strict UTF-8 (BOM dropped); <paramref name="name"/> names the input in errors.</summary>
    /// <exception cref="SitrepException">When the bytes are empty, binary or not UTF-8.</exception>
    public static string Decode(ReadOnlySpan<byte> bytes, string name)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (bytes.IsEmpty)
            throw Errors.Create(Errors.Empty, $"{name}: file is empty");
        if (LooksBinary(bytes))
            throw Errors.Create(Errors.Binary, $"{name}: file looks binary (NUL or control bytes), not article text");
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw Errors.Create(Errors.Encoding, $"{name}: not valid UTF-8 at byte {ex.Index}; convert it to UTF-8 (e.g. iconv -f latin1 -t utf-8)", ex);
        }
        if (string.IsNullOrWhiteSpace(text))
            throw Errors.Create(Errors.Empty, $"{name}: file holds only whitespace");
        return text;
    }

    // Text never holds NUL; more than 1 in 10 other control bytes in the first 8 KB means it is not prose either.
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var head = bytes[..Math.Min(bytes.Length, 8192)];
        if (head.Contains((byte)0)) return true;
        int control = 0;
        foreach (byte b in head)
            if (b < 0x20 && b is not (byte)'\n' and not (byte)'\r' and not (byte)'\t' and not 0x0C) control++;
        return control * 10 > head.Length;
    }

    private static DateOnly? DateFromName(string name) =>
        DateInName().Match(name) is { Success: true } m && DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private sealed record SidecarMetadata(DateOnly? Published, string? Outlet, string? Title, string? Url);

    // Metadata beside the article: NAME.meta.json, or the "document" object of a NAME.gold.json.
    private static SidecarMetadata Sidecar(string path)
    {
        var stem = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(path) ?? ".", System.IO.Path.GetFileNameWithoutExtension(path));
        foreach (var (file, member) in new[] { (stem + ".meta.json", (string?)null), (stem + ".gold.json", "document") })
        {
            if (!File.Exists(file)) continue;
            try
            {
                using var json = JsonDocument.Parse(File.ReadAllBytes(file));
                var root = json.RootElement;
                if (member is not null && !root.TryGetProperty(member, out root)) continue;
                string? Get(string name) => root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                DateOnly? published = DateOnly.TryParseExact(Get("published"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
                return new SidecarMetadata(published, Get("outlet"), Get("title"), Get("url"));
            }
            catch (JsonException ex)
            {
                throw Errors.Create(Errors.MalformedLine, $"{file}: metadata file is not valid JSON: {ex.Message}", ex);
            }
        }
        return new SidecarMetadata(null, null, null, null);
    }
}
