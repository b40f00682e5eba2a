namespace Sitrep.Nlp.Events;

/// <summary>Everything the event stage reads from disk: the two classifiers and the cue, actor and country tables.</summary>
/// <remarks>Immutable once loaded; one instance serves every document and thread.</remarks>
public sealed class EventModel
{
    /// <summary>File name of the event-type classifier inside the events data folder.</summary>
    public const string EventModelFile = "model.bin";
    /// <summary>File name of the actor-1 classifier inside the events data folder.</summary>
    public const string ActorModelFile = "actor-model.bin";

    private static readonly Lazy<EventModel> ShippedModel = new(() => Load(Path.GetDirectoryName(DataFiles.Require("events/" + EventModelFile))!));

    private EventModel(SentenceClassifier events, SentenceClassifier actors, EventCues cues, ActorLexicon lexicon, Countries countries)
    {
        Events = events;
        Actors = actors;
        Cues = cues;
        Lexicon = lexicon;
        Countries = countries;
    }

    /// <summary>The model shipped in the program's <c>data/events/</c> folder, loaded once.</summary>
    public static EventModel Shipped => ShippedModel.Value;

    /// <summary>Classifies a sentence as "None" or "event type|sub-event type".</summary>
    public SentenceClassifier Events { get; }

    /// <summary>Guesses actor 1 ("inter|name") of an event sentence that names no actor the lexicon knows.</summary>
    public SentenceClassifier Actors { get; }

    internal EventCues Cues { get; }
    internal ActorLexicon Lexicon { get; }
    internal Countries Countries { get; }

    /// <summary>Loads the model files and tables of <paramref name="directory"/> (a copy of <c>data/events/</c>).</summary>
    /// <exception cref="Core.SitrepException">When a file is missing or malformed.</exception>
    public static EventModel Load(string directory) => Load(directory,
        SentenceClassifier.Load(Path.Combine(directory, EventModelFile)),
        SentenceClassifier.Load(Path.Combine(directory, ActorModelFile)));

    /// <summary>Combines freshly trained classifiers with the tables of <paramref name="directory"/>.</summary>
    public static EventModel Load(string directory, SentenceClassifier events, SentenceClassifier actors)
    {
        var countries = Countries.Load(Path.Combine(directory, "countries.tsv"));
        return new EventModel(
            events,
            actors,
            EventCues.Load(directory),
            ActorLexicon.Load(Path.Combine(directory, "actors.tsv"), countries),
            countries);
    }
}
