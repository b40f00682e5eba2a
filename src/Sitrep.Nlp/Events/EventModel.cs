using System.Globalization;
using Sitrep.Core;

namespace Sitrep.Nlp.Events;

/// <summary>Everything the event stage reads from disk: the two classifiers and the cue, actor and country tables.</summary>
/// <remarks>Immutable once loaded; one instance serves every document and thread.</remarks>
public sealed class EventModel
{
    /// <summary>File name of the event-type classifier inside the events data folder.</summary>
    public const string EventModelFile = "model.bin";
    /// <summary>File name of the actor-1 classifier inside the events data folder.</summary>
    public const string ActorModelFile = "actor-model.bin";
    /// <summary>File name of the unnamed-perpetrator classifier inside the events data folder.</summary>
    public const string UnnamedModelFile = "unnamed-model.bin";
    /// <summary>File name of the classifier that picks actor 1 among a sentence's armed sides inside the events data folder.</summary>
    public const string SideModelFile = "side-model.bin";
    /// <summary>File name of the training events' places and actors 1 inside the events data folder.</summary>
    public const string ActorPlacesFile = "actor-places.tsv";

    private static readonly Lazy<EventModel> ShippedModel = new(() => Load(Path.GetDirectoryName(DataFiles.Require("events/" + EventModelFile))!));

    // The place prior multiplies the text model's probability by (floor + the neighbours' share): a class no neighbour
    // voted for keeps a little weight, so a note that does name its side is not overruled by the map.
    private const float PlacePriorFloor = 0.1f;
    /// <summary>How sure the actor classifier must be of a guess used as actor 1 when the text names no side, or to fill in the
    /// country of a side's name.</summary>
    internal const float ActorGuessThreshold = 0.5f;
    /// <summary>How ACLED's names of unnamed perpetrators begin ("Unidentified Armed Group (Syria)").</summary>
    internal const string UnnamedPrefix = "Unidentified ";
    // The name the lexicon and the record's default give a perpetrator nobody named.
    private const string GenericUnnamed = "Unidentified Armed Group ({country})";
    private const string CiviliansName = "Civilians ({country})";
    // How likely the other side of a battle must be when the text does not name it.
    private const float OtherSideThreshold = 0.2f;

    private readonly Dictionary<string, int> _actorClass;
    // The side classifier's class of "actor 1".
    private readonly int _firstSide;
    // The event classifier's classes by event type: the types in order of first appearance, and each class's type (-1 for "None").
    private readonly string[] _eventTypes;
    private readonly int[] _typeOfClass;
    private readonly string?[] _subTypeOfClass;

    private EventModel(SentenceClassifier events, SentenceClassifier actors, SentenceClassifier unnamed, SentenceClassifier sides, ActorPlaces places, EventCues cues, ActorLexicon lexicon, Countries countries)
    {
        Events = events;
        Actors = actors;
        Unnamed = unnamed;
        Sides = sides;
        _firstSide = sides.Classes.ToList().IndexOf(SideModel.First);
        Places = places;
        Cues = cues;
        Lexicon = lexicon;
        Countries = countries;
        ActorClassNames = new ActorClasses(actors, countries);
        _actorClass = actors.Classes.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var types = new List<string>();
        _typeOfClass = events.Classes.Select(c =>
        {
            int bar = c.IndexOf('|');
            if (c == EventTraining.NoEvent || bar < 0) return -1;
            int t = types.IndexOf(c[..bar]);
            if (t < 0) types.Add(c[..bar]);
            return t < 0 ? types.Count - 1 : t;
        }).ToArray();
        _eventTypes = [.. types];
        _subTypeOfClass = events.Classes.Select((c, i) => _typeOfClass[i] < 0 ? null : c[(c.IndexOf('|') + 1)..]).ToArray();
    }

    /// <summary>The model shipped in the program's <c>data/events/</c> folder, loaded once.</summary>
    public static EventModel Shipped => ShippedModel.Value;

