using System.Globalization;
using Sitrep.Core;
using Sitrep.Nlp.Pipeline;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Output;

/// <summary>Human-readable tables: each value beside the sentence it came from, the value highlighted.</summary>
internal static class Tables
{
    public static void Document(IAnsiConsole console, Document doc)
    {
        console.WriteLine($"{doc.Id}  published {doc.Published?.ToString("yyyy-MM-dd") ?? "unknown"}  outlet {doc.Outlet ?? "unknown"}  {doc.TokenCount} tokens, {doc.Sentences.Count} sentences");
        foreach (var caption in doc.Captions)
            console.MarkupLine($"[grey]caption ({Markup.Escape(caption.Reason)}):[/] {Markup.Escape(doc.TextOf(caption.Span))}");

        Layer(console, doc, "Events", doc.Events, e => $"{e.EventType} / {e.SubEventType}",
            e => Join(("actor1", e.Actor1), ("actor2", e.Actor2), ("where", e.Location), ("admin1", e.Admin1), ("when", DateRange(e.EventDate, e.EventDateEnd)),
                ("fatalities", e.Fatalities?.ToString(CultureInfo.InvariantCulture)), ("civilians targeted", e.CivilianTargeting == true ? "yes" : null),
                ("headline", e.TitleEvidence.Count > 0 ? string.Join(" … ", e.TitleEvidence.Select(s => doc.Title![s.Start..s.End])) : null)));
        Layer(console, doc, "Entities", doc.Entities, e => e.Kind.ToString(), e => Join(("canonical", e.Canonical), ("country", e.CountryCode)));
        Layer(console, doc, "Quantities", doc.Quantities, q => q.Kind.ToString(),
            q => Join(("low", Num(q.Low)), ("best", Num(q.Best)), ("high", Num(q.High)), ("unit", q.Unit), ("hedge", q.Hedge), ("group", q.Group), ("hypothetical", q.IsHypothetical ? "yes" : null)));
        Layer(console, doc, "Dates", doc.Dates, d => d.Precision.ToString(), d => Join(("value", DateRange(d.From, d.To)), ("relative", d.IsRelative ? "yes" : null)));
        Layer(console, doc, "Quotes", doc.Quotes.OrderBy(q => q.Speaker ?? "~").ThenBy(q => q.Span.Start).ToList(), q => q.Kind.ToString(),
            q => Join(("speaker", q.Speaker), ("role", q.SpeakerRole), ("cue", q.Cue is { } c ? doc.TextOf(c) : null), ("medium", q.Medium)));
    }

    private static void Layer<T>(IAnsiConsole console, Document doc, string title, IReadOnlyList<T> items, Func<T, string> kind, Func<T, string> details) where T : Annotation
    {
        if (items.Count == 0)
        {
            console.MarkupLine($"[bold]{title}[/]: none");
            return;
        }
        var table = new Table { Title = new TableTitle($"{title} ({items.Count})"), Expand = true };
        table.AddColumn(new TableColumn("value").Width(28));
        table.AddColumn(new TableColumn("kind").Width(14));
        table.AddColumn(new TableColumn("details").Width(36));
        table.AddColumn(new TableColumn("conf").RightAligned().Width(5));
        table.AddColumn(new TableColumn("sentence"));
        foreach (var item in items)
        {
            table.AddRow(
                new Markup($"[bold]{Markup.Escape(doc.TextOf(item.Span))}[/]"),
                new Text(kind(item)),
                new Text(details(item)),
                new Text(item.Confidence.ToString("0.00", CultureInfo.InvariantCulture)),
                new Markup(Highlight(doc, item.Span)));
        }
        console.Write(table);
    }

    /// <summary>The sentence around <paramref name="span"/> with the span in bold yellow.</summary>
    public static string Highlight(Document doc, TextSpan span)
    {
        var sentence = doc.SentenceAt(span.Start)?.Span ?? span;
        var context = sentence.Union(span);
        return Markup.Escape(doc.Text[context.Start..span.Start]) + "[yellow bold]" + Markup.Escape(doc.TextOf(span)) + "[/]" + Markup.Escape(doc.Text[span.End..context.End]);
    }

    public static void Events(IAnsiConsole console, IReadOnlyList<StoredEvent> events)
    {
        var table = new Table { Title = new TableTitle($"Events ({events.Count})"), Expand = true };
        foreach (var column in new[] { "document", "date", "type", "sub-event", "actor1", "actor2", "location", "admin1", "fatal.", "conf", "evidence" })
            table.AddColumn(column);
        foreach (var stored in events)
        {
            var (_, documentId, e, evidence) = stored;
            // Words a value was read from in the headline are evidence as much as the sentence.
            if (stored.TitleEvidenceText.Count > 0) evidence += "\nheadline: " + string.Join(" … ", stored.TitleEvidenceText);
            table.AddRow(new[] { documentId, DateRange(e.EventDate, e.EventDateEnd) ?? "", e.EventType, e.SubEventType, e.Actor1 ?? "", e.Actor2 ?? "", e.Location ?? "", e.Admin1 ?? "",
                e.Fatalities?.ToString(CultureInfo.InvariantCulture) ?? "", e.Confidence.ToString("0.00", CultureInfo.InvariantCulture), evidence }.Select(s => new Text(s)));
        }
        console.Write(table);
    }

    public static void Timings(IAnsiConsole console, TextPipeline pipeline)
    {
        var table = new Table { Title = new TableTitle("Time per stage") };
        table.AddColumn("stage");
        table.AddColumn(new TableColumn("ms").RightAligned());
        foreach (var (stage, elapsed) in pipeline.Timings())
            table.AddRow(stage, elapsed.TotalMilliseconds.ToString("0.0", CultureInfo.InvariantCulture));
        console.Write(table);
    }

    public static string? DateRange(DateOnly? from, DateOnly? to) =>
        from is not { } f ? null : to is { } t && t != f ? $"{f:yyyy-MM-dd}..{t:yyyy-MM-dd}" : $"{f:yyyy-MM-dd}";

    private static string? Num(double? value) => value?.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string Join(params (string Name, string? Value)[] fields) =>
        string.Join("; ", fields.Where(f => f.Value is not null).Select(f => $"{f.Name} {f.Value}"));
}
