using Sitrep.Core;
using Sitrep.Nlp.Quantities;

namespace Sitrep.Nlp.Events;

/// <summary>Where an event is located: a resolved place of the Places layer, or an entity mention when there is none.</summary>
/// <param name="Name">The place as named (gazetteer or canonical form when known).</param>
/// <param name="Precision">ACLED geo_precision: 1 the place, 2 near it, 3 a region or the country.</param>
/// <param name="Span">The mention.</param>
internal sealed record EventPlace(string Name, int Precision, TextSpan? Span)
{
    public string? Admin1 { get; init; }
    public string? Admin2 { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    /// <summary>The other places the sentence lists the event at ("in Shah Wali Kot and Maywand districts"): ACLED codes one event
    /// at each (<see cref="Places.GeoStage.EventLocations"/>).</summary>
    public IReadOnlyList<EventPlace> AlsoAt { get; init; } = [];
}

/// <summary>An event being assembled from one or more sentences before it becomes an <see cref="EventRecord"/>.</summary>
internal sealed class Draft(TextSpan sentence, string eventType, string subType, double confidence)
{
    // Summed confidence per (type, sub-type): reports of one event may disagree on its type ("an air strike", "an attack").
    private readonly Dictionary<(string Type, string SubType), double> _votes = new() { [(eventType, subType)] = confidence };
    private (string Type, string SubType) _first = (eventType, subType);