    /// <summary>Classifies a sentence as "None" or "event type|sub-event type".</summary>
    public SentenceClassifier Events { get; }

    /// <summary>Guesses actor 1 ("inter|name") of an event sentence that names no actor the lexicon knows.</summary>
    public SentenceClassifier Actors { get; }

    /// <summary>Chooses the kind of an unnamed perpetrator ("inter|Unidentified Gang ({country})") from the note, its country and event type.</summary>
    public SentenceClassifier Unnamed { get; }

    /// <summary>How likely each armed side of a sentence is to be actor 1 (<see cref="SideModel"/>).</summary>
    public SentenceClassifier Sides { get; }

    internal ActorPlaces Places { get; }
    internal ActorClasses ActorClassNames { get; }
    internal EventCues Cues { get; }
    internal ActorLexicon Lexicon { get; }
    internal Countries Countries { get; }

    /// <summary>Loads the model files and tables of <paramref name="directory"/> (a copy of <c>data/events/</c>).</summary>
    /// <exception cref="Core.SitrepException">When a file is missing or malformed.</exception>
    public static EventModel Load(string directory) => Load(directory, directory);

    /// <summary>Combines the trained files of <paramref name="modelDirectory"/> (classifiers and actor places) with the hand-written
    /// tables of <paramref name="tablesDirectory"/>.</summary>
    /// <exception cref="Core.SitrepException">When a file is missing or malformed.</exception>
    public static EventModel Load(string tablesDirectory, string modelDirectory)
    {
        var countries = Countries.Load(Path.Combine(tablesDirectory, "countries.tsv"));
        return new EventModel(
            SentenceClassifier.Load(Path.Combine(modelDirectory, EventModelFile)),
            SentenceClassifier.Load(Path.Combine(modelDirectory, ActorModelFile)),
            SentenceClassifier.Load(Path.Combine(modelDirectory, UnnamedModelFile)),
            SentenceClassifier.Load(Path.Combine(modelDirectory, SideModelFile)),
            ActorPlaces.Load(DataFile(modelDirectory, EventModel.ActorPlacesFile)),
            EventCues.Load(tablesDirectory),
            ActorLexicon.Load(Path.Combine(tablesDirectory, "actors.tsv"), countries),
            countries);
    }

    private static string DataFile(string directory, string name)
    {
        var path = Path.Combine(directory, name);
        return File.Exists(path) ? path : throw Core.Errors.Create(Core.Errors.Model, $"{path}: file is missing; run 'sitrep train events'");
    }

    /// <summary>The likeliest event type of a sentence (the one with the largest summed probability of its sub-types), its likeliest
    /// sub-type, P(event) and the type's share of it; nulls when the classifier knows no event type.</summary>
    /// <remarks>Runs once per body sentence, so it allocates nothing: probabilities and type sums live on the stack.
    /// Without <paramref name="crowd"/> (the sentence names no protest or riot), protests and riots are not chosen.</remarks>
    internal (string? Type, string? SubType, float PEvent, float TypeShare) Classify(ReadOnlySpan<char> text, bool crowd = true)
    {
        if (_eventTypes.Length == 0) return (null, null, 0, 0);
        Span<float> p = stackalloc float[Events.Classes.Count];
        Events.Predict(text, [], p);
        Span<float> byType = stackalloc float[_eventTypes.Length];
        for (int c = 0; c < p.Length; c++)
            if (_typeOfClass[c] >= 0) byType[_typeOfClass[c]] += p[c];
        int type = -1;
        for (int t = 0; t < byType.Length; t++)
            if ((crowd || _eventTypes[t] is not ("Protests" or "Riots")) && (type < 0 || byType[t] > byType[type])) type = t;
        int sub = -1;
        for (int c = 0; c < p.Length; c++)
            if (_typeOfClass[c] == type && (sub < 0 || p[c] > p[sub])) sub = c;
        // Summed in double and rounded once, as the stage always has.
        double events = 0;
        foreach (float t in byType) events += t;
        float pEvent = (float)events;
        return (_eventTypes[type], _subTypeOfClass[sub], pEvent, pEvent > 0 ? byType[type] / pEvent : 0);
    }

