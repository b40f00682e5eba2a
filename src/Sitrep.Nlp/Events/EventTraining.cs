using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Core;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Text;

namespace Sitrep.Nlp.Events;

/// <summary>Labelled sentences for the two event classifiers, and the training run that writes them to disk.</summary>
public static partial class EventTraining
{
    /// <summary>Label of sentences that report no event.</summary>
    public const string NoEvent = "None";
    /// <summary>Label of actors too rare to learn.</summary>
    public const string RareActor = "?";

    // Caps keep the "None" class about as large as the ACLED notes, so it does not swamp the rare event types.
    private const int ReutersSentences = 2500;
    private const int PolnearSentences = 2000;
    private const int FakesSentences = 1500;
    private const int MinActorExamples = 4;
    private const int FakesEventSentences = 2000;
    // The unnamed-perpetrator model sees a few hundred notes of a handful of kinds.
    private const int UnnamedDimension = 1 << 14;
    // The side classifier sees a few thousand sides described by a few dozen context features each.
    private const int SideDimension = 1 << 15;
    // Each shipped model averages the weights of 5 runs over differently shuffled examples: one run's event type accuracy moved
    // by 0.7 points when a single training example changed. In cross-validation 5 runs of the event model gained on every fold
    // (event type 90.7% -> 91.3%, sub-event type 88.5% -> 89.0%), and 5 runs of the actor, unnamed and side models then
    // raised actor 1 from 79.4% to 79.9%.
    private const int ModelRuns = 5;
    // Share of the event probability the best class must hold for a self-trained label.
    private const float SelfTrainingShare = 0.6f;

    /// <summary>Paths of the shared corpora under <paramref name="sharedData"/> (the folder holding acled/, reuters21578/, polnear/, fakes/).</summary>
    public static (string Acled, string Reuters, string Polnear, string Fakes) Corpora(string sharedData) => (
        Path.Combine(sharedData, "acled", "acled_dev_2020_global_me.csv"),
        Path.Combine(sharedData, "reuters21578", "reuters21578.jsonl"),
        Path.Combine(sharedData, "polnear", "train", "text"),
        Path.Combine(sharedData, "fakes", "fakes_dev.csv"));

    /// <summary>Number of cross-validation folds the training rows are split into.</summary>
    public const int Folds = 5;

