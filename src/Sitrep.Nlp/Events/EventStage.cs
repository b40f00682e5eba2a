using System.Text.RegularExpressions;
using Sitrep.Core;
using Sitrep.Nlp.Quantities;

namespace Sitrep.Nlp.Events;

/// <summary>Pipeline stage that reads ACLED-style events and humanitarian situations from body sentences.</summary>
/// <remarks>
/// Reads <see cref="Layer.Sentences"/>, and <see cref="Layer.Entities"/>, <see cref="Layer.Places"/>, <see cref="Layer.Quantities"/>,
/// <see cref="Layer.Dates"/> and <see cref="Layer.Quotes"/> when an earlier stage set them; writes <see cref="Layer.Events"/> only.
/// Each body sentence is judged on its own: caption sentences, direct quotes, forecasts, conditionals, background,
/// reactions and generic statements report nothing. The classifier decides event or no event and the type;
/// rules in <c>humanitarian.tsv</c> add sieges, shortages, displacement and ceasefires.
/// Sentences with the same event type, place and overlapping dates and compatible actors become one event that
/// keeps every sentence as evidence. A campaign reported over several days ("for the past five days") is therefore
/// one event with a date range (<see cref="EventRecord.EventDate"/> to <see cref="EventRecord.EventDateEnd"/>),
/// not ACLED's one event per day: the article rarely says what happened on which day, and splitting would invent it.
/// </remarks>
public sealed partial class EventStage : IPipelineStage
{
    // A sentence with a trigger word is an event unless the model is nearly sure it is not (the model learnt "None"
    // from wire and political news, and its events from coders' notes, so it leans to "None" on any reporter's
    // sentence); without a trigger the model alone must be sure.
    private const float TriggeredEvent = 0.1f;
    private const float StrongEvent = 0.8f;
    // How many sentences after an event a toll with no event of its own may still report it.
    private const int FollowUpSentences = 2;
    // A trigger word with a named armed actor ("warplanes have been bombing") is strong evidence in itself.
    private const float ArmedTriggeredEvent = 0.01f;
    // Longest span a date expression may cover and still date an event.
    private const int LongestEventDays = 31;
    private const double SituationConfidence = 0.7;
    // Dates vaguer than a week and this many days before publication are background ("in 2012").
    private const int BackgroundDays = 31;
    // A geocoded place's vote for the document's country, against 1 for a place entity.
    private const double PlaceVote = 2;
    // How much a country's own name votes, against a place within a country.
    private const double CountryNameVote = 0.5;

    private readonly EventModel _model;

    /// <summary>A stage using the model shipped in <c>data/events/</c>.</summary>
    public EventStage() : this(EventModel.Shipped) { }

    /// <summary>A stage using <paramref name="model"/>.</summary>
    public EventStage(EventModel model)
    {
        _model = model ?? throw new ArgumentNullException(nameof(model));
        _headlineCountry = new Regex($@"\b(?i:in|on|across|inside|into|near|over)\s+(?:(?i:the\s+)?(?:(?i:north|south|east|west)\w*(?:\s+and\s+)?)+\s+)?(?<c>{model.Countries.Pattern})(?=\s*$|\s+\p{{Ll}}|\s*[,;:|(-]\s)",
            RegexOptions.CultureInvariant);
    }

    // A country the headline places its news in, after a preposition of place ("kill 20 in northern Syria", "attack on Syria military
    // camp"); not one that modifies a name ("in Qatar Red Crescent clinic", "in US Warplanes Bombardments"). Demonyms and names
    // elsewhere are sides ("Russia says", "US-led strikes").
    private readonly Regex _headlineCountry;

    /// <inheritdoc/>
    public string Name => "events";
    /// <inheritdoc/>
    public IReadOnlySet<Layer> Requires { get; } = new HashSet<Layer> { Layer.Sentences };
    /// <inheritdoc/>
    public IReadOnlySet<Layer> Produces { get; } = new HashSet<Layer> { Layer.Events };

