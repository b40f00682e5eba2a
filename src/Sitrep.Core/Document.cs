namespace Sitrep.Core;

/// <summary>One article: its text and metadata, and every annotation layer pointing into the text by span.</summary>
/// <remarks>
/// Each layer is written by the stage that produces it through its <c>Set…</c> method and read by later stages.
/// The text never changes after construction, so spans stay valid for the document's life.
/// </remarks>
public sealed class Document
{
    private TokenData[] _tokens = [];
    private IReadOnlyList<CaptionBlock> _captions = [];
    private IReadOnlyList<Sentence> _sentences = [];
    private IReadOnlyList<EntityMention> _entities = [];
    private IReadOnlyList<Quantity> _quantities = [];
    private IReadOnlyList<DateExpression> _dates = [];
    private IReadOnlyList<Quote> _quotes = [];
    private IReadOnlyList<EventRecord> _events = [];
    private IReadOnlyList<Place> _places = [];
    private readonly HashSet<Layer> _present = [];

    /// <summary>Creates a document.</summary>
    public Document(string id, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(text);
        Id = id;
        Text = text;
    }

    /// <summary>Stable identifier (file name, feed item id, or content hash).</summary>
    public string Id { get; }
    /// <summary>The full text; every span points into it.</summary>
    public string Text { get; }
    /// <summary>Headline, if known separately from the text; events cite it by <see cref="EventRecord.TitleEvidence"/>.</summary>
    public string? Title { get; init; }
    /// <summary>Publication date: the anchor for relative dates.</summary>
    public DateOnly? Published { get; init; }
    /// <summary>Outlet that published the article.</summary>
    public string? Outlet { get; init; }
    /// <summary>Where the article was found.</summary>
    public string? Url { get; init; }
    /// <summary>BCP 47 language tag.</summary>
    public string Language { get; init; } = "en";

    /// <summary>Layers that some stage has set.</summary>
    public IReadOnlySet<Layer> Layers => _present;

    /// <summary>Raw token storage, in text order.</summary>
    public ReadOnlySpan<TokenData> TokenData => _tokens;
    /// <summary>Number of tokens.</summary>
    public int TokenCount => _tokens.Length;
    /// <summary>A view of token <paramref name="index"/>.</summary>
    public Token Token(int index) => (uint)index < (uint)_tokens.Length ? new Token(this, index) : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Caption and credit blocks.</summary>
    public IReadOnlyList<CaptionBlock> Captions => _captions;
    /// <summary>Sentences in text order.</summary>
    public IReadOnlyList<Sentence> Sentences => _sentences;
    /// <summary>Entity mentions in text order.</summary>
    public IReadOnlyList<EntityMention> Entities => _entities;
    /// <summary>Number expressions in text order.</summary>
    public IReadOnlyList<Quantity> Quantities => _quantities;
    /// <summary>Date expressions in text order.</summary>
    public IReadOnlyList<DateExpression> Dates => _dates;
    /// <summary>Quotes in text order.</summary>
    public IReadOnlyList<Quote> Quotes => _quotes;
    /// <summary>Events in text order of their evidence.</summary>
    public IReadOnlyList<EventRecord> Events => _events;
    /// <summary>Resolved place mentions in text order.</summary>
    public IReadOnlyList<Place> Places => _places;

    /// <summary>The characters of <paramref name="span"/>.</summary>
    public ReadOnlySpan<char> Slice(TextSpan span) => span.Slice(Text);

    /// <summary>The characters of <paramref name="span"/> as a string.</summary>
    public string TextOf(TextSpan span) => Text[span.Start..span.End];

    /// <summary>The sentence containing <paramref name="offset"/>, or null.</summary>
    public Sentence? SentenceAt(int offset)
    {
        int lo = 0, hi = _sentences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            var s = _sentences[mid];
            if (offset < s.Span.Start) hi = mid - 1;
            else if (offset >= s.Span.End) lo = mid + 1;
            else return s;
        }
        return null;
    }

    /// <summary>True when <paramref name="span"/> lies in a caption block.</summary>
    public bool IsInCaption(TextSpan span) => _captions.Any(c => c.Span.Overlaps(span));

    /// <summary>Sets the token layer.</summary>
    public void SetTokens(TokenData[] tokens) { _tokens = Checked(tokens); _present.Add(Layer.Tokens); }
    /// <summary>Sets the caption layer.</summary>
    public void SetCaptions(IEnumerable<CaptionBlock> captions) => _captions = Store(Layer.Captions, captions);
    /// <summary>Sets the sentence layer.</summary>
    public void SetSentences(IEnumerable<Sentence> sentences) => _sentences = Store(Layer.Sentences, sentences);
    /// <summary>Sets the entity layer.</summary>
    public void SetEntities(IEnumerable<EntityMention> entities) => _entities = Store(Layer.Entities, entities);
    /// <summary>Sets the quantity layer.</summary>
    public void SetQuantities(IEnumerable<Quantity> quantities) => _quantities = Store(Layer.Quantities, quantities);
    /// <summary>Sets the date layer.</summary>
    public void SetDates(IEnumerable<DateExpression> dates) => _dates = Store(Layer.Dates, dates);
    /// <summary>Sets the quote layer.</summary>
    public void SetQuotes(IEnumerable<Quote> quotes) => _quotes = Store(Layer.Quotes, quotes);
    /// <summary>Sets the event layer; each event's evidence must lie in the text and its title evidence in the title.</summary>
    public void SetEvents(IEnumerable<EventRecord> events)
    {
        var list = events.ToList();
        foreach (var e in list)
        {
            foreach (var span in e.Evidence) CheckInText(span);
            foreach (var span in e.TitleEvidence) CheckInTitle(span);
        }
        _events = Store(Layer.Events, list);
    }
    /// <summary>Sets the place layer.</summary>
    public void SetPlaces(IEnumerable<Place> places) => _places = Store(Layer.Places, places);

    private IReadOnlyList<T> Store<T>(Layer layer, IEnumerable<T> items) where T : Annotation
    {
        var list = items.OrderBy(a => a.Span.Start).ThenBy(a => a.Span.End).ToArray();
        foreach (var a in list) CheckInText(a.Span);
        _present.Add(layer);
        return list;
    }

    private TokenData[] Checked(TokenData[] tokens)
    {
        foreach (var t in tokens) CheckInText(t.Span);
        return tokens;
    }

    private void CheckInText(TextSpan span)
    {
        if (span.End > Text.Length)
            throw new ArgumentOutOfRangeException(nameof(span), $"span {span} runs past the end of document '{Id}' ({Text.Length} chars)");
    }

    private void CheckInTitle(TextSpan span)
    {
        if (Title is null)
            throw new ArgumentOutOfRangeException(nameof(span), $"title span {span} in document '{Id}', which has no title");
        if (span.End > Title.Length)
            throw new ArgumentOutOfRangeException(nameof(span), $"title span {span} runs past the end of the title of document '{Id}' ({Title.Length} chars)");
    }
}
