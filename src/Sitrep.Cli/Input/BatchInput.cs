using System.Globalization;
using System.Text.Json;
using Sitrep.Core;

namespace Sitrep.Cli.Input;

/// <summary>Reads batch input: one JSON article per line (<c>id</c>, <c>text</c>, optional <c>title</c>, <c>published</c>, <c>outlet</c>, <c>url</c>).</summary>
internal static class BatchInput
{
    /// <summary>Parses one line; throws naming <paramref name="source"/> and the line number when it is not an article.</summary>
    public static Document Parse(string line, string source, long lineNumber)
    {
        SitrepException Bad(string reason) => Errors.Create(Errors.MalformedLine, $"{source}:{lineNumber}: {reason}; line skipped");
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            throw Bad($"not valid JSON ({ex.Message})");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw Bad("not a JSON object");
            string? Get(string name) => root.TryGetProperty(name, out var v) ? v.ValueKind switch
            {
                JsonValueKind.String => v.GetString(),
                JsonValueKind.Number => v.GetRawText(),
                _ => null,
            } : null;
            var id = Get("id");
            if (string.IsNullOrWhiteSpace(id)) throw Bad("missing \"id\"");
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String) throw Bad("missing \"text\" string");
            DateOnly? published = null;
            if (Get("published") is { } p)
            {
                if (!DateOnly.TryParseExact(p.Length >= 10 ? p[..10] : p, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                    throw Bad($"\"published\" is '{p}', expected yyyy-MM-dd");
                published = d;
            }
            return new Document(id, textElement.GetString()!)
            {
                Title = Get("title"),
                Published = published,
                Outlet = Get("outlet"),
                Url = Get("url"),
            };
        }
    }
}
