namespace Sitrep.Core;

/// <summary>An error Sitrep reports to the user: a stable code and a message naming the input and the reason.</summary>
public sealed class SitrepException(string code, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>Stable code from <see cref="Errors"/>, e.g. SR0101.</summary>
    public string Code { get; } = code;

    /// <inheritdoc/>
    public override string ToString() => $"{Code}: {Message}";
}

/// <summary>Every error code Sitrep reports, in one place.</summary>
public static class Errors
{
    /// <summary>Input path does not exist.</summary>
    public const string NotFound = "SR0101";
    /// <summary>Input looks binary.</summary>
    public const string Binary = "SR0102";
    /// <summary>Input is not valid UTF-8.</summary>
    public const string Encoding = "SR0103";
    /// <summary>Input is empty or whitespace.</summary>
    public const string Empty = "SR0104";
    /// <summary>Input is larger than the limit.</summary>
    public const string TooLarge = "SR0105";
    /// <summary>A directory holds no readable article.</summary>
    public const string NoArticles = "SR0106";
    /// <summary>A batch line is not a valid article object.</summary>
    public const string MalformedLine = "SR0107";
    /// <summary>A pipeline is composed wrongly.</summary>
    public const string Pipeline = "SR0201";
    /// <summary>A stage failed on a document.</summary>
    public const string StageFailed = "SR0202";
    /// <summary>A model or data file the program ships is missing or corrupt.</summary>
    public const string Model = "SR0301";
    /// <summary>The store cannot be opened or migrated.</summary>
    public const string Store = "SR0401";
    /// <summary>An evaluation file is malformed.</summary>
    public const string Gold = "SR0501";

    /// <summary>Creates an exception with <paramref name="code"/>.</summary>
    public static SitrepException Create(string code, string message, Exception? inner = null) => new(code, message, inner);
}
