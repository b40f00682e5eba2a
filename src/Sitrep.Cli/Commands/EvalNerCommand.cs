using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Sitrep.Core.Serialization;
using Sitrep.Nlp.Entities;
using Sitrep.Nlp;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval ner --conll FILE</c>: entity-level precision, recall and F1 of the tagger on a CoNLL column file, as conlleval counts them.</summary>
internal static class EvalNerCommand
{
    public static Command Create(CliContext context)
    {
        var conll = new Option<string>("--conll") { Description = "CoNLL-2003 column file (token first, NER tag last; IOB1 or IOB2)", Required = true };
        var model = new Option<string?>("--model") { Description = "Model folder (default: the shipped data/ner)" };
        var json = CommonOptions.Json();
        var command = new Command("ner", "Entity-level exact-match scores of the named-entity tagger on a CoNLL file") { conll, model, json };
        command.SetAction(parse =>
        {
            var sentences = ConllReader.ReadFile(parse.GetValue(conll)!);
            var tagger = NerModel.Load(parse.GetValue(model) ?? Path.Combine(DataFiles.Root, "ner"));
            var workspace = new TaggerWorkspaceHandle();
            var predictions = new string[sentences.Count][];
            var clock = Stopwatch.StartNew();
            foreach (var (first, count) in ConllDocuments.Group(sentences))
            {
                var tags = tagger.TagDocument([.. sentences.Skip(first).Take(count).Select(s => s.Tokens)], workspace);
                tags.CopyTo(predictions, first);
            }
            var elapsed = clock.Elapsed;
            var scorer = new EntityScorer();
            for (int i = 0; i < sentences.Count; i++) scorer.Add(sentences[i].Tags, predictions[i]);
            var scores = scorer.Score();
            double tokensPerSecond = scores.Tokens / Math.Max(elapsed.TotalSeconds, 1e-9);

            Render(context.Console, scores, tokensPerSecond);
            if (parse.GetValue(json))
                context.Out.WriteLine(Json(scores, tokensPerSecond));
            return 0;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, EntityScores scores, double tokensPerSecond)
    {
        var table = new Table { Title = new TableTitle($"Entities: {scores.Tokens} tokens, {tokensPerSecond:0} tokens/s") };
        foreach (var column in new[] { "type", "gold", "pred", "correct", "precision", "recall", "F1" })
            table.AddColumn(new TableColumn(column).RightAligned());
        foreach (var s in scores.PerType.Append(scores.Overall))
            table.AddRow(s.Type, N(s.Gold), N(s.Predicted), N(s.Correct), F(s.Precision), F(s.Recall), F(s.F1));
        console.Write(table);

        var confusion = new Table { Title = new TableTitle("Confusion by exact span (rows gold, columns predicted; O = no entity with that span)") };
        confusion.AddColumn("gold \\ pred");
        foreach (var label in scores.Confusion.Labels) confusion.AddColumn(new TableColumn(label).RightAligned());
        for (int g = 0; g < scores.Confusion.Labels.Count; g++)
            confusion.AddRow([scores.Confusion.Labels[g], .. Enumerable.Range(0, scores.Confusion.Labels.Count).Select(p => N(scores.Confusion.Counts[g, p]))]);
        console.Write(confusion);
    }

    private static string Json(EntityScores scores, double tokensPerSecond)
    {
        return JsonText.Of(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("precision", Math.Round(scores.Overall.Precision, 6));
            w.WriteNumber("recall", Math.Round(scores.Overall.Recall, 6));
            w.WriteNumber("f1", Math.Round(scores.Overall.F1, 6));
            w.WriteStartObject("per_type");
            foreach (var s in scores.PerType)
            {
                w.WriteStartObject(s.Type);
                w.WriteNumber("precision", Math.Round(s.Precision, 6));
                w.WriteNumber("recall", Math.Round(s.Recall, 6));
                w.WriteNumber("f1", Math.Round(s.F1, 6));
                w.WriteEndObject();
            }
            w.WriteEndObject();
            w.WriteNumber("tokens_per_s", Math.Round(tokensPerSecond));
            w.WriteEndObject();
        });
    }

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);
}