    /// <inheritdoc/>
    public void Process(Document document, CancellationToken cancellationToken)
    {
        var country = DocumentCountry(document);
        var events = new List<Draft>();
        EventPlace? lastPlace = null;
        DateExpression? lastDate = null;
        (Draft Event, int Sentence)? lastViolent = null;
        // The last sentence that told lastViolent's event, its own or a toll of it: a claim may follow either.
        int lastTelling = -1;
        (Sentence Sentence, int Index)? reaction = null;
        var provincial = new List<(int SentenceEnd, EventPlace Place)>();
        // A headline on a line of its own is a sentence of its own (one run into the lead is the lead's: DeathToll reads it apart).
        var headline = Text.Headline.Find(document) is { } found && document.Text.AsSpan(found.End).TrimStart(" \t\r").StartsWith("\n") ? found : (TextSpan?)null;
        // Each sentence's place is read before the loop: an opening may take the place the next sentences name (PlaceAhead).
        var texts = document.Sentences.Select(s => s.IsCaption ? "" : document.TextOf(s.Span)).ToList();
        var judged = texts.Select(t => (Reason: _model.Cues.Judge(t, out var trigger, out int recall), Trigger: trigger, Recall: recall)).ToList();
        var tellings = document.Sentences.Select((s, i) => s.IsCaption ? (Sentence: s, Text: "") : ToldPart(s, texts[i], judged[i].Recall)).ToList();
        var places = document.Sentences.Select((s, i) => s.IsCaption ? null : PlaceIn(document, tellings[i].Sentence, tellings[i].Text, country)).ToList();
        int sentenceIndex = -1;
        foreach (var whole in document.Sentences)
        {
            sentenceIndex++;
            cancellationToken.ThrowIfCancellationRequested();
            if (whole.IsCaption) continue;
            // The sentence is judged whole ("The attack came a day after ..." is about an event already told), and read up to a clause
            // recalling another event.
            var (sentence, text) = tellings[sentenceIndex];
            if (text.Length == 0) continue;
            var dates = SentenceDates(document, sentence);
            var place = places[sentenceIndex];
            if (place?.Admin1 is not null) provincial.Add((sentence.Span.End, place));
            // An opening that names no province yet ("an air strike hit an eastern town", "in the north of the country") is placed by the
            // next sentences ("the strike on the town of X"), before its event can merge with a report further down.
            // A place taken from another sentence is its first place only: the list there is that sentence's.
            if (place?.Admin1 is null && provincial.Count == 0 && PlaceAhead(document, places, sentenceIndex) is { } ahead) place = ahead with { AlsoAt = [] };
            if (place is not null) lastPlace = place with { AlsoAt = [] };
            place ??= lastPlace;
            var sentenceDate = dates.FirstOrDefault();
            // A headline dates nothing by itself: undated, it is the lead's event, whenever the body says that happened.
            var date = sentenceDate is null && headline is { } h && sentence.Span.Start < h.End ? null : ResolveDate(document, text, sentenceDate, lastDate);
            if (sentenceDate is not null && sentenceDate.Precision <= DatePrecision.Week) lastDate = sentenceDate;

            // "Al Shabaab claimed responsibility for the attack": the claimant is actor 1 of the event just told.
            if (lastViolent is { } told && sentenceIndex - lastTelling <= FollowUpSentences && Claimant(text, sentence.Span.Start, country) is { } claimant)
            {
                if (told.Event.Actor2 is null && told.Event.Actor1 is { } before && before.Name != claimant.Name && !told.Event.Actor1Guessed)
                    told.Event.Actor2 = before;
                (told.Event.Actor1, told.Event.Actor1Guessed) = ((claimant.Name, claimant.Inter), false);
                told.Event.Evidence.Add(claimant.Span);
            }

            // The first trigger word is read once: the judgement, the quote test and the reading all start from it.
            var trigger = judged[sentenceIndex].Trigger;
            if (judged[sentenceIndex].Reason != NonEventReason.None || IsQuotedOpinion(document, whole, trigger))
            {
                // "The Coalition condemned the massacre in which 35 civilians were killed": a reaction counts the event the next sentence tells.
                reaction = MayCountDeaths(document, whole) && DeathToll.Read(document, [whole.Span]) is { Low: > 0 } ? (whole, sentenceIndex) : null;
                continue;
            }

            // A situation (a siege, a shortage) is reported as it stands on the day of publication unless the sentence dates it.
            var situationDate = sentenceDate is null && document.Published is { } published ? (published, published, 1, (TextSpan?)null) : date;
            bool read = false;
            // "The official agency placed the death toll at 12": a sentence whose only trigger word is the toll of an event already told
            // reports no new one; its figure is that event's (below).
            var drafts = IsToldToll(text, trigger) ? [] : Read(document, sentence, text, trigger, country, place, date, situationDate, events);
            foreach (var draft in drafts)
            {
                var merged = Merge(events, draft);
                if (AcledTaxonomy.IsViolent(merged.EventType))
                {
                    lastViolent = (merged, sentenceIndex);
                    lastTelling = sentenceIndex;
                    if (reaction is { } counted && sentenceIndex - counted.Index == 1 && merged.TollSentences.Count == 0)
                        AddFatalities(merged, document, counted.Sentence);
                }
                read = true;
            }
            reaction = null;
            // "The victim died. 1 fatality.": a toll in a sentence that reports no event of its own belongs to the event just before it.
            // It tells that event on, so a claim after it ("The toll rose to 12. IS claimed the attack.") still reaches the event.
            if (!read && lastViolent is { } previous && sentenceIndex - previous.Sentence <= FollowUpSentences && AddFatalities(previous.Event, document, sentence))
                lastTelling = sentenceIndex;
        }
        // A headline of its own line tells the lead's event in short ("Air strikes hit hospital and kill 26 people in Idlib"):
        // its report joins the first later one of the same type in its province.
        if (headline is { } line)
            foreach (var told in events.Where(e => e.Sentence.Start < line.End && AcledTaxonomy.IsViolent(e.EventType)).ToList())
                if (events.FirstOrDefault(e => e != told && e.Sentence.Start >= line.End && e.EventType == told.EventType
                    && (told.Place?.Admin1 is null || e.Place?.Admin1 == told.Place.Admin1)) is { } lead)
                {
                    lead.Absorb(told);
                    events.Remove(told);
                }
        // A report placed only in the country, or nowhere ("air strikes in Syria killed 20"), is placed by the article as it goes on:
        // the first sentence from the report's own that names a place in a province ("the raids hit the town of al-Quriyah").
        foreach (var e in events)
            if (AcledTaxonomy.IsViolent(e.EventType) && e.Place?.Admin1 is null
                && provincial.FirstOrDefault(p => p.SentenceEnd > e.Sentence.Start).Place is { } later)
            {
                e.Place = later with { AlsoAt = [] };
                if (later.Span is { } span) e.Evidence.Add(span);
            }
        var (leadEvent, headlineToll) = ApplyHeadline(document, events, country);
        if (headlineToll is null) JoinLaterToll(document, events);
        document.SetEvents(events.SelectMany(e =>
        {
            var toll = e == leadEvent ? headlineToll : DeathToll.Read(document, e.TollSentences);
            var record = _model.WithSecondSide(_model.WithUnnamedActor(e.ToRecord(Name, country, toll), document.Text), document.Text);
            // A place the text tells an event of the type at on its own, with its toll ("Four killed in Aleppo and Quneitra ... In
            // Quneitra, two died"), is that event: the list's share there is not counted twice.
            return ByPlace(record, e.Place, toll, at => events.Exists(o => o != e && o.EventType == e.EventType && o.Place?.Name == at.Name && o.TollSentences.Count > 0));
        }));
    }

    /// <summary>What the headline says of the lead event: its toll, province, weapon and perpetrator. Returns the event that
    /// takes the headline's toll and that toll (both null when the headline states none).</summary>
    private (Draft? Event, FatalityReading? Toll) ApplyHeadline(Document document, List<Draft> events, Country? country)
    {
        // The headline states the toll of the event the lead tells ("Bomb kills 18 in Damascus suburb"), which the body may spread
        // over several reports or restate within one run-on sentence.
        var headline = HeadlineText(document);
        var headlineToll = headline is null ? null : HeadlineToll(document, headline.Text);
        var statedToll = headlineToll;
        var tolled = headlineToll is null ? null : LeadEvent(document, events);
        // The lead tells that event again (the headline run into its first sentence, then the lead proper): its other violent
        // reports in the same province are the same event, whatever type each sentence alone suggests ("a terrorist attack", "shelling").
        if (tolled is not null)
            foreach (var again in LeadEvents(document, events).Where(e => e != tolled
                && (tolled.Place?.Admin1 is null || e.Place?.Admin1 is null || e.Place.Admin1 == tolled.Place.Admin1)).ToList())
            {
                tolled.Absorb(again);
                events.Remove(again);
            }
        // "Dozens killed", "Scores of rebels killed": a vague headline only bounds the toll the lead counts ("At least 16 people");
        // "Bombardment kills 4 schoolchildren": so does a headline counting part of the victims ("At least four schoolchildren were among
        // eight people killed"). The lead's first count is the event's whole toll: later reports break it down by place or victim.
        if (tolled is not null && tolled.TollSentences.OrderBy(s => s.Start).Select(s => DeathToll.Read(document, [s]))
                .FirstOrDefault(r => r is { Low: > 0 } && !r.Figures.All(DeathToll.IsVague)) is { } first
            && (headlineToll!.Figures.All(DeathToll.IsVague) || headlineToll.Figures.All(q => q.Unit is { } unit && PartVictims.Contains(unit)) && first.Low > headlineToll.Low))
            headlineToll = first;
        if ((tolled ?? LeadEvent(document, events)) is not { } lead) return (null, null);
        // The toll the event takes from the headline cites the headline's figures.
        if (headlineToll is not null && ReferenceEquals(headlineToll, statedToll))
            foreach (var figure in headlineToll.Figures) Cite(lead, headline!, figure.Span);
        // The headline says in which province its event happened when the lead's places lead elsewhere (a side incident, a town
        // the geocoder put in another province, a country-wide report).
        var headlineActors = headline is null ? [] : _model.Lexicon.Find(headline.Text, 0, country);
        if (HeadlinePlace(document, country, statedToll?.Figures[^1].Span.End, headlineActors) is { } where && lead.Place?.Admin1 != where.Place.Admin1)
        {
            lead.Place = where.Place;
            if (where.Place.Span is { } at) lead.Evidence.Add(at);
            foreach (var named in where.InTitle) Cite(lead, new HeadlineSource(document.Title!, null), named);
        }
        if (headline is null) return (tolled, headlineToll);
        var headlineText = headline.Text;
        // The headline names the weapon of its event ("Syria regime air raids kill 20", "Car bomb kills 34"): it settles the lead
        // event's sub-type as a weapon in any sentence does, unless the headline reports ground fighting.
        int sides = ArmedSides(headlineActors);
        var (weaponType, weaponSub, weapon) = ByWeapon(headlineText, lead.EventType, lead.SubType, sides);
        if ((weaponType, weaponSub) != (lead.EventType, lead.SubType) && _model.Cues.Trigger.IsMatch(headlineText))
        {
            lead.Settle(weaponType, weaponSub);
            var words = weapon!.Match(headlineText);
            Cite(lead, headline, new TextSpan(words.Index, words.Index + words.Length));
        }
        // The headline names the perpetrator its lead leaves unsaid ("Nusra Front stages deadly suicide bombing in Aleppo").
        // The headline's subject of a harm verb ("Assad regime kills 18", "Syrian Jets Pounds ISIS Offensive") is the lead event's
        // actor 1 whatever side the lead names first; a perpetrator the classifier only guessed yields to any the headline names.
        if (HeadlineAgent(headlineText, headlineActors, country) is { } agent)
        {
            if (agent.Actor.Name != lead.Actor1?.Name && !lead.Assoc1.Contains(agent.Actor.Name))
            {
                (lead.Actor1, lead.Actor1Guessed) = (agent.Actor, false);
                Cite(lead, headline, agent.Span);
            }
        }
        else if ((lead.Actor1 is null || lead.Actor1Guessed || lead.Actor1.Value.Inter == UnidentifiedInter) && HeadlineActor(headlineText, headlineActors, country, lead.EventType) is { } perpetrator)
        {
            (lead.Actor1, lead.Actor1Guessed) = (perpetrator.Actor, false);
            Cite(lead, headline, perpetrator.Span);
        }
        return (tolled, headlineToll);
    }

