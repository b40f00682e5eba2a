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
        var command = new Command("events", "Train the event-type and actor classifiers (reproducible: same inputs and seed give the same files)") { corpora, output, epochs, seed, validation };
        command.SetAction(parse =>
        {
            var tables = parse.GetValue(output)!;
            if (!File.Exists(Path.Combine(tables, "cues.tsv")))
                throw Errors.Create(Errors.NotFound, $"{tables}: no cues.tsv; run from the repository root or pass --out data/events");
            var options = new TrainingOptions(Epochs: parse.GetValue(epochs), Seed: parse.GetValue(seed));
            bool validate = parse.GetValue(validation);
            var target = validate ? Directory.CreateTempSubdirectory("sitrep-events-").FullName : tables;
            var (eventExamples, actorExamples, events, actors) = EventTraining.Train(parse.GetValue(corpora)!, tables, target, options, validate);
            context.Out.WriteLine($"event classifier: {eventExamples} examples, {events.Classes.Count} classes; actor classifier: {actorExamples} examples, {actors.Classes.Count} classes");
            if (!validate)
            {
                context.Out.WriteLine($"wrote {Path.Combine(target, EventModel.EventModelFile)} and {Path.Combine(target, EventModel.ActorModelFile)}");
                return 0;
            }
            var pipeline = DefaultPipeline.Create(EventModel.Load(tables, events, actors)).Build();
            var rows = AcledCsv.Read(EventTraining.Corpora(parse.GetValue(corpora)!).Acled).Where(EventTraining.IsValidation);
            context.Out.WriteLine("validation rows:");
            AcledEvaluation.Run(rows, pipeline).WriteTable(context.Out);
            Directory.Delete(target, recursive: true);
            return 0;
        });
        return command;
    }
}
