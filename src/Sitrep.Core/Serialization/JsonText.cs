using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Sitrep.Core.Serialization;

/// <summary>The JSON writer settings every Sitrep output uses, and a helper to write one object to a string.</summary>
public static class JsonText
{
    /// <summary>Compact output that keeps non-ASCII text readable ("Ḩalab", "—") instead of \u-escaping it.</summary>
    public static JsonWriterOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>What <paramref name="write"/> writes, as a string.</summary>
    public static string Of(Action<Utf8JsonWriter> write, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options with { Indented = indented }))
            write(writer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