    /// <summary>Actor 1 guessed by the actor classifier when it is at least <paramref name="threshold"/> sure, weighed by the actors of the
    /// training events near the event's place when it has one; null for a guess naming another country than <paramref name="country"/>
    /// or naming <paramref name="target"/>, the side whose ground is attacked.</summary>
    internal (string Name, int Inter)? GuessActor(string text, Country? country, double? latitude, double? longitude, float threshold, string? target = null)
    {
        var p = ActorProbabilities(text, country, latitude, longitude);
        int best = 0;
        for (int c = 1; c < p.Length; c++) if (p[c] > p[best]) best = c;
        return p[best] >= threshold && ActorClassNames.Named(best, country) is { } guess && guess.Name != target ? guess : null;
    }

    /// <summary>Actor 1 of a sentence with armed <paramref name="sides"/> (document offset <paramref name="offset"/>): the candidate the side
    /// classifier finds likeliest among the sides and the actor classifier's own guesses (<see cref="SideModel"/>), with the side it
    /// goes with (the likeliest side when a guess wins) and whether it is a guess; null when there are no sides.</summary>
    internal (ActorMention Side, (string Name, int Inter) Actor, bool Guessed)? FirstActor(string text, int offset, IReadOnlyList<ActorMention> sides, string? eventType, Country? country)
    {
        int rule = SideModel.RulePick(sides);
        if (rule < 0) return null;
        var reading = ActorClassNames.Read(text, country);
        // The lexicon knows the kind of actor but not the country: the actor model may know the country's variant.
        (string, int) Refined(ActorMention side) =>
            side.LacksCountry && reading.Top.Count > 0 && reading.Top[0].P >= ActorGuessThreshold && side.Fits(reading.Top[0].Name)
                ? (reading.Top[0].Name, reading.Top[0].Inter) : (side.Name, side.Inter);
        if (_firstSide < 0) return (sides[rule], Refined(sides[rule]), false);
        var candidates = SideModel.Candidates(text, offset, sides, eventType, reading, country?.Name);
        if (candidates.Count == 1) return (sides[rule], Refined(sides[rule]), false);
        int bestSide = rule;
        float bestSideP = -1, bestGuessP = -1;
        ActorGuess? bestGuess = null;
        foreach (var (side, guess, features) in candidates)
        {
            float p = Sides.Predict("", features)[_firstSide];
            if (side >= 0 && p > bestSideP) (bestSide, bestSideP) = (side, p);
            else if (guess is not null && p > bestGuessP) (bestGuess, bestGuessP) = (guess, p);
        }
        // A guess overrules what the sentence names only when it is more likely right than wrong.
        return bestGuess is { } g && bestGuessP > Math.Max(bestSideP, 0.5f) ? (sides[bestSide], (g.Name, g.Inter), true) : (sides[bestSide], Refined(sides[bestSide]), false);
    }

    /// <summary>The record with its unnamed perpetrator named as ACLED would ("Unidentified Gang (Mexico)" rather than
    /// "Unidentified Armed Group (Mexico)"), chosen by the unnamed-perpetrator classifier from the event's sentences, country and type.</summary>
    /// <remarks>Which one ACLED chooses depends on the note ("drive-by", "his hands were tied": a gang; "armed men clashed with
    /// police": an armed group) and on the country's coding habits, so it is learnt rather than a fixed default. It is chosen
    /// once per event, after its sentences are merged, so that two reports of one event never name two kinds of unnamed group.</remarks>
    /// <param name="record">An event whose actor 1 may be the generic "Unidentified Armed Group".</param>
    /// <param name="documentText">The text the record's evidence spans point into.</param>
    internal EventRecord WithUnnamedActor(EventRecord record, string documentText)
    {
        var country = Countries.ByAlias(record.Country ?? "");
        if (record.Actor1 != ActorLexicon.Resolve(GenericUnnamed, country)) return record;
        var (label, _) = Unnamed.Best(EventText(record, documentText), UnnamedContext(record.Country, record.EventType));
        int bar = label.IndexOf('|');
        return record with { Actor1 = ActorLexicon.Resolve(label[(bar + 1)..], country), Inter1 = int.Parse(label.AsSpan(0, bar), CultureInfo.InvariantCulture) };
    }

