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
        var command = new Command("fakes", "Governorate, sub-event type, actor and death toll of each article's main event (most fatalities)") { file, json };
        command.SetAction(parse =>
        {
            var report = FakesEvaluation.Run(FakesCsv.Read(parse.GetValue(file)!), DefaultPipeline.Instance);
            report.WriteTable(context.Out);
            if (parse.GetValue(json)) context.Out.WriteLine(report.ToJson());
            return 0;
        });
        return command;
    }
}
