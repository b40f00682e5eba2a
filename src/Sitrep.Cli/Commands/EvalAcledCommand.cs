using System.CommandLine;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval acled FILE.csv</c>: runs the pipeline on each row's notes and scores the main event field by field.</summary>
internal static class EvalAcledCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "An ACLED export (CSV with a notes column)" };
        var json = CommonOptions.Json();
        var allRows = new Option<bool>("--all-rows") { Description = "Score every row, not only the held-out rows that no model was trained or tuned on" };
        var command = new Command("acled", "Accuracy of event type, sub-event type, actors, place, fatalities and date on ACLED notes (event_date as publication date)") { file, json, allRows };
        command.SetAction(parse =>
        {
            bool all = parse.GetValue(allRows);
            var rows = AcledCsv.Read(parse.GetValue(file)!).Where(r => all || AcledCsv.IsHeldOut(r));
            var report = AcledEvaluation.Run(rows, DefaultPipeline.Instance);
            context.Out.WriteLine(all ? "all rows" : "held-out rows");
            report.WriteTable(context.Out);
            if (parse.GetValue(json)) context.Out.WriteLine(report.ToJson());
            return 0;
        });
        return command;
    }
}