    /// <summary>The record with the actor 2 ACLED codes where the text names none: every battle has two sides, and every arrest and
    /// looting a civilian target (training rows: 35 of 40 arrests and lootings).</summary>
    /// <remarks>A battle between unnamed groups ("armed men clashed", "two rival clans clashed") is one kind of group against the
    /// same kind. Otherwise the other side is the actor classifier's likeliest actor other than actor 1, weighed by the actors of
    /// the training events near the place ("the OSCE SMM observed 25 projectiles in both directions of the frontline near Vodyane":
    /// the two sides that fight there).</remarks>
    /// <param name="record">A finished event, its unnamed perpetrator already named (<see cref="WithUnnamedActor"/>).</param>
    /// <param name="documentText">The text the record's evidence spans point into.</param>
    internal EventRecord WithSecondSide(EventRecord record, string documentText)
    {
        if (record.Actor2 is not null || record.Actor1 is not { } actor1) return record;
        var country = Countries.ByAlias(record.Country ?? "");
        if (record.EventType == "Battles")
        {
            if (actor1.StartsWith(UnnamedPrefix, StringComparison.Ordinal) && record.Inter1 is { } inter1 && AcledInter.IsMilitia(inter1)) return record with { Actor2 = actor1, Inter2 = record.Inter1 };
            var p = ActorProbabilities(EventText(record, documentText), country, record.Latitude, record.Longitude);
            int best = -1;
            for (int c = 0; c < p.Length; c++)
                if ((best < 0 || p[c] > p[best]) && ActorClassNames.Named(c, country) is { } n && !AcledInter.IsUnarmed(n.Inter) && n.Name != actor1) best = c;
            return best >= 0 && p[best] >= OtherSideThreshold && ActorClassNames.Named(best, country) is { } side
                ? record with { Actor2 = side.Name, Inter2 = side.Inter } : record;
        }
        return record.SubEventType is "Arrests" or "Looting/property destruction" && country is not null
            ? record with { Actor2 = ActorLexicon.Resolve(CiviliansName, country), Inter2 = AcledInter.Civilians } : record;
    }

    // The event's sentences: evidence spans not inside another (the rest are arguments within them).
    private static string EventText(EventRecord record, string documentText)
    {
        var evidence = record.Evidence;
        return string.Join(' ', evidence.Where(s => !evidence.Any(o => o != s && o.Contains(s))).Select(s => documentText[s.Start..s.End]));
    }

    /// <summary>The context tokens of the unnamed-perpetrator classifier: the event's country and type.</summary>
    internal static string[] UnnamedContext(string? country, string? eventType) => ["country:" + country, "type:" + eventType];

    /// <summary>The context token of the actor classifier: the document's country, whose forces and habits of coding it weighs.</summary>
    internal static string[] ActorContext(string? country) => ["country:" + country];

    private float[] ActorProbabilities(string text, Country? country, double? latitude, double? longitude)
    {
        var p = Actors.Predict(text, ActorContext(country?.Name));
        if (latitude is not { } lat || longitude is not { } lon) return p;
        Span<float> votes = stackalloc float[p.Length];
        if (!Places.Vote(lat, lon, label => _actorClass.TryGetValue(label, out int c) ? c : _actorClass.GetValueOrDefault(EventTraining.RareActor, -1), votes)) return p;
        float sum = 0;
        for (int c = 0; c < p.Length; c++) sum += p[c] *= PlacePriorFloor + votes[c];
        for (int c = 0; c < p.Length; c++) p[c] /= sum;
        return p;
    }
}
