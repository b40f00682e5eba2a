using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Input;
using Sitrep.Core.Serialization;
using Sitrep.Core;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Pipeline;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep eval sample DIR</c>: scores every <c>*.txt</c> that has a <c>*.gold.json</c> beside it.</summary>
internal static class EvalSampleCommand
{
    public static Command Create(CliContext context)
    {
        var dir = new Argument<string>("dir") { Description = "Folder of NAME.txt articles with NAME.gold.json (sitrep-gold/1) beside them" };
        var json = CommonOptions.Json();
        var verbose = new Option<bool>("--misses") { Description = "List every gold item missed or wrong" };
        var command = new Command("sample", "Precision, recall and F1 per layer against hand-annotated articles") { dir, json, verbose };
        command.SetAction(parse =>
        {
            var folder = parse.GetValue(dir)!;
            if (!Directory.Exists(folder))
                throw Errors.Create(Errors.NotFound, $"{folder}: no such directory");
            var pairs = Directory.EnumerateFiles(folder, "*.gold.json").Order(StringComparer.Ordinal)
                .Select(g => (Gold: g, Text: g[..^".gold.json".Length] + ".txt")).Where(p => File.Exists(p.Text)).ToList();
            if (pairs.Count == 0)
                throw Errors.Create(Errors.NoArticles, $"{folder}: no NAME.txt with a NAME.gold.json beside it");

            var total = SampleScores.Zero;
            var perDocument = new List<(string Id, SampleScores Scores)>();
            foreach (var (goldPath, textPath) in pairs)
            {
                var gold = GoldSample.Load(ArticleFiles.Decode(File.ReadAllBytes(textPath), textPath), goldPath);
                var document = new Document(gold.Id, gold.Text) { Published = gold.Published, Outlet = gold.Outlet };
                var scores = SampleEvaluator.Evaluate(gold, DefaultPipeline.Instance.Process(document));
                perDocument.Add((gold.Id, scores));
                total += scores;
            }

            Render(context.Console, perDocument, total);
            if (parse.GetValue(verbose))
                foreach (var miss in total.Misses) context.Out.WriteLine(miss);
            if (parse.GetValue(json))
                context.Out.WriteLine(JsonText.Of(total.WriteJson));
            return 0;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, List<(string Id, SampleScores Scores)> perDocument, SampleScores total)
    {
        var table = new Table { Title = new TableTitle($"Sample evaluation: {total.Documents} articles (micro-averaged)") };
        foreach (var column in new[] { "layer", "gold", "pred", "P exact", "R exact", "F1 exact", "P overlap", "R overlap", "F1 overlap", "values right" })
            table.AddColumn(new TableColumn(column).RightAligned());
        foreach (var (name, s) in total.Layers())
            table.AddRow(name, s.Exact.Gold.ToString(CultureInfo.InvariantCulture), s.Exact.Predicted.ToString(CultureInfo.InvariantCulture),
                F(s.Exact.Precision), F(s.Exact.Recall), F(s.Exact.F1), F(s.Overlap.Precision), F(s.Overlap.Recall), F(s.Overlap.F1),
                $"{s.ValuesCorrect}/{s.ValuesMatched}");
        table.AddRow("must-not-extract", "", "", "", "", "", "", "", "", $"{total.Violations} violations");
        console.Write(table);
        if (perDocument.Count > 1)
        {
            var byDoc = new Table { Title = new TableTitle("F1 (overlap) per article") };
            byDoc.AddColumn("article");
            foreach (var (name, _) in total.Layers()) byDoc.AddColumn(new TableColumn(name).RightAligned());
            byDoc.AddColumn(new TableColumn("violations").RightAligned());
            foreach (var (id, s) in perDocument)
                byDoc.AddRow([id, .. s.Layers().Select(l => F(l.Score.Overlap.F1)), s.Violations.ToString(CultureInfo.InvariantCulture)]);
            console.Write(byDoc);
        }
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
