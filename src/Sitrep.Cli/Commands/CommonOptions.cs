using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Input;
using Sitrep.Core;

namespace Sitrep.Cli.Commands;

/// <summary>Options that several commands take, defined once.</summary>
internal static class CommonOptions
{
    public static Option<string?> Published() => new("--published") { Description = "Publication date (yyyy-MM-dd): the anchor for relative dates such as 'since Friday'" };

    public static Option<string?> Outlet() => new("--outlet") { Description = "Outlet that published the article" };

    public static Option<bool> Json() => new("--json") { Description = "End with one line of JSON for scripts" };

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format") { Description = $"Output format: {string.Join(", ", formats)}", DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static ArticleOverrides Overrides(ParseResult parse, Option<string?> published, Option<string?> outlet) =>
        new(ParseDate(parse.GetValue(published), "--published"), parse.GetValue(outlet));

    public static DateOnly? ParseDate(string? text, string option) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw Errors.Create(Errors.MalformedLine, $"{option} '{text}': expected a date as yyyy-MM-dd");
}