    /// <summary>A lead that tells its event without a count ("Air strikes pounded rebel-held districts on Sunday", "killing scores") gives it in the
    /// body: the first later violent report with a toll in the lead event's province is that event's count, and joins it.</summary>
    private static void JoinLaterToll(Document document, List<Draft> events)
    {
        var told = LeadEvents(document, events).ToList();
        if (told.Count == 0 || told.Any(e => Counted(DeathToll.Read(document, e.TollSentences)))) return;
        var lead = told[0];
        if (events.Where(e => !told.Contains(e) && AcledTaxonomy.IsViolent(e.EventType) && e.Sentence.Start > lead.Sentence.Start
                && e.Place?.Admin1 == lead.Place?.Admin1 && (e.EventType == lead.EventType || e.From >= lead.From && e.To <= lead.To))
            .OrderBy(e => e.Sentence.Start)
            .FirstOrDefault(e => Counted(DeathToll.Read(document, e.TollSentences))) is not { } later) return;
        // The lead says what happened; the later report only counts it.
        var (type, subType) = (lead.EventType, lead.SubType);
        lead.Absorb(later);
        lead.Settle(type, subType);
        events.Remove(later);
    }

    // A toll the text counts: "scores of volunteers" only bounds it (DeathToll.IsVague).
    private static bool Counted(FatalityReading? toll) => toll is { Low: > 0 } && !toll.Figures.All(DeathToll.IsVague);

    // Victims a report singles out from the dead of an event: a headline's "kills 4 schoolchildren" is a part of its toll.
    private static readonly HashSet<string> PartVictims = new(StringComparer.OrdinalIgnoreCase)
    {
        "children", "child", "schoolchildren", "kids", "women", "girls", "boys", "babies", "infants", "minors", "students", "pupils",
        "teachers", "medics", "doctors", "nurses", "journalists", "volunteers", "rescuers", "aid workers",
    };

    // Body sentences that tell an article's main event (its lead), the first of which the headline tells again.
    private const int LeadSentences = 2;

    // ACLED codes an unidentified armed group as a political militia.
    private const int UnidentifiedInter = AcledInter.PoliticalMilitia;

    /// <summary>The article's headline: its title (<paramref name="Line"/> null), else a headline line of the text.</summary>
    private sealed record HeadlineSource(string Text, TextSpan? Line);

    /// <summary>The article's headline: its title, else a headline line of the text; null when it has none.</summary>
    private static HeadlineSource? HeadlineText(Document document) => document.Title is { Length: > 0 } title ? new(title, null)
        : Text.Headline.Find(document) is { } line ? new(document.TextOf(line), line) : null;

    /// <summary>Cites <paramref name="span"/> of the headline as evidence of <paramref name="e"/>: a span of the title, or of the
    /// text when the headline is a line of it.</summary>
    private static void Cite(Draft e, HeadlineSource headline, TextSpan span)
    {
        var (cited, evidence) = headline.Line is { } line ? (new TextSpan(line.Start + span.Start, line.Start + span.End), e.Evidence) : (span, e.TitleEvidence);
        if (!evidence.Contains(cited)) evidence.Add(cited);
    }

    /// <summary>The actor 1 the headline names for an event of <paramref name="eventType"/>: a named side that is not its victim, and
    /// the words naming it; or null. <paramref name="found"/> holds the actor phrases the lexicon found in the headline.</summary>
    private ((string Name, int Inter) Actor, TextSpan Span)? HeadlineActor(string headline, List<ActorMention> found, Country? country, string eventType)
    {
        var sides = found.Where(m => m.Role is ActorRole.Actor or ActorRole.Fallback).ToList();
        return _model.FirstActor(headline, 0, sides, eventType, country) is ({ IsVictim: false, IsTarget: false, LacksCountry: false } first, _, _)
            && first.Inter != UnidentifiedInter ? ((first.Name, first.Inter), first.Span) : null;
    }

    /// <summary>The named side of <paramref name="headline"/> right before a harm verb in the present ("Russian strikes kill 53",
    /// "Assad regime kills 18"): the headline's grammatical subject, so the perpetrator, and the words naming it; null when there is none.</summary>
    private ((string Name, int Inter) Actor, TextSpan Span)? HeadlineAgent(string headline, List<ActorMention> found, Country? country)
    {
        // The side nearest its verb: "Hezbollah Syrian Army Kill 2" is the army's, "Syrian air strikes kill 70 after rebel rocket attack" the air force's.
        ActorMention? agent = null;
        int gap = int.MaxValue;
        foreach (var m in found)
            if (m.Role is ActorRole.Actor && !m.IsVictim && !m.LacksCountry && m.Inter != UnidentifiedInter
                && HarmVerbAfter().Match(headline, m.Span.End) is { Success: true } verb && verb.Groups["word"].Captures.Count < gap)
                (agent, gap) = (m, verb.Groups["word"].Captures.Count);
        return agent is null ? null : ((agent.Name, agent.Inter), agent.Span);
    }

    /// <summary>The death toll <paramref name="headline"/> states, or null; its figures' spans point into <paramref name="headline"/>.</summary>
    private static FatalityReading? HeadlineToll(Document document, string headline)
    {
        var alone = new Document(document.Id, headline);
        alone.SetQuantities(new QuantityStage().Read(headline));
        return DeathToll.Read(alone, [new TextSpan(0, headline.Length)]) is { Low: > 0 } toll ? toll : null;
    }

    /// <summary>The first violent event reported in the lead (the first body sentences), or null.</summary>
    private static Draft? LeadEvent(Document document, List<Draft> events) => LeadEvents(document, events).FirstOrDefault();

    /// <summary>The violent events reported in the lead, in text order.</summary>
    private static IEnumerable<Draft> LeadEvents(Document document, List<Draft> events)
    {
        var lead = document.Sentences.Where(s => !s.IsCaption).Take(LeadSentences).Select(s => s.Span).ToList();
        return events.Where(e => AcledTaxonomy.IsViolent(e.EventType) && lead.Any(l => l.Overlaps(e.Sentence))).OrderBy(e => e.Sentence.Start);
    }

