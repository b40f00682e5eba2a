using System.CommandLine;
using System.Globalization;
using Sitrep.Nlp.Entities;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep train ner</c>: trains the entity tagger on CoNLL-2003 and writes the model directory shipped in <c>data/ner</c>.</summary>
internal static class TrainNerCommand
{
    public static Command Create(CliContext context)
    {
        var shared = new Option<string>("--shared") { Description = "Folder holding conll2003/, reuters21578/, geonames/ and acled/ (the defaults of the source options)", DefaultValueFactory = _ => Path.Combine("..", "shared", "data") };
        var train = new Option<string?>("--train") { Description = "CoNLL column file to train on (default: SHARED/conll2003/train.txt)" };
        var dev = new Option<string?>("--dev") { Description = "CoNLL column file to pick the epoch on (default: SHARED/conll2003/valid.txt)" };
        var unlabelled = new Option<string?>("--unlabelled") { Description = "JSON-lines articles for word clusters (default: SHARED/reuters21578/reuters21578.jsonl)" };
        var geonames = new Option<string?>("--geonames") { Description = "GeoNames folder with countryInfo.tsv, cities15000.txt, admin1CodesASCII.txt (default: SHARED/geonames)" };
        var acled = new Option<string?>("--acled") { Description = "Folder of ACLED CSV exports for actor names (default: SHARED/acled)" };
        var lexicons = new Option<string>("--lexicons") { Description = "Folder with demonyms.tsv, country-aliases.tsv, organisations.tsv and facility-heads.tsv", DefaultValueFactory = _ => Path.Combine("data", "ner") };
        var output = new Option<string>("--out") { Description = "Model folder to write", DefaultValueFactory = _ => Path.Combine("data", "ner") };
        var seed = new Option<int>("--seed") { Description = "Random seed; the same seed and data give the same model bytes", DefaultValueFactory = _ => 1 };
        var epochs = new Option<int>("--epochs") { Description = "Most passes over the training data", DefaultValueFactory = _ => 20 };
        var bits = new Option<int>("--bits") { Description = "Log2 of the number of hashed feature buckets", DefaultValueFactory = _ => 20 };
        var command = new Command("ner", "Train the named-entity tagger (averaged perceptron, BIOES Viterbi) and write its model folder")
        {
            shared, train, dev, unlabelled, geonames, acled, lexicons, output, seed, epochs, bits,
        };
        command.SetAction(parse =>
        {
            var root = parse.GetValue(shared)!;
            var lexiconDir = parse.GetValue(lexicons)!;
            var sources = new NerTrainingSources(
                parse.GetValue(train) ?? Path.Combine(root, "conll2003", "train.txt"),
                parse.GetValue(dev) ?? Path.Combine(root, "conll2003", "valid.txt"),
                parse.GetValue(unlabelled) ?? Path.Combine(root, "reuters21578", "reuters21578.jsonl"),
                parse.GetValue(geonames) ?? Path.Combine(root, "geonames"),
                parse.GetValue(acled) ?? Path.Combine(root, "acled"),
                Path.Combine(lexiconDir, NerModel.DemonymsFile),
                Path.Combine(lexiconDir, "country-aliases.tsv"),
                Path.Combine(lexiconDir, NerModel.OrganisationsFile),
                Path.Combine(lexiconDir, NerModel.FacilityHeadsFile));
            var options = new NerTrainingOptions(Seed: parse.GetValue(seed), MaxEpochs: parse.GetValue(epochs), Bits: parse.GetValue(bits));
            var report = NerTrainer.Train(sources.Load(), options, line => context.Error.WriteLine(line));
            var outDir = parse.GetValue(output)!;
            report.Model.Save(outDir);
            var size = new FileInfo(Path.Combine(outDir, NerModel.WeightsFile)).Length;
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"epoch {report.BestEpoch} kept: dev F1 {report.Dev.Overall.F1:0.0000} (P {report.Dev.Overall.Precision:0.0000}, R {report.Dev.Overall.Recall:0.0000}); {report.ClusteredWords} words clustered; model {size / 1e6:0.0} MB in {outDir}; {report.Elapsed.TotalSeconds:0} s"));
            return 0;
        });
        return command;
    }
}