    public TextSpan Sentence { get; private set; } = sentence;
    /// <summary>The event type with the most summed confidence so far.</summary>
    public string EventType => _votes.Count == 1 ? _first.Type
        : _votes.GroupBy(kv => kv.Key.Type).MaxBy(g => g.Sum(kv => kv.Value))!.Key;
    /// <summary>The sub-type of <see cref="EventType"/> with the most summed confidence so far.</summary>
    public string SubType => _votes.Count == 1 ? _first.SubType
        : _votes.Where(kv => kv.Key.Type == EventType).MaxBy(kv => kv.Value).Key.SubType;
    public double Confidence { get; private set; } = confidence;
    public TextSpan? Trigger { get; set; }
    public EventPlace? Place { get; set; }
    /// <summary>The event's own country when the document's is unknown (read from an actor's name).</summary>
    public Country? Country { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public int? TimePrecision { get; set; }
    public (string Name, int Inter)? Actor1 { get; set; }
    /// <summary>True when actor 1 is the actor classifier's guess, not a side the sentence names: it conflicts with no other
    /// report's actor 1 ("2 other policemen were killed" after "gunmen attacked" is the same attack).</summary>
    public bool Actor1Guessed { get; set; }
    public (string Name, int Inter)? Actor2 { get; set; }
    public List<string> Assoc1 { get; } = [];
    /// <summary>Whole sentences whose death figures report this event, read together by <see cref="DeathToll"/>.</summary>
    public List<TextSpan> TollSentences { get; } = [];
    public int? PeopleAffected { get; set; }
    public List<TextSpan> Evidence { get; } = [sentence];
    /// <summary>Spans of the document's title a value was read from (<see cref="EventRecord.TitleEvidence"/>).</summary>
    public List<TextSpan> TitleEvidence { get; } = [];

    private bool IsSituation => EventType == AcledTaxonomy.Humanitarian;

    /// <summary>Ends the evidence at the last argument read from the sentence, so comparisons and asides after it ("the deadliest such incident in a year") are not cited.</summary>
    public void EndEvidenceAtLastArgument()
    {
        int end = Evidence.Skip(1).Append(Trigger ?? Sentence).Where(Sentence.Contains).Max(s => s.End);
        if (end <= Sentence.Start || end >= Sentence.End) return;
        var narrowed = new TextSpan(Sentence.Start, end);
        Evidence[0] = narrowed;
        Sentence = narrowed;
    }

    /// <summary>Same type, same place, overlapping dates and no conflicting actors: ACLED's one set of actors, one place, one time.</summary>
    public bool SameEventAs(Draft other)
    {
        if (EventType != other.EventType) return SameViolenceAs(other);
        if (IsSituation && _first.SubType != other._first.SubType) return false;
        // A humanitarian situation is one situation in a town whether the sentence says "in" or "near" it.
        // A province-wide report ("air strikes in Idlib province killed 26") and a report from a town in that province are
        // one event told at two levels of detail.
        bool samePlace = Place is null || other.Place is null
            || (Place.Name == other.Place.Name && (IsSituation || Place.Precision == other.Place.Precision))
            || Within(other.Place, Place) || Within(Place, other.Place);
        if (!samePlace) return false;
        bool dated = From is not null && other.From is not null;
        if (dated && (other.From > To || From > other.To)) return false;
        if (Actor1 is { } a && other.Actor1 is { } b && a.Name != b.Name && !Actor1Guessed && !other.Actor1Guessed && Actor2?.Name != b.Name && !Assoc1.Contains(b.Name))
            return false;
        return true;
    }

    /// <summary>ACLED: the same actors, on the same day, in the same place are one event whatever the violent types the
    /// reports give it ("an air strike killed 12" and "the attack on the market").</summary>
    private bool SameViolenceAs(Draft other) =>
        AcledTaxonomy.IsViolent(EventType) && AcledTaxonomy.IsViolent(other.EventType)
        && From is { } day && To == day && other.From == day && other.To == day
        && Place is not null && other.Place is not null && Place.Name == other.Place.Name
        && Actor1 is { } a && a.Name == other.Actor1?.Name;

    // A province-wide report holds the places of the province; a country-wide one (no province) any place the geocoder put in a province.
    private static bool Within(EventPlace place, EventPlace region) =>
        region.Precision == 3 && place.Precision < 3 && place.Admin1 is not null && (region.Admin1 is null ? region.Latitude is not null : region.Admin1 == place.Admin1);

    /// <summary>Settles the type and sub-type whatever its reports suggested (the headline names the weapon).</summary>
    public void Settle(string type, string subType)
    {
        _votes.Clear();
        _votes[(type, subType)] = Confidence;
        _first = (type, subType);
    }

    /// <summary>Folds <paramref name="other"/>, a further report of the same event, into this one.</summary>
    public void Absorb(Draft other)
    {
        foreach (var (key, vote) in other._votes)
            _votes[key] = _votes.GetValueOrDefault(key) + vote;
        Confidence = Math.Max(Confidence, other.Confidence);
        Trigger ??= other.Trigger;
        if (other.From is { } f && (From is null || f < From)) From = f;
        if (other.To is { } t && (To is null || t > To)) To = t;
        TimePrecision = TimePrecision is null ? other.TimePrecision : Math.Min(TimePrecision.Value, other.TimePrecision ?? 3);
        if (Actor1 is null) (Actor1, Actor1Guessed) = (other.Actor1, other.Actor1Guessed);
        Country ??= other.Country;
        // The more precise report says where it happened: a lead sentence with no place, or a province, gets the town.
        if (other.Place is { } p && (Place is null || Within(p, Place))) Place = p;
        if (Actor2 is null && other.Actor2 is { } a2 && a2.Name != Actor1?.Name) Actor2 = a2;
        if (Actor2 is { } mine && other.Actor2 is { } theirs && mine.Inter == AcledInter.Civilians && theirs.Inter != AcledInter.Civilians && EventType == "Battles") Actor2 = theirs;
        foreach (var a in other.Assoc1.Concat(other.Actor1 is { } o && !other.Actor1Guessed && o.Name != Actor1?.Name && o.Name != Actor2?.Name ? [o.Name] : []))
            if (!Assoc1.Contains(a) && a != Actor1?.Name) Assoc1.Add(a);
        foreach (var sentence in other.TollSentences)
            if (!TollSentences.Contains(sentence)) TollSentences.Add(sentence);
        PeopleAffected ??= other.PeopleAffected;
        foreach (var e in other.Evidence)
            if (!Evidence.Contains(e)) Evidence.Add(e);
        foreach (var e in other.TitleEvidence)
            if (!TitleEvidence.Contains(e)) TitleEvidence.Add(e);
    }

    /// <summary>The finished record, with ACLED's defaults for what no sentence said.</summary>
    /// <param name="producer">Stage name.</param>
    /// <param name="documentCountry">The document's country, if known.</param>
    /// <param name="toll">The death toll read over <see cref="TollSentences"/>.</param>
    public EventRecord ToRecord(string producer, Country? documentCountry, FatalityReading? toll)
    {
        var country = documentCountry ?? Country;
        var subType = SubType;
        var actor1 = Actor1;
        // ACLED names an unclaimed perpetrator "Unidentified Armed Group (country)"; situations have no perpetrator.
        if (actor1 is null && AcledTaxonomy.IsViolent(EventType))
            actor1 = (country is null ? "Unidentified Armed Group" : $"Unidentified Armed Group ({country.Name})", AcledInter.PoliticalMilitia);
        var actor2 = Actor2;
        if (actor2 is null && EventType == "Violence against civilians")
            actor2 = (country is null ? "Civilians" : $"Civilians ({country.Name})", AcledInter.Civilians);
        // No report of deaths is 0 for violence and protests (ACLED); the reader already took the lowest of several reports.
        int? best = toll is not null ? (int)Math.Round(toll.Low) : AcledTaxonomy.IsViolent(EventType) || EventType == "Protests" ? 0 : null;
        int? high = toll?.High is { } h ? (int)Math.Round(h) : null;
        bool civilians = actor2?.Inter == AcledInter.Civilians && EventType is "Violence against civilians" or "Explosions/Remote violence" or "Riots"
            || subType == "Excessive force against protesters";
        return new EventRecord(Sentence, EventType, subType, Math.Round(Confidence, 3), producer)
        {
            Trigger = Trigger,
            Actor1 = actor1?.Name,
            Inter1 = actor1?.Inter,
            AssocActor1 = Assoc1.Count > 0 ? string.Join("; ", Assoc1) : null,
            Actor2 = actor2?.Name,
            Inter2 = actor1 is null ? null : actor2?.Inter ?? 0,
            CivilianTargeting = IsSituation ? null : civilians,
            Country = country?.Name,
            Iso = country?.Iso,
            Admin1 = Place?.Admin1,
            Admin2 = Place?.Admin2,
            Location = Place?.Name,
            Latitude = Place?.Latitude,
            Longitude = Place?.Longitude,
            GeoPrecision = Place?.Precision,
            EventDate = From,
            EventDateEnd = To != From ? To : null,
            TimePrecision = TimePrecision,
            Fatalities = best,
            FatalitiesLow = best,
            FatalitiesHigh = high,
            PeopleAffected = PeopleAffected,
            Evidence = Evidence.OrderBy(s => s.Start).ThenBy(s => s.End).ToArray(),
            TitleEvidence = TitleEvidence.OrderBy(s => s.Start).ThenBy(s => s.End).ToArray(),
        };
    }
}
