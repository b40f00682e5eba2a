using System.CommandLine;
using System.Globalization;
using Sitrep.Core.Serialization;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Pipeline;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval quotes DIR</c>: scores quote attribution against a corpus in the PolNeAR layout.</summary>
internal static class EvalQuotesCommand
{
    public static Command Create(CliContext context)
    {
        var dir = new Argument<string>("dir") { Description = "Folder with text/NAME.txt articles and attributions/NAME_ANNOTATOR.ann BRAT files (Source, Cue, Content spans)" };
        var json = CommonOptions.Json();
        var command = new Command("quotes", "Precision, recall and F1 of quote source, cue and content spans, exact and overlapping") { dir, json };
        command.SetAction((parse, cancellationToken) =>
        {
            var report = AttributionEvaluation.Run(parse.GetValue(dir)!, d => DefaultPipeline.Instance.Process(d, cancellationToken), cancellationToken);
            Render(context.Console, report);
            if (parse.GetValue(json))
                context.Out.WriteLine(Json(report));
            return Task.FromResult(0);
        });
        return command;
    }

    private static void Render(IAnsiConsole console, AttributionReport report)
    {
        var table = new Table { Title = new TableTitle($"Quote attribution: {report.Articles} articles, {report.AnnotatorFiles} annotator files (annotators averaged per article)") };
        foreach (var column in new[] { "measure", "gold", "pred", "precision", "recall", "F1" })
            table.AddColumn(new TableColumn(column).RightAligned());
        foreach (var key in AttributionScorer.Keys)
        {
            var counts = report[key];
            table.AddRow(key, N(counts.Gold), N(counts.Predicted), F(counts.Precision), F(counts.Recall), F(counts.F1));
        }
        console.Write(table);
    }

    private static string Json(AttributionReport report)
    {
        return JsonText.Of(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("articles", report.Articles);
            writer.WriteNumber("annotator_files", report.AnnotatorFiles);
            foreach (var key in AttributionScorer.Keys)
            {
                var prf = report[key];
                writer.WriteStartObject(key);
                writer.WriteNumber("precision", Math.Round(prf.Precision, 4));
                writer.WriteNumber("recall", Math.Round(prf.Recall, 4));
                writer.WriteNumber("f1", Math.Round(prf.F1, 4));
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        });
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
