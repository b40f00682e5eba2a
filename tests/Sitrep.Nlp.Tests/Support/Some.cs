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
}