    // earlier: the events read from the sentences before, whose named groups a generic side may refer back to.
    private IEnumerable<Draft> Read(Document document, Sentence sentence, string text, Match? trigger, Country? country, EventPlace? place,
        (DateOnly From, DateOnly To, int Precision, TextSpan? Span)? date, (DateOnly From, DateOnly To, int Precision, TextSpan? Span)? situationDate,
        List<Draft> earlier)
    {
        var (type, subType, pEvent, typeShare) = Classify(text);
        string? typeRead = null;
        // Ground fighting between two named armed sides ("rebels are battling pro-government troops") is a battle whatever the
        // model says: ACLED's definition of one, which the model, trained on coders' terse notes, misses in long reporter's sentences.
        bool groundFighting = trigger is not null && _model.Cues.Ground.IsMatch(text);
        // So is a named armed side killing a counted number ("the SDF advanced ... and kill 47 militants"): the toll is the event,
        // whatever the model makes of a bare verb or a long sentence (read only where the model's bar would reject it).
        bool counted = trigger is not null && pEvent < ArmedTriggeredEvent && MayCountDeaths(document, sentence) && DeathToll.Read(document, [sentence.Span]) is { Low: > 0 };
        // The actor lexicon is the stage's dearest step: it is read only for sentences the model has not already ruled out.
        if (type is not null && (groundFighting || counted || pEvent >= (trigger is null ? StrongEvent : ArmedTriggeredEvent))
            && _model.Lexicon.Find(text, sentence.Span.Start, country) is var mentions
            && ArmedSides(mentions) is var armedSides
            && (groundFighting && armedSides >= 2 || counted && armedSides >= 1
                || pEvent >= (trigger is null || armedSides == 0 && place is null && !mentions.Any() ? StrongEvent
                    : armedSides > 0 ? ArmedTriggeredEvent : TriggeredEvent)))
        {
            if (pEvent < ArmedTriggeredEvent) (type, subType, typeShare) = ("Battles", "Armed clash", 1);
            bool civiliansNamed = mentions.Any(m => m.Role == ActorRole.Civilian);
            double confidence = typeShare * (trigger is null ? pEvent : 0.5 + 0.5 * pEvent);
            // Fire on ground a side holds ("rebel rocket attacks on the government-held west of Aleppo") is one side's shelling, not an
            // exchange between two: the holder does not count as a side firing back.
            var (weaponType, weaponSub, _) = ByWeapon(text, type, subType!, ArmedSides(mentions.Where(m => m.Role != ActorRole.Held).ToList()));
            // An execution is an attack on the defenceless whoever they are ("IS beheaded 8 rebel fighters"): not a battle.
            bool oneSidedTactic = weaponType == "Violence against civilians" && type != weaponType;
            (type, subType) = (weaponType, weaponSub);
            // Violence against civilians needs an unarmed target: two armed sides and no civilians make it a battle (ACLED rule).
            if (type == "Violence against civilians" && armedSides >= 2 && !civiliansNamed && !oneSidedTactic)
                (type, subType) = ("Battles", "Armed clash");
            // ... and one armed side harming named civilians, with no fighting reported, is violence against civilians.
            else if (type == "Battles" && armedSides <= 1 && civiliansNamed && !_model.Cues.Ground.IsMatch(text))
                (type, subType) = ("Violence against civilians", "Attack");
            var draft = NewDraft(sentence, type, subType!, confidence, place, date);
            if (trigger is not null) draft.Trigger = new TextSpan(sentence.Span.Start + trigger.Index, sentence.Span.Start + trigger.Index + trigger.Length);
            AddActors(draft, text, sentence.Span.Start, country, mentions, CasualtyFigures(document, sentence), earlier);
            AddFatalities(draft, document, sentence);
            draft.EndEvidenceAtLastArgument();
            typeRead = type;
            yield return draft;
        }
        // One situation per event type: a sentence can report a siege and an evacuation deal, but only one of each.
        // A type the model leant to without reporting it leaves the rules free ("a ceasefire ... collapsed last week").
        var typesRead = new HashSet<string>(StringComparer.Ordinal);
        if (typeRead is not null) typesRead.Add(typeRead);
        foreach (var (pattern, situationType, situationSub) in _model.Cues.Situations)
        {
            var m = pattern.Match(text);
            if (!m.Success || !typesRead.Add(situationType)) continue;
            var draft = NewDraft(sentence, situationType, situationSub, SituationConfidence, place, situationType == AcledTaxonomy.Humanitarian ? situationDate : date);
            draft.Trigger = new TextSpan(sentence.Span.Start + m.Index, sentence.Span.Start + m.Index + m.Length);
            if (situationType != AcledTaxonomy.Humanitarian)
                AddActors(draft, text, sentence.Span.Start, country);
            var affected = document.Quantities.FirstOrDefault(q =>
                sentence.Span.Contains(q.Span) && !q.IsHypothetical && q.Kind is QuantityKind.Trapped or QuantityKind.Displaced && q.Best is not null);
            if (affected is not null)
            {
                draft.PeopleAffected = (int)affected.Best!.Value;
                draft.Evidence.Add(affected.Span);
            }
            draft.EndEvidenceAtLastArgument();
            yield return draft;
        }
    }

    /// <summary>ACLED defines remote-violence sub-types by weapon: a named weapon settles the sub-type unless the sentence reports ground fighting.</summary>
    /// <remarks>Returns the weapon row's pattern that settled the sub-type, else null (a caller that cites the weapon matches it again).
    /// A battle needs two armed sides: when the sentence names two, long-range fire between them stays an armed clash.</remarks>
    private (string Type, string SubType, Regex? Weapon) ByWeapon(string text, string type, string subType, int armedSides)
    {
        if (type is not ("Battles" or "Explosions/Remote violence" or "Violence against civilians") || _model.Cues.Ground.IsMatch(text))
            return (type, subType, null);
        foreach (var (pattern, weaponType, weaponSub, when) in _model.Cues.Weapons)
        {
            if ((when is not null && when != type) || !pattern.IsMatch(text)) continue;
            // Two sides exchanging long-range fire fight a battle; a suicide bombing, a gas attack, an air strike (ACLED training notes naming
            // aircraft and two armed sides: 53 air strikes, 12 battles, mostly with ground fighting), a planted bomb or grenade (IEDs and
            // landmines between two armed sides: 34 remote explosives, 3 battles) or an execution is one-sided whoever the target is.
            if (type == "Battles" && armedSides >= 2 && weaponSub is not ("Suicide bomb" or "Chemical weapon" or "Air/drone strike" or "Remote explosive/landmine/IED" or "Grenade" or "Attack")) return (type, subType, null);
            return (weaponType, weaponSub, pattern);
        }
        return (type, subType, null);
    }

    private static int ArmedSides(IReadOnlyList<ActorMention> mentions) =>
        mentions.Where(m => m.Role != ActorRole.Civilian).Select(m => m.Group).Distinct().Count();

    /// <summary>The most likely event type and sub-type, P(event) and the type's share of it.</summary>
    /// <remarks>A protest or a riot needs its crowd named ("protesters", "demonstration", "riot"): the model also reads them into a
    /// killing reported by activists ("41 fighters were rounded up and executed").
    /// The crowd is looked for only when the model chooses either.</remarks>
    private (string? Type, string? SubType, float PEvent, float TypeShare) Classify(string text)
    {
        var read = _model.Classify(text);
        return read.Type is "Protests" or "Riots" && !_model.Cues.Crowd.IsMatch(text) ? _model.Classify(text, crowd: false) : read;
    }