    /// <summary>True for the training rows of cross-validation fold <paramref name="fold"/> (0 to <see cref="Folds"/> - 1), set aside to choose
    /// training options on: never the held-out rows, which are never tuned on.</summary>
    public static bool IsValidation(AcledRow row, int fold = 0)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (AcledCsv.IsHeldOut(row)) return false;
        uint h = 2166136261 ^ 0x5bd1e995;
        foreach (char c in row.EventId ?? row.Notes) h = (h ^ c) * 16777619;
        return h % Folds == fold;
    }

    /// <summary>The ACLED rows the models learn from: neither held out nor in <paramref name="validationFold"/>.</summary>
    private static IEnumerable<AcledRow> TrainingRows(string sharedData, int? validationFold) =>
        AcledCsv.Read(Corpora(sharedData).Acled).Where(row => !AcledCsv.IsHeldOut(row) && !(validationFold is { } fold && IsValidation(row, fold)));

    /// <summary>True for the Reuters articles whose sentences train the "None" class; the rest are kept for measuring false events.</summary>
    public static bool IsReutersTrainingArticle(string id)
    {
        uint h = 2166136261;
        foreach (char c in id) h = (h ^ c) * 16777619;
        return h % 4 == 0;
    }

    /// <summary>Event examples ("type|sub-event type" or "None") and actor examples ("inter|actor 1") from the shared corpora.</summary>
    /// <param name="sharedData">Folder holding the shared corpora.</param>
    /// <param name="trigger">Violence words: FA-KES sentences without any become "None" examples.</param>
    /// <param name="validationFold">A fold whose rows (<see cref="IsValidation"/>) are left out too, or null.</param>
    /// <param name="lexicon">The actor lexicon, whose armed sides in each note are the side classifier's candidates.</param>
    /// <param name="countries">The countries table, for each row's country.</param>
    /// <param name="options">Training options of the actor classifiers that read the notes for the side classifier's examples.</param>
    internal static (List<(string Text, string Label)> Events, List<(string Text, string[] Context, string Label)> Actors, List<(string Text, string[] Context, string Label)> Unnamed,
        List<(string Text, string[] Context, string Label)> Sides)
        Examples(string sharedData, Regex trigger, ActorLexicon lexicon, Countries countries, int? validationFold, TrainingOptions options)
    {
        var (_, reuters, polnear, fakes) = Corpora(sharedData);
        var events = new List<(string, string)>();
        var actorRows = new List<(string Text, string[] Context, string Label)>();
        var unnamedRows = new List<(string Text, string[] Context, string Label)>();
        var labelled = new List<(AcledRow Row, string Actor)>();
        foreach (var row in TrainingRows(sharedData, validationFold))
        {
            if (row.EventType is null || row.SubEventType is null) continue;
            events.Add((WithoutCodingRemarks(row.Notes), $"{row.EventType}|{row.SubEventType}"));
            if (ActorNames.WithoutPeriod(row.Actor1) is not { } actor) continue;
            actorRows.Add((row.Notes, EventModel.ActorContext(row.Country), $"{row.Inter1 ?? 0}|{actor}"));
            labelled.Add((row, actor));
            if (actor.StartsWith(EventModel.UnnamedPrefix, StringComparison.Ordinal))
            {
                // The kind of unnamed perpetrator is learnt apart from its country: "Unidentified Gang ({country})".
                var kind = row.Country is { } c && actor.EndsWith($" ({c})", StringComparison.Ordinal) ? actor[..^(c.Length + 3)] + " ({country})" : actor;
                unnamedRows.Add((row.Notes, EventModel.UnnamedContext(row.Country, row.EventType), $"{row.Inter1 ?? 0}|{kind}"));
            }
        }
        var frequent = actorRows.GroupBy(a => a.Label).Where(g => g.Count() >= MinActorExamples).Select(g => g.Key).ToHashSet();
        var actors = actorRows.Select(a => (a.Text, a.Context, frequent.Contains(a.Label) ? a.Label : RareActor)).ToList();
        var frequentKinds = unnamedRows.GroupBy(a => a.Label).Where(g => g.Count() >= MinActorExamples).Select(g => g.Key).ToHashSet();
        var unnamed = unnamedRows.Where(a => frequentKinds.Contains(a.Label)).ToList();

        // Each part's notes are read by an actor classifier trained on the other parts, as the shipped one reads unseen articles.
        // Protests and riots are left out: the stage names their crowd as actor 1 whatever the sides.
        var sides = new List<(string Text, string[] Context, string Label)>();
        for (int part = 0; part < SideModel.Parts; part++)
        {
            var reader = new ActorClasses(SentenceClassifier.Train(actors.Where((_, i) => i % SideModel.Parts != part).ToList(), ActorOptions(options) with { Runs = 1 }), countries);
            for (int i = part; i < labelled.Count; i += SideModel.Parts)
                if (labelled[i].Row.EventType is not ("Protests" or "Riots"))
                    sides.AddRange(SideExamples(labelled[i].Row, labelled[i].Actor, lexicon, countries.ByAlias(labelled[i].Row.Country ?? ""), reader));
        }

        events.AddRange(Every(ReutersTrainingSentences(reuters), ReutersSentences).Select(s => (s, NoEvent)));
        events.AddRange(Every(Directory.GetFiles(polnear, "*.txt").Order(StringComparer.Ordinal).SelectMany(f => Sentences(File.ReadAllText(f))).ToList(), PolnearSentences).Select(s => (s, NoEvent)));
        events.AddRange(Every(FakesSentencesWithoutViolence(fakes, trigger), FakesSentences).Select(s => (s, NoEvent)));
        return (events, actors, unnamed, sides);
    }

    // The actor classifier keeps the weaker decay it was tuned with: stronger decay cost actor 1 accuracy in cross-validation.
    private static TrainingOptions ActorOptions(TrainingOptions options) => options with { Dimension = options.Dimension / 2, L2 = 1e-4f, Runs = ModelRuns };

    // The candidates for actor 1 (SideModel.Candidates) of each sentence of the note that names an armed side, labelled by whether
    // they are the row's actor 1; sentences where no candidate is actor 1 teach nothing about the choice and are left out.
    private static IEnumerable<(string Text, string[] Context, string Label)> SideExamples(AcledRow row, string actor1, ActorLexicon lexicon, Country? country, ActorClasses reader)
    {
        foreach (var sentence in Sentences(WithoutCodingRemarks(row.Notes), minTokens: 1))
        {
            var sides = lexicon.Find(sentence, 0, country).Where(m => m.Role is not (ActorRole.Civilian or ActorRole.Held)).ToList();
            if (sides.Count == 0) continue;
            var candidates = SideModel.Candidates(sentence, 0, sides, row.EventType, reader.Read(sentence, country), country?.Name);
            if (candidates.Count < 2) continue;
            var isFirst = candidates.Select(c => c.Guess is { } g ? AcledEvaluation.SameActor(g.Name, actor1)
                : AcledEvaluation.SameActor(sides[c.Side].Name, actor1) || sides[c.Side].LacksCountry && sides[c.Side].Fits(actor1)).ToList();
            if (!isFirst.Contains(true)) continue;
            for (int i = 0; i < candidates.Count; i++)
                yield return ("", candidates[i].Features, isFirst[i] ? SideModel.First : SideModel.Other);
        }
    }

    /// <summary>Trains both classifiers and writes them, with the places of the training events' actors, into <paramref name="outputDirectory"/>; returns the examples' counts.</summary>
    /// <param name="sharedData">Folder holding the shared corpora.</param>
    /// <param name="tablesDirectory">A copy of <c>data/events/</c> for the cue table.</param>
    /// <param name="outputDirectory">Where model.bin, actor-model.bin, unnamed-model.bin, side-model.bin and actor-places.tsv go.</param>
    /// <param name="options">Training options; the defaults are the shipped model's.</param>
    /// <param name="validationFold">A fold to train without, to score options on its rows; null for the shipped model.</param>
    public static (int EventExamples, int ActorExamples, SentenceClassifier Events, SentenceClassifier Actors) Train(string sharedData, string tablesDirectory, string outputDirectory, TrainingOptions? options = null, int? validationFold = null)
    {
        options ??= new TrainingOptions();
        var cues = EventCues.Load(tablesDirectory);
        var countries = Countries.Load(Path.Combine(tablesDirectory, "countries.tsv"));
        var lexicon = ActorLexicon.Load(Path.Combine(tablesDirectory, "actors.tsv"), countries);
        var (events, actors, unnamed, sides) = Examples(sharedData, cues.Trigger, lexicon, countries, validationFold, options);
        // Notes are a coder's register, articles a reporter's: a first model labels FA-KES article sentences that
        // carry a trigger and pass the factuality cues, and those it is sure of become event examples in the
        // reporter's register (self-training; FA-KES gold facts are never read).
        var first = SentenceClassifier.Train(events, options);
        var fakes = Corpora(sharedData).Fakes;
        var articleEvents = Every(FakesCsv.Read(fakes).SelectMany(r => Sentences(r.Content))
            .Where(s => cues.Trigger.IsMatch(s) && cues.Judge(s) == NonEventReason.None).ToList(), FakesEventSentences);
        foreach (var sentence in articleEvents)
            if (SureEventLabel(first, sentence) is { } label) events.Add((sentence, label));
        var eventModel = SentenceClassifier.Train(events, options with { Runs = ModelRuns });
        var actorModel = SentenceClassifier.Train(actors, ActorOptions(options));
        Directory.CreateDirectory(outputDirectory);
        eventModel.Save(Path.Combine(outputDirectory, EventModel.EventModelFile));
        var unnamedModel = SentenceClassifier.Train(unnamed, options with { Dimension = UnnamedDimension, L2 = 1e-4f, Runs = ModelRuns });
        actorModel.Save(Path.Combine(outputDirectory, EventModel.ActorModelFile));
        unnamedModel.Save(Path.Combine(outputDirectory, EventModel.UnnamedModelFile));
        SentenceClassifier.Train(sides, options with { Dimension = SideDimension, Runs = ModelRuns }).Save(Path.Combine(outputDirectory, EventModel.SideModelFile));
        ActorPlaces.Write(Path.Combine(outputDirectory, EventModel.ActorPlacesFile), TrainingRows(sharedData, validationFold));
        return (events.Count, actors.Count, eventModel, actorModel);
    }

    private static string? SureEventLabel(SentenceClassifier model, string sentence)
    {
        var p = model.Predict(sentence);
        int none = -1, best = -1;
        for (int c = 0; c < p.Length; c++)
        {
            if (model.Classes[c] == NoEvent) none = c;
            else if (best < 0 || p[c] > p[best]) best = c;
        }
        float eventMass = 1 - (none >= 0 ? p[none] : 0);
        return best >= 0 && eventMass > 0 && p[best] / eventMass >= SelfTrainingShare ? model.Classes[best] : null;
    }

    /// <summary>An ACLED note without the coder's remarks on method ("1 fatality.", "Fatalities coded as 10."), which no article contains.</summary>
    public static string WithoutCodingRemarks(string notes) =>
        string.Join(' ', Sentences(notes, minTokens: 1).Where(s => !CodingRemark().IsMatch(s)));

    /// <summary>Sentences of <paramref name="text"/>, split by Sitrep's own splitter.</summary>
    public static IEnumerable<string> Sentences(string text) => Sentences(text, minTokens: 4);

    private static IEnumerable<string> Sentences(string text, int minTokens)
    {
        var tokens = Tokenizer.Tokenize(text);
        foreach (var (first, count) in SentenceSplitter.Split(text, tokens))
        {
            var sentence = text[tokens[first].Span.Start..tokens[first + count - 1].Span.End];
            if (count >= minTokens) yield return WhitespaceRun().Replace(sentence, " ");
        }
    }

    /// <summary>Reuters articles (id, topics, text) in file order.</summary>
    /// <exception cref="SitrepException"><see cref="Errors.NotFound"/> when the path is not a file,
    /// <see cref="Errors.Gold"/> naming the line when a line is not an article object.</exception>
    public static IEnumerable<(string Id, string[] Topics, string Text)> ReutersArticles(string path)
    {
        if (!File.Exists(path))
            throw Errors.Create(Errors.NotFound, Directory.Exists(path)
                ? $"{path}: is a folder; pass the JSON-lines file (e.g. reuters21578.jsonl)"
                : $"{path}: no such file");
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return ReutersArticle(line) ?? throw Errors.Create(Errors.Gold,
                $"{path}:{lineNumber}: expected a JSON object with string id, array topics and string text");
        }
    }

    private static (string Id, string[] Topics, string Text)? ReutersArticle(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var topics = root.GetProperty("topics").EnumerateArray().Select(t => t.GetString() ?? "").ToArray();
            // Wire copy is hard-wrapped; unwrapping lets the splitter see sentences, not lines.
            return (root.GetProperty("id").GetString() ?? "", topics, WhitespaceRun().Replace(root.GetProperty("text").GetString() ?? "", " "));
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    private static List<string> ReutersTrainingSentences(string path) =>
        ReutersArticles(path).Where(a => a.Topics.Length > 0 && IsReutersTrainingArticle(a.Id)).SelectMany(a => Sentences(a.Text)).ToList();

    private static List<string> FakesSentencesWithoutViolence(string path, Regex trigger) =>
        FakesCsv.Read(path).SelectMany(r => Sentences(r.Content)).Where(s => !trigger.IsMatch(s)).ToList();

    // A deterministic, evenly spread subsample: every n-th item.
    private static IEnumerable<T> Every<T>(IReadOnlyList<T> items, int count)
    {
        if (items.Count <= count) return items;
        double step = (double)items.Count / count;
        return Enumerable.Range(0, count).Select(i => items[(int)(i * step)]);
    }

    [GeneratedRegex(@"(?i)^\W*(\d+|no|neither|unknown|several|dozens|one|two|three|fatalities|casualties)\b[^.]*\b(fatalit|injur|casualt)|\bcoded as\b|\bsplit (up )?between\b|\bspread between\b")]
    private static partial Regex CodingRemark();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespaceRun();
}
