using System.CommandLine;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval fakes FILE.csv</c>: checks each FA-KES article's main event against its crowd-sourced facts.</summary>
internal static class EvalFakesCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "The FA-KES CSV (unit_id, article_title, article_content, date, location, actor, cause_of_death, nb_* ...)" };
        var json = CommonOptions.Json();
        var slice = new Option<string>("--slice") { Description = "all, tune (4 articles in 5, to study) or report (every 5th article, only to report on)", DefaultValueFactory = _ => "all" };
        slice.AcceptOnlyFromAmong("all", "tune", "report");
        var misses = new Option<int>("--misses") { Description = "List this many tune-slice articles whose main event is wrong (by default: governorate or sub-event type)" };
        var missesOf = new Option<string[]>("--misses-of") { Description = "The measures --misses lists articles wrong on: admin1, sub_event, actor1, deaths", AllowMultipleArgumentsPerToken = true };
        missesOf.AcceptOnlyFromAmong("admin1", "sub_event", "actor1", "deaths");
        var command = new Command("fakes", "Governorate, sub-event type, actor and death toll of each article's main event (the one its lead tells with most fatalities)") { file, json, slice, misses, missesOf };
        command.SetAction(parse =>
        {
            var which = parse.GetValue(slice);
            int left = parse.GetValue(misses);
            var rows = FakesCsv.Read(parse.GetValue(file)!).Select((r, i) => (Row: r, Report: FakesEvaluation.IsReportSlice(i)))
                .Where(p => which == "all" || p.Report == (which == "report")).ToList();
            var measures = parse.GetValue(missesOf) is { Length: > 0 } chosen ? chosen : ["admin1", "sub_event"];
            var reportRows = rows.Where(p => p.Report).Select(p => p.Row.Id).ToHashSet(StringComparer.Ordinal);
            var report = FakesEvaluation.Run(rows.Select(p => p.Row), DefaultPipeline.Instance, (row, doc, main) =>
            {
                // Misses are only ever listed from the tuning slice, so the report slice stays unseen.
                if (left <= 0 || reportRows.Contains(row.Id)) return;
                var verdict = FakesEvaluation.Judge(row, main);
                if (!measures.Any(m => m switch
                {
                    "admin1" => !verdict.Admin1,
                    "sub_event" => verdict.SubEvent == false,
                    "actor1" => verdict.Actor1 == false,
                    _ => !verdict.Deaths,
                })) return;
                left--;
                context.Out.WriteLine($"#{row.Id} gold: {row.Location} / {row.CauseOfDeath} / {row.Actor} / {row.Deaths} deaths; title: {row.Title}");
                foreach (var e in doc.Events)
                    context.Out.WriteLine($"  {(e == main ? "*" : " ")} {e.EventType}|{e.SubEventType} {e.Admin1}/{e.Location} f={e.Fatalities} a1={e.Actor1} c={e.Confidence:0.00}: {Snippet(doc, e)}");
            });
            report.WriteTable(context.Out);
            if (parse.GetValue(json)) context.Out.WriteLine(report.ToJson());
            return 0;
        });
        return command;
    }

    private static string Snippet(Core.Document doc, Core.EventRecord e)
    {
        var span = e.Evidence.FirstOrDefault();
        var text = doc.Text[span.Start..span.End].ReplaceLineEndings(" ");
        return text.Length > 160 ? text[..160] + "…" : text;
    }
}
