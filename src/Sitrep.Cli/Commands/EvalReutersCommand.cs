using System.CommandLine;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Events;
using Sitrep.Nlp.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval reuters FILE.jsonl</c>: the share of business articles given a violent event.</summary>
internal static class EvalReutersCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "Reuters-21578 as JSON lines (id, topics, text)" };
        var topics = new Option<string>("--topics") { Description = "Comma-separated topics to read", DefaultValueFactory = _ => "earn,acq" };
        var json = CommonOptions.Json();
        var command = new Command("reuters", "False violent events on non-conflict news; articles used to train the no-event class are skipped") { file, topics, json };
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(topics)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var articles = EventTraining.ReutersArticles(parse.GetValue(file)!)
                .Where(a => a.Topics.Intersect(wanted).Any() && !EventTraining.IsReutersTrainingArticle(a.Id))
                .Select(a => (a.Id, a.Text));
            var report = NoEventEvaluation.Run(articles, DefaultPipeline.Instance);
            context.Out.WriteLine($"articles: {report.Articles}, with a violent event: {report.WithViolentEvent} ({report.FalseEventShare:P2})");
            foreach (var (id, sentence) in report.Examples) context.Out.WriteLine($"  {id}: {sentence}");
            if (parse.GetValue(json)) context.Out.WriteLine(report.ToJson());
            return 0;
        });
        return command;
    }
}