    private static Draft NewDraft(Sentence sentence, string type, string subType, double confidence, EventPlace? place, (DateOnly From, DateOnly To, int Precision, TextSpan? Span)? date)
    {
        var draft = new Draft(sentence.Span, type, subType, confidence) { Place = place };
        if (date is { } d)
        {
            draft.From = d.From;
            draft.To = d.To;
            draft.TimePrecision = d.Precision;
            if (d.Span is { } s) draft.Evidence.Add(s);
        }
        if (place?.Span is { } ps) draft.Evidence.Add(ps);
        return draft;
    }

    // mentions: the sentence's actor phrases when already read (at document offsets), so the lexicon runs once.
    // casualties: the spans of the sentence's casualty figures, whose counted people are victims ("Kurdish SDF Kills 23 Daesh Militants").
    // earlier: the events of the sentences before, for a generic side that refers back to a group named there.
    private void AddActors(Draft draft, string text, int offset, Country? country, List<ActorMention>? mentions = null, List<TextSpan>? casualties = null, List<Draft>? earlier = null)
    {
        mentions ??= _model.Lexicon.Find(text, offset, country);
        var armed = mentions.Where(m => m.Role != ActorRole.Civilian).ToList();
        // Actor 1 is the side the side model picks (EventModel.FirstActor); a side named by the ground it holds ("rebel-held") is only ever the target.
        var sides = armed.Where(m => m.Role != ActorRole.Held).ToList();
        // A side counted in a casualty figure or named as the subject of a passive harm is actor 1 only when no other side is named
        // (the agent of a passive, "were killed during an air raid by the Syrian regime army", is never a victim).
        var perpetrators = sides.Where(m => m.AfterBy || !m.IsVictim && !(casualties?.Any(c => c.Contains(m.Span)) ?? false)).ToList();
        if (_model.FirstActor(text, offset, perpetrators.Count > 0 ? perpetrators : sides, draft.EventType, country) is var (first, actor1, guessed))
        {
            // "CODECO militiamen attacked ... Militiamen shot and killed 4": a generic side opening its sentence or after "the" is the
            // group the report before named.
            if (!guessed && earlier is not null && IsAnaphor(first, text, offset) && EarlierGroup(earlier) is { } group && group.Name != actor1.Name)
                actor1 = group;
            (draft.Actor1, draft.Actor1Guessed) = (actor1, guessed);
            draft.Assoc1.AddRange(armed.Where(m => m.Group == first.Group && m.Name != first.Name).Select(m => m.Name));
            draft.Evidence.Add(first.Span);
            // When the model named another actor 1 ("Gendarmerie forces ... PKK militants"), the lexicon's actor is the other side.
            // Civilians named in rebel-held ground are the target, not the side that holds it.
            bool civilians = mentions.Any(m => m.Role == ActorRole.Civilian);
            var second = armed.FirstOrDefault(m => m.Group != first.Group && !(civilians && m.Role == ActorRole.Held) && m.Name != first.Name && !draft.Assoc1.Contains(m.Name))
                ?? (draft.Actor1.Value.Name != first.Name && !first.Fits(draft.Actor1.Value.Name) ? first : null);
            if (second?.Name == draft.Actor1.Value.Name) second = null;
            if (second is not null)
            {
                draft.Actor2 = (WithCountry(second, draft), second.Inter);
                draft.Evidence.Add(second.Span);
            }
        }
        else
        {
            // No side named: the training events near the place say who fights there ("the OSCE SMM observed explosions near Avdiivka").
            // A side named by the ground it holds ("in the opposition-held district") is the target, never the guess.
            var held = armed.FirstOrDefault();
            if (_model.GuessActor(text, country, draft.Place?.Latitude, draft.Place?.Longitude, EventModel.ActorGuessThreshold, held?.Name) is { } guess) (draft.Actor1, draft.Actor1Guessed) = (guess, true);
            if (held is not null && held.Name != draft.Actor1?.Name)
            {
                draft.Actor2 = (WithCountry(held, draft), held.Inter);
                draft.Evidence.Add(held.Span);
            }
        }
        // With no country from the document, the country an actor's name carries ("Unidentified Gang (Mexico)") is the event's.
        if (country is null && draft.Actor1 is { } named)
            draft.Country = _model.Countries.Finder.Matches(named.Name).Select(m => _model.Countries.ByAlias(m.Value)).FirstOrDefault(c => c is not null);
        if (draft.EventType is "Protests" or "Riots")
            AddCrowd(draft, armed, country ?? draft.Country);
        var civilian = mentions.FirstOrDefault(m => m.Role == ActorRole.Civilian);
        bool targetsCivilians = draft.EventType is "Violence against civilians"
            || (draft.EventType is "Explosions/Remote violence" or "Riots" && draft.Actor2 is null && civilian is not null);
        if (targetsCivilians && civilian is not null)
        {
            draft.Actor2 = (WithCountry(civilian, draft), civilian.Inter);
            draft.Evidence.Add(civilian.Span);
        }
    }

    /// <summary>The armed side a sentence says claimed responsibility ("JNIM claimed responsibility", "Al shabaab claimed the attack"), or null.</summary>
    private ActorMention? Claimant(string text, int offset, Country? country)
    {
        if (text.IndexOf("claim", StringComparison.OrdinalIgnoreCase) < 0 || ClaimVerb().Match(text) is not { Success: true } claim) return null;
        var before = text[..claim.Index];
        return _model.Lexicon.Find(before, offset, country).LastOrDefault(m => m.Role == ActorRole.Actor && !m.LacksCountry && AcledInter.IsNonStateArmed(m.Inter));
    }

