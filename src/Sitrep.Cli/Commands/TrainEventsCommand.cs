using System.CommandLine;
using Sitrep.Core;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Events;
using Sitrep.Nlp.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train events</c>: trains the event-type and actor classifiers from the shared corpora.</summary>
internal static class TrainEventsCommand
{
    public static Command Create(CliContext context)
    {
        var corpora = new Option<string>("--corpora") { Description = "Folder holding acled/, reuters21578/, polnear/ and fakes/", Required = true };
        var output = new Option<string>("--out") { Description = "The events data folder: tables are read from it, model.bin and actor-model.bin written to it", DefaultValueFactory = _ => Path.Combine("data", "events") };
        var epochs = new Option<int>("--epochs") { Description = "Passes over the training data", DefaultValueFactory = _ => new TrainingOptions().Epochs };
        var seed = new Option<int>("--seed") { Description = "Seed of the example shuffle", DefaultValueFactory = _ => new TrainingOptions().Seed };
        var validation = new Option<bool>("--validation") { Description = "Train without the validation rows and score on them, leaving --out untouched (to choose options; held-out rows are never used)" };
        var folds = new Option<int>("--folds") { Description = "With --validation: how many cross-validation folds to train and score (1 to 5)", DefaultValueFactory = _ => 1 };
        var misses = new Option<int>("--misses") { Description = "With --validation: list this many validation rows whose event type or sub-event type is wrong" };
        var missField = new Option<string>("--misses-of") { Description = "With --misses: which field's misses to list: event_type (type or sub-type wrong), actor1, actor2 or fatalities", DefaultValueFactory = _ => "event_type" };
        missField.AcceptOnlyFromAmong("event_type", "actor1", "actor2", "fatalities");
        var command = new Command("events", "Train the event-type and actor classifiers (reproducible: same inputs and seed give the same files)") { corpora, output, epochs, seed, validation, folds, misses, missField };
        command.SetAction(parse =>
        {
            var tables = parse.GetValue(output)!;
            if (!File.Exists(Path.Combine(tables, "cues.tsv")))
                throw Errors.Create(Errors.NotFound, $"{tables}: no cues.tsv; run from the repository root or pass --out data/events");
            var options = new TrainingOptions(Epochs: parse.GetValue(epochs), Seed: parse.GetValue(seed));
            var shared = parse.GetValue(corpora)!;
            if (!parse.GetValue(validation))
            {
                var (eventExamples, actorExamples, events, actors) = EventTraining.Train(shared, tables, tables, options);
                context.Out.WriteLine($"event classifier: {eventExamples} examples, {events.Classes.Count} classes; actor classifier: {actorExamples} examples, {actors.Classes.Count} classes");
                context.Out.WriteLine($"wrote {string.Join(", ", new[] { EventModel.EventModelFile, EventModel.ActorModelFile, EventModel.UnnamedModelFile, EventModel.SideModelFile, EventModel.ActorPlacesFile }.Select(f => Path.Combine(tables, f)))}");
                return 0;
            }
            int foldCount = Math.Clamp(parse.GetValue(folds), 1, EventTraining.Folds);
            var reports = new List<AcledReport>();
            var missed = new List<string>();
            for (int fold = 0; fold < foldCount; fold++)
            {
                var target = Directory.CreateTempSubdirectory("sitrep-events-").FullName;
                EventTraining.Train(shared, tables, target, options, fold);
                var pipeline = DefaultPipeline.Create(EventModel.Load(tables, target)).Build();
                Directory.Delete(target, recursive: true);
                var rows = AcledCsv.Read(EventTraining.Corpora(shared).Acled).Where(r => EventTraining.IsValidation(r, fold));
                var report = AcledEvaluation.Run(rows, pipeline, (row, main) =>
                {
                    if (parse.GetValue(missField) is "actor1" or "actor2")
                    {
                        if (parse.GetValue(missField) == "actor1" ? !AcledEvaluation.SameActor(main?.Actor1, row.Actor1) : !AcledEvaluation.SameActor(main?.Actor2, row.Actor2))
                            missed.Add($"{row.EventType}|{row.Inter1}|{ActorNames.WithoutPeriod(row.Actor1)} -> {main?.EventType ?? "None"}|{main?.Inter1}|{main?.Actor1} (actor 2 {ActorNames.WithoutPeriod(row.Actor2)} -> {main?.Actor2}): {row.Notes}");
                    }
                    else if (parse.GetValue(missField) == "fatalities")
                    {
                        if ((main?.Fatalities ?? -1) != (row.Fatalities ?? 0))
                            missed.Add($"{row.Fatalities} -> {main?.Fatalities}|{main?.EventType}|{main?.Actor1}: {row.Notes}");
                    }
                    else if (main?.EventType != row.EventType || main?.SubEventType != row.SubEventType)
                        missed.Add($"{row.EventType}|{row.SubEventType} -> {main?.EventType ?? "None"}|{main?.SubEventType}: {row.Notes}");
                });
                context.Out.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"fold {fold}: {report.Rows} rows, event_type {report.Accuracy("event_type"):P1}, sub_event_type {report.Accuracy("sub_event_type"):P1}, actor1 {report.Accuracy("actor1"):P1}"));
                reports.Add(report);
            }
            context.Out.WriteLine($"validation rows of {foldCount} fold(s):");
            AcledReport.Sum(reports).WriteTable(context.Out);
            foreach (var miss in missed.Take(parse.GetValue(misses))) context.Out.WriteLine(miss);
            return 0;
        });
        return command;
    }
}