    /// <summary>True when <paramref name="side"/> is a common noun ("Militiamen", "the assailants", not "Islamic State" or "IS
    /// militants") of a non-state armed actor that opens its sentence or follows a definite determiner.</summary>
    private static bool IsAnaphor(ActorMention side, string text, int offset)
    {
        if (!AcledInter.IsNonStateArmed(side.Inter)) return false;
        int start = side.Span.Start - offset, end = side.Span.End - offset;
        if (start < 0 || end > text.Length) return false;
        for (int i = start + 1; i < end; i++) if (char.IsUpper(text[i])) return false;
        var before = text.AsSpan(0, start).TrimEnd();
        return before.IsEmpty || before.EndsWith("the", StringComparison.OrdinalIgnoreCase) && (before.Length == 3 || !char.IsLetter(before[^4]))
            || before.EndsWith("these", StringComparison.OrdinalIgnoreCase) || before.EndsWith("those", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Actor 1 of the latest earlier violent report that names a non-state armed group itself (not guessed), or null.</summary>
    private static (string Name, int Inter)? EarlierGroup(List<Draft> earlier)
    {
        for (int i = earlier.Count - 1; i >= 0; i--)
            if (AcledTaxonomy.IsViolent(earlier[i].EventType) && earlier[i].Actor1 is { } a && AcledInter.IsNonStateArmed(a.Inter) && !earlier[i].Actor1Guessed)
                return a;
        return null;
    }

    // Most sentences judged no event hold no figure the death toll could read (a death figure, or a part of one): reading them is wasted.
    private static bool MayCountDeaths(Document document, Sentence sentence) =>
        document.Quantities.Any(q => (q.Kind == QuantityKind.Fatalities || q.PartOf is not null) && sentence.Span.Contains(q.Span));

    private static List<TextSpan> CasualtyFigures(Document document, Sentence sentence) =>
        document.Quantities.Where(q => q.Kind is QuantityKind.Fatalities or QuantityKind.Injured or QuantityKind.Casualties && sentence.Span.Contains(q.Span))
            .Select(q => q.Span).ToList();

    /// <summary>ACLED codes the crowd as actor 1 of every protest and riot ("retired soldiers gathered" are protesters), and the
    /// force that intervenes, if any, as actor 2; a peaceful protest has none.</summary>
    private static void AddCrowd(Draft draft, List<ActorMention> armed, Country? country)
    {
        bool protest = draft.EventType == "Protests";
        var crowd = protest ? "Protesters" : "Rioters";
        (draft.Actor1, draft.Actor1Guessed) = ((country is null ? crowd : $"{crowd} ({country.Name})", protest ? AcledInter.Protesters : AcledInter.Rioters), false);
        draft.Assoc1.Clear();
        var force = armed.FirstOrDefault(m => m.Role == ActorRole.Actor && m.Inter is not (AcledInter.Rioters or AcledInter.Protesters));
        draft.Actor2 = force is null || (protest && draft.SubType == "Peaceful protest") ? null : (WithCountry(force, draft), force.Inter);
    }

    private static string WithCountry(ActorMention mention, Draft draft) =>
        !mention.LacksCountry || draft.Country is not { } c ? mention.Name
        : mention.Name.EndsWith(" Forces", StringComparison.Ordinal) ? $"{mention.Name} of {c.OfName}"
        : $"{mention.Name} ({c.Name})";

    // The sentence reports the event's toll when it states a death figure; the event's toll is read over all such sentences at the end.
    // Returns whether the sentence states a toll.
    private static bool AddFatalities(Draft draft, Document document, Sentence sentence)
    {
        if (DeathToll.Read(document, [sentence.Span]) is not { } reading) return false;
        draft.TollSentences.Add(sentence.Span);
        draft.Evidence.AddRange(reading.Figures.Select(q => q.Span));
        return true;
    }

    private static Draft Merge(List<Draft> events, Draft draft)
    {
        var same = events.FirstOrDefault(e => e.SameEventAs(draft));
        if (same is null)
        {
            events.Add(draft);
            return draft;
        }
        same.Absorb(draft);
        return same;
    }

    // "the Observatory said on Sunday": the day of the report, not of the event.
    private static List<DateExpression> SentenceDates(Document document, Sentence sentence) =>
        document.Dates.Where(d => sentence.Span.Contains(d.Span) && !IsBackgroundDate(d, document.Published)
            && !ReportingVerbBefore().IsMatch(document.Text.AsSpan(sentence.Span.Start, d.Span.Start - sentence.Span.Start))).ToList();

    private static bool IsBackgroundDate(DateExpression date, DateOnly? published) =>
        date.To.DayNumber - date.From.DayNumber > LongestEventDays
        || (published is { } p && (date.From > p || (date.Precision > DatePrecision.Week && date.To.DayNumber < p.DayNumber - BackgroundDays)));

    private static (DateOnly From, DateOnly To, int Precision, TextSpan? Span)? ResolveDate(Document document, string text, DateExpression? inSentence, DateExpression? previous)
    {
        if (inSentence is not null) return (inSentence.From, inSentence.To, PrecisionCode(inSentence.Precision), inSentence.Span);
        // "have begun", "are battling", "say": the report is about the day of publication.
        if (document.Published is { } p && (previous is null || PresentTense().IsMatch(text))) return (p, p, 1, null);
        if (previous is not null) return (previous.From, previous.To, PrecisionCode(previous.Precision), previous.Span);
        return null;
    }

    private static int PrecisionCode(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => 1,
        DatePrecision.Week => 2,
        _ => 3,
    };

    private Country? DocumentCountry(Document document)
    {
        var votes = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        var bodyStart = document.Sentences.FirstOrDefault(s => !s.IsCaption)?.Span.Start ?? 0;
        // Places say where things happen and weigh most; a demonym ("Russian warplanes", "Turkish military") says whose forces act,
        // and only votes when nothing is placed.
        // A reading votes as much as it is believed: a spelling guess ("Syrias" read as Cicero, Illinois) says little of the country.
        // A country's own name is as often a side as a place ("U.S. officials", "the US-led coalition"); a town or province
        // only says where.
        foreach (var p in document.Places)
            if (p.Span.Start >= bodyStart && !p.IsMetonym)
                Vote(p.CountryCode, p.Span.End, PlaceVote * p.Confidence * (p.Admin1 is null ? CountryNameVote : 1));
        // A name the geo stage read as a government ("Turkey has denied", "talks with Washington") is a side, whichever layer names it.
        var metonyms = document.Places.Where(p => p.IsMetonym).Select(p => p.NameSpan ?? p.Span).ToHashSet();
        foreach (var kind in new[] { EntityKind.LOC, EntityKind.MISC })
        {
            if (kind == EntityKind.MISC && votes.Count > 0) break;
            foreach (var e in document.Entities)
                if (e.Kind == kind && e.Span.Start >= bodyStart && !metonyms.Contains(e.Span) && !Places.GeoStage.InOrganisationName(document, e.Span))
                    Vote(e.CountryCode, e.Span.End, 1);
        }
        if (votes.Count == 0)
        {
            // Without the entity layer, names and demonyms in the text vote.
            foreach (Match m in _model.Countries.Finder.Matches(document.Text[bodyStart..]))
                Vote(_model.Countries.ByAlias(m.Value)?.Iso, bodyStart + m.Index + m.Length, 1);
        }
        // The headline says where its news is: one country it places the news in outweighs what the body's mentions add up to.
        if (document.Title is { Length: > 0 } title && votes.Count > 0)
        {
            // Only the country's own name places ("near Turkish border" names a border's side).
            var placed = _headlineCountry.Matches(title).Select(m => (Name: m.Groups["c"].Value, Country: _model.Countries.ByAlias(m.Groups["c"].Value)))
                .Where(c => c.Country is not null && (c.Name == c.Country.Name || c.Name == c.Country.OfName)).Select(c => c.Country!.Iso).Distinct().ToList();
            if (placed.Count == 1 && votes.ContainsKey(placed[0])) return _model.Countries.ByIso(placed[0]);
        }
        return votes.Count == 0 ? null : _model.Countries.ByIso(votes.MaxBy(kv => kv.Value).Key);

        // A known country's vote, unless the mention names a currency ("US dollar") or a possessor, a side rather than a place
        // ("Russia's crimes", "Russias actions").
        void Vote(string? iso, int mentionEnd, double weight)
        {
            if (iso is not null && _model.Countries.ByIso(iso) is not null && !IsCurrency(document.Text, mentionEnd) && !IsPossessor(document.Text, mentionEnd))
                votes[iso] = votes.GetValueOrDefault(iso) + weight;
        }
    }

    // "Russia's", "Russias" (the apostrophe lost): the name owns what follows.
    private static bool IsPossessor(string text, int end) =>
        end < text.Length && (text[end] == 's' || text.AsSpan(end).StartsWith("'s", StringComparison.Ordinal) || text.AsSpan(end).StartsWith("\u2019s", StringComparison.Ordinal));

    // "the US dollar" is a currency, not a place.
    private static bool IsCurrency(string text, int end) => text.AsSpan(end).TrimStart().StartsWith("dollar", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the only trigger word of <paramref name="text"/> is "death" in "the death toll" ("the death toll rose to 12",
    /// "the official agency placed the death toll at 12").</summary>
    private bool IsToldToll(string text, Match? trigger) =>
        trigger is not null && TheDeathToll().IsMatch(text.AsSpan(0, Math.Min(text.Length, trigger.Index + trigger.Length + 5)))
        && !_model.Cues.Trigger.Match(text, trigger.Index + trigger.Length).Success;

    /// <summary>The part of <paramref name="sentence"/> that tells its event: the whole, or, when a clause recalling another event follows
    /// its first trigger word ("rebels shelled a school in west Aleppo a day after air strikes on Idlib killed 35", "missiles hit an airbase
    /// that was used for a chemical attack on a village in Idlib"), the text before that clause, whose places, weapons and tolls are the
    /// other event's.</summary>
    private static (Sentence Sentence, string Text) ToldPart(Sentence sentence, string text, int recall)
    {
        if (recall < 0) return (sentence, text);
        var part = text.AsSpan(0, recall).TrimEnd(" ,;").Length;
        // "The attacks came one day after ...": the subject is an event already told, and the sentence tells nothing new.
        if (CameBefore().IsMatch(text.AsSpan(0, part))) part = 0;
        return (sentence with { Span = new TextSpan(sentence.Span.Start, sentence.Span.Start + part) }, text[..part]);
    }

    private EventPlace? PlaceIn(Document document, Sentence sentence, string text, Country? country)
    {
        if (document.Layers.Contains(Layer.Places))
        {
            var places = PlacesIn(document, sentence.Span, country);
            return places.Count == 0 ? null : Located(document, places, listed: true);
        }
        foreach (var e in document.Entities)
        {
            if (e.Kind != EntityKind.LOC || !sentence.Span.Contains(e.Span)) continue;
            if (country is not null && e.CountryCode is { } code && !code.Equals(country.Iso, StringComparison.OrdinalIgnoreCase)) continue;
            var name = e.Canonical ?? document.TextOf(e.Span);
            var named = _model.Countries.ByAlias(name);
            // "the US", "Washington": a foreign capital or country is where the news comes from, not where the event is.
            if (named is not null && country is not null && named.Iso != country.Iso) continue;
            var isCountry = named is not null;
            if (isCountry && document.Entities.Any(o => o.Kind == EntityKind.LOC && sentence.Span.Contains(o.Span) && o.Span.Start > e.Span.Start && _model.Countries.ByAlias(document.TextOf(o.Span)) is null))
                continue;
            var before = text[..(e.Span.Start - sentence.Span.Start)];
            var after = text[(e.Span.End - sentence.Span.Start)..];
            int precision = isCountry || RegionAfter().IsMatch(after) ? 3 : NearBefore().IsMatch(before) ? 2 : 1;
            return new EventPlace(name, precision, e.Span);
        }
        return null;
    }

    /// <summary>The geocoded places of <paramref name="span"/> that may place an event: in the document's country, and not a
    /// possessor ("Idlib's Maarat al-Numan") unless the span names nothing else ("Aleppo's eastern districts").</summary>
    /// <remarks>A country's possessive right after a place stays ("near the city of Deir al-Zor Syrias state news agency"): it ranks after
    /// any place within the country, and shows that the name before it ends there, not a modifier of the capitalised word after it.</remarks>
    private static List<Place> PlacesIn(Document document, TextSpan span, Country? country)
    {
        var places = document.Places.Where(p => span.Contains(p.Span)
            && (country is null || p.CountryCode is null || p.CountryCode.Equals(country.Iso, StringComparison.OrdinalIgnoreCase))).ToList();
        if (places.Any(p => !IsPossessor(document.Text, p.Span.End)))
            places.RemoveAll(p => IsPossessor(document.Text, p.Span.End) && !(p.Precision == Sitrep.Core.PrecisionCode.Country && places.Any(q => q != p
                && q.Span.End <= p.Span.Start && document.Text.AsSpan(q.Span.End, p.Span.Start - q.Span.End).Trim(" ,").IsEmpty)));
        return places;
    }

    // The event's place among 'places'; with 'listed', the other places a list names the event at too (EventPlace.AlsoAt).
    private static EventPlace? Located(Document document, List<Place> places, bool listed = false)
    {
        var located = listed ? Places.GeoStage.EventLocations(document.Text, places)
            : Places.GeoStage.EventLocation(document.Text, places) is { } one ? [one] : [];
        return located.Count == 0 ? null : ToEventPlace(located[0]) with { AlsoAt = [.. located.Skip(1).Select(ToEventPlace)] };
    }

    private static EventPlace ToEventPlace(Place place) => new(Geo.NameKey.PlainLatin(place.Name), place.AcledGeoPrecision, place.Span)
    {
        Admin1 = place.Admin1,
        Admin2 = place.Admin2,
        Latitude = place.Latitude,
        Longitude = place.Longitude,
    };

    /// <summary><paramref name="record"/> as ACLED codes it: one event at each place its sentence lists it at (<paramref name="place"/>
    /// and its <see cref="EventPlace.AlsoAt"/>), the toll split between them, the first places taking the remainder (7 dead at three
    /// places: 3, 2, 2). A toll the text already splits ("coded as 10 and split between 3 events") is each one's as read.</summary>
    /// <param name="record">The event as read, at <paramref name="place"/>.</param>
    /// <param name="place">Where the event's sentence places it.</param>
    /// <param name="toll">The toll <paramref name="record"/> was given.</param>
    /// <param name="toldApart">True for a listed place the text tells the event at in a report of its own with its toll: no event is made there.</param>
    private static IEnumerable<EventRecord> ByPlace(EventRecord record, EventPlace? place, FatalityReading? toll, Predicate<EventPlace> toldApart)
    {
        if (place is not { AlsoAt.Count: > 0 } || record.EventType == AcledTaxonomy.Humanitarian)
        {
            yield return record;
            yield break;
        }
        var all = place.AlsoAt.Prepend(place).ToList();
        bool divide = toll?.IsSplit != true;
        int? Share(int? total, int i) => total is { } n && divide ? n / all.Count + (i < n % all.Count ? 1 : 0) : total;
        for (int i = 0; i < all.Count; i++)
        {
            var at = all[i];
            if (i > 0 && toldApart(at)) continue;
            yield return record with
            {
                Admin1 = at.Admin1,
                Admin2 = at.Admin2,
                Location = at.Name,
                Latitude = at.Latitude,
                Longitude = at.Longitude,
                GeoPrecision = at.Precision,
                Fatalities = Share(record.Fatalities, i),
                FatalitiesLow = Share(record.FatalitiesLow, i),
                FatalitiesHigh = Share(record.FatalitiesHigh, i),
                // Each cites its own place, not the others'.
                Evidence = [.. record.Evidence.Where(s => all.TrueForAll(p => p.Span != s)).Append(at.Span ?? record.Span).Distinct().OrderBy(s => s.Start).ThenBy(s => s.End)],
            };
        }
    }

    // How many sentences on an opening that names no province may find its place.
    private const int PlaceAheadSentences = 2;

    /// <summary>The first place in a province that one of the <see cref="PlaceAheadSentences"/> body sentences after sentence
    /// <paramref name="index"/> names, or null.</summary>
    private static EventPlace? PlaceAhead(Document document, List<EventPlace?> places, int index)
    {
        int seen = 0;
        for (int i = index + 1; i < places.Count && seen < PlaceAheadSentences; i++)
        {
            if (document.Sentences[i].IsCaption) continue;
            seen++;
            if (places[i]?.Admin1 is not null) return places[i];
        }
        return null;
    }

    /// <summary>The province the headline places its event in ("Air strikes kill 12 in rebel-held areas of Syrias Aleppo"), when all its
    /// places lie in one province, or, when they do not, the first place after its toll (<paramref name="tollEnd"/>, an offset into the
    /// headline: "kill 4 in Syrias Idlib destroy mosque in Hama"); else null. <c>InTitle</c> holds the title's words that name the
    /// places when the text does not repeat the headline (the place is then cited in the title, not the text).</summary>
    /// <remarks>A headline the text repeats is geocoded there. A title held apart is read by the body's places: a name the body geocodes
    /// in context ("in Syrias Idlib" with "a civil defense official in Idlib") is the same place in the title. A place the event is
    /// only near ("kill 11 near Syrias Aleppo") does not say its province, nor does a word of a side the headline names ("killed by
    /// Assad regime", <paramref name="sides"/>).</remarks>
    private static (EventPlace Place, List<TextSpan> InTitle)? HeadlinePlace(Document document, Country? country, int? tollEnd, List<ActorMention> sides)
    {
        if (!document.Layers.Contains(Layer.Places)) return null;
        var named = new List<(Place Place, TextSpan At)>();
        string headlineText;
        bool inTitle = false;
        if (Text.Headline.Find(document) is { } headline)
        {
            headlineText = document.TextOf(headline);
            foreach (var p in PlacesIn(document, headline, country))
                if (!p.IsMetonym && !IsPossessor(document.Text, p.Span.End))
                    named.Add((p, new TextSpan((p.NameSpan ?? p.Span).Start - headline.Start, (p.NameSpan ?? p.Span).End - headline.Start)));
        }
        else if (document.Title is { Length: > 0 } title)
        {
            (headlineText, inTitle) = (title, true);
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in PlacesIn(document, new TextSpan(0, document.Text.Length), country))
                if (!p.IsMetonym && document.TextOf(p.NameSpan ?? p.Span) is var name && names.Add(name) && NamedIn(title, name) is { } at)
                    named.Add((p, at));
        }
        else return null;
        named.RemoveAll(n => NearInHeadline().IsMatch(headlineText.AsSpan(0, n.At.Start)) || sides.Any(m => m.Span.Overlaps(n.At)));
        if (named.Count == 0 || named.Any(n => n.Place.Admin1 is null)) return null;
        if (named.Select(n => n.Place.Admin1).Distinct().Count() > 1)
        {
            // "kill 6 in Damascus Aleppo and Idleb" lists the places of several events: none is the lead's.
            var after = tollEnd is { } end ? named.Where(n => n.At.Start >= end).OrderBy(n => n.At.Start).ToList() : [];
            if (after.Count == 0 || after.Count > 1 && ListGap().IsMatch(headlineText.AsSpan(after[0].At.End, Math.Max(0, after[1].At.Start - after[0].At.End))))
                return null;
            named = [after[0]];
        }
        return Located(document, named.Select(n => n.Place).ToList()) is { } located
            ? (inTitle ? located with { Span = null } : located, inTitle ? named.Select(n => n.At).ToList() : []) : null;
    }

    // "near Aleppo", "near Syrias Aleppo": the headline's event is near the place, maybe across a province's border.
    [GeneratedRegex(@"\b(?i:near|outskirts\s+of)\s+(?:\p{Lu}\w*s\s+)?$")]
    private static partial Regex NearInHeadline();

    // What separates the places of a list: "Damascus, Aleppo and Idleb", "Damascus Aleppo".
    [GeneratedRegex(@"^(?:\s|,|\band\b|&)*$")]
    private static partial Regex ListGap();

    /// <summary>Where <paramref name="title"/> names <paramref name="name"/> as words of their own (not "Syrias", the possessor, for "Syria"); else null.</summary>
    private static TextSpan? NamedIn(string title, string name)
    {
        for (int at = title.IndexOf(name, StringComparison.Ordinal); at >= 0; at = title.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            int end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(title[at - 1])) && (end == title.Length || !char.IsLetterOrDigit(title[end])))
                return new TextSpan(at, end);
        }
        return null;
    }

    /// <summary>True when the sentence is a speaker's words: mostly a direct quote, or every trigger word of it inside one
    /// ("The regime is cowardly in battle," said a teacher in Aleppo), however long the attribution around it.</summary>
    // firstTrigger: the sentence's first trigger word (EventCues.Judge); the others follow from it.
    private static bool IsQuotedOpinion(Document document, Sentence sentence, Match? firstTrigger)
    {
        if (document.Layers.Contains(Layer.Quotes))
        {
            var quotes = document.Quotes.Where(q => q.Kind == QuoteKind.Direct && q.Span.Overlaps(sentence.Span)).ToList();
            if (quotes.Count == 0) return false;
            if (quotes.Any(q => Math.Min(q.Span.End, sentence.Span.End) - Math.Max(q.Span.Start, sentence.Span.Start) >= sentence.Span.Length / 2))
                return true;
            bool anyTrigger = false;
            for (var m = firstTrigger; m is { Success: true }; m = m.NextMatch())
            {
                var trigger = new TextSpan(sentence.Span.Start + m.Index, sentence.Span.Start + m.Index + m.Length);
                if (!quotes.Any(q => q.Span.Contains(trigger))) return false;
                anyTrigger = true;
            }
            return anyTrigger;
        }
        // Without the quote layer: the sentence opens with a quote mark, or starts inside a quotation of its paragraph.
        var text = document.Text;
        if (sentence.Span.Length > 0 && text[sentence.Span.Start] is '"' or '\u201C') return true;
        int paragraph = text.LastIndexOf('\n', Math.Max(0, sentence.Span.Start - 1)) + 1;
        bool open = false;
        for (int i = paragraph; i < sentence.Span.Start; i++)
        {
            if (text[i] == '"') open = !open;
            else if (text[i] == '\u201C') open = true;
            else if (text[i] == '\u201D') open = false;
        }
        return open;
    }

    // Claiming an attack, not denying a claim ("has not claimed").
    [GeneratedRegex(@"(?<!\b(?:not|never|yet)\s+)\b(?:claimed|claims|claiming)\s+(?:the\s+)?(?:responsibility|credit|(?:the\s+)?attacks?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ClaimVerb();

    // The present tense of a harm verb right after a headline's side, or after a word or two more of it ("Al-Nusra Terrorists Attacks Kill").
    [GeneratedRegex(@"\G\s+(?:(?<word>[\w-]+)\s+){0,2}?(?:kills?|killing|pounds?|strikes?|hits?|bombs?|shells?|targets?|attacks?|executes?|beheads?|massacres?|destroys?)\b(?!-)", RegexOptions.IgnoreCase)]
    private static partial Regex HarmVerbAfter();

    [GeneratedRegex(@"\b(has|have)\s+(been\s+|now\s+|already\s+)?[a-z]+(ed|en|un|t)\b|\b(is|are)\s+[a-z]+ing\b|\b(say|says)\b")]
    private static partial Regex PresentTense();

    [GeneratedRegex(@"(\bnear|\boutskirts of|\bvicinity of|\bcountryside of|\baround|\b(north|south|east|west)(-?(east|west))?(ern)?\s+of)\s+(the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex NearBefore();

    [GeneratedRegex(@"\b(said|says|say|told|reported|announced|added|stated|confirmed)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReportingVerbBefore();

    [GeneratedRegex(@"\b(?i:the)\s+(?:[a-z]+\s+){0,2}death\s+toll$")]
    private static partial Regex TheDeathToll();

    [GeneratedRegex(@"\b(?:came|comes|come)(?: (?:just|only|barely))?$")]
    private static partial Regex CameBefore();

    [GeneratedRegex(@"^\s*(province|governorate|region|countryside|district)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RegionAfter();
}
