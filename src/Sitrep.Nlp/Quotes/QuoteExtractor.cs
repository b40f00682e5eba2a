using Sitrep.Core;

namespace Sitrep.Nlp.Quotes;

/// <summary>Finds the quotes of one document: direct quotes from paired marks, reported speech from cue verbs, then speakers.</summary>
/// <remarks>One instance per document call, so the stage stays thread-safe without locks.</remarks>
internal sealed class QuoteExtractor
{
    private const int MaxNpTokens = 12;
    private const int MaxRoleTokens = 16;

    private readonly Document _doc;
    private readonly string _text;
    private readonly TokenData[] _tok;
    private readonly CueLexicon _cues;
    private readonly string _producer;
    private readonly int[] _paragraphStarts;
    // Per token: inside a direct quote (marks included), or inside reported-speech content already taken.
    private readonly bool[] _quoted;
    private readonly bool[] _taken;

    public QuoteExtractor(Document document, CueLexicon cues, string producer)
    {
        _doc = document;
        _text = document.Text;
        _tok = document.TokenData.ToArray();
        _cues = cues;
        _producer = producer;
        _paragraphStarts = ParagraphStarts(_text);
        _quoted = new bool[_tok.Length];
        _taken = new bool[_tok.Length];
    }

    public List<Quote> Extract()
    {
        var segments = QuoteMarkScanner.Scan(_text);
        // A quote left open by a missing mark is too unsure to hide the reported speech inside it.
        foreach (var s in segments)
            if (s.Ending != QuoteEnding.Unbalanced) Mark(_quoted, s.Open, s.End);

        var found = new List<Candidate>();
        Candidate? previous = null;
        foreach (var segment in segments)
        {
            if (InCaption(segment.Open)) continue;
            var c = AttributeDirect(segment, previous);
            if (c is null) continue;
            found.Add(c);
            previous = c;
        }
        foreach (var sentence in _doc.Sentences)
        {
            if (sentence.IsCaption) continue;
            FindReported(sentence, found);
        }
        // Quoted words inside reported speech are the reporting speaker's ("Kasich says he'd tell him “no more nonsense”").
        var reported = found.Where(c => c.Kind == QuoteKind.Indirect).ToList();
        // A quote with a speaker of its own inside the content keeps it ("the Free Syrian Army describing it as \"...\"").
        foreach (var c in found)
            if (c.Kind == QuoteKind.Direct && reported.FirstOrDefault(r => r.Content.Contains(c.Content)) is { } outer
                && (c.SpeakerSpan is not { } own || own == outer.SpeakerSpan || !outer.Content.Contains(own) || Words.IsPronoun(_text.AsSpan(own.Start, own.Length))))
                c.CopySpeaker(outer);
        found.Sort((a, b) => a.Content.Start.CompareTo(b.Content.Start));
        return new SpeakerResolver(_doc, _text).Resolve(found, _producer);
    }

    // ---- direct quotes ----

    private Candidate? AttributeDirect(QuoteSegment segment, Candidate? previous)
    {
        double confidence = segment.Ending == QuoteEnding.Unbalanced ? 0.5 : 0.9;
        var c = new Candidate { Content = segment.Content, Kind = QuoteKind.Direct, Paragraph = ParagraphOf(segment.Open), Segment = segment };
        int open = TokenStartingAt(segment.Open);
        int after = segment.Ending == QuoteEnding.Closed ? FirstTokenAtOrAfter(segment.End) : -1;

        if (open >= 0 && TryBefore(open, c)) { c.Confidence = confidence * 0.9; return c; }
        if (after >= 0 && TryAfter(after, segment, c)) { c.Confidence = confidence; return c; }
        // A quote split by its attribution, or reopened in the next paragraph, belongs to the previous quote's speaker.
        if (previous is { Kind: QuoteKind.Direct, SpeakerSpan: not null } &&
            (previous.Paragraph == c.Paragraph || (segment.ContinuesPrevious && previous.Segment?.Ending == QuoteEnding.ContinuesInNextParagraph)))
        {
            c.CopySpeaker(previous);
            c.Confidence = confidence * 0.85;
            return c;
        }
        // A paragraph that is one more unattributed quote right after a quoted paragraph goes on with the same speaker.
        if (previous is { Kind: QuoteKind.Direct, SpeakerSpan: not null, Segment: { } prior } && open >= 0 && StartsLine(open) && FollowsDirectly(prior, segment))
        {
            c.CopySpeaker(previous);
            c.Confidence = confidence * 0.7;
            return c;
        }
        // Unattributed: keep whole-sentence quotes (a speaker may be found later by a reader), drop scare quotes and titles.
        if (open >= 0 && StartsSentence(open) && WordCount(segment.Content) >= 4)
        {
            c.Confidence = 0.4;
            return c;
        }
        return null;
    }

    // "X said: "...", "X called the strikes "..."": the nearest cue before the opening mark in its sentence.
    private bool TryBefore(int open, Candidate c)
    {
        var sentence = _doc.SentenceAt(_tok[open].Span.Start);
        if (sentence is null) return false;
        int first = sentence.FirstToken;
        // "X said:" ending the previous paragraph or sentence introduces the quote.
        if (first == open && open > 0 && _doc.Text[_tok[open - 1].Span.Start] == ':' && _doc.SentenceAt(_tok[open - 1].Span.Start) is { } before)
            first = before.FirstToken;
        for (int i = open - 1; i >= first; i--)
        {
            if (_quoted[i] || !IsCue(i, out var cls)) continue;
            if (IsPassive(i, first)) continue;
            if (TrySpeakerOf(i, cls, first, _tok[open].Span.Start, c)) return true;
        }
        // "Kasich: \"We are going to Cleveland\"": a name and a colon introduce the quote.
        if (open - 2 >= first && W(open - 1) is ":" && SkipOpeners(first, open) <= open - 2)
        {
            int s = SkipOpeners(first, open);
            for (int k = s; k <= open - 2; k++)
                if (!Words.IsNameLike(W(k)) || k - s >= 5) return false;
            if (Words.IsLabel(W(s))) return false;
            c.Cue = _tok[open - 1].Span;
            c.SpeakerSpan = Cover((s, open - 2));
            return true;
        }
        return false;
    }

    // "\"...,\" said X, a role." or "\"...,\" he told the Telegraph.": an attribution right after the closing mark.
    private bool TryAfter(int t, QuoteSegment segment, Candidate c)
    {
        if (t >= _tok.Length) return false;
        char last = _text[segment.Content.End - 1];
        // A quote ending its own sentence is followed by a new sentence, not by its attribution, unless that continues in lower case.
        if (last is '.' && !char.IsLower(_text[_tok[t].Span.Start])) return false;
        while (t < _tok.Length && W(t) is "," or "\u2014" or "\u2013" or "-" or "--") t++;
        int k = t;
        CueClass cls = default;
        while (k < _tok.Length && k - t < 40 && !IsFinal(k) && !IsQuoteMark(k) && !(IsCue(k, out cls) && cls != CueClass.Name)) k++;
        if (k >= _tok.Length || k - t >= 40 || IsFinal(k) || IsQuoteMark(k)) return false;
        var probe = new Candidate();
        if (k > t && TrySpeakerOf(k, cls, t, int.MaxValue, probe) && probe.SpeakerSpan is { } s && s.Start >= _tok[t].Span.Start)
        {
            // "his nephew Michery el Soheil added": words between the quote and the name belong to the speaker.
            int speakerTok = TokenStartingAt(s.Start);
            bool clean = true;
            for (int m = t; m < speakerTok; m++) clean &= !IsPunct(m);
            if (clean)
            {
                c.CopySpeaker(probe);
                if (probe.NameSpan is null) c.SpeakerSpan = new TextSpan(_tok[t].Span.Start, s.End);
                return true;
            }
        }
        if (k == t || (cls == CueClass.Say && W(k - 1) is ","))
        {
            // Inverted: "said Kyle Orton, a ...", or "\"...\" about the decision, said X".
            var np = ParseNpRight(k + 1, Math.Min(_tok.Length, k + 1 + MaxNpTokens));
            if (np is not { } range) return false;
            c.Cue = _tok[k].Span;
            var (name, title) = SplitTitle(range);
            c.SpeakerSpan = Cover(name);
            c.RoleSpan = title ?? RoleAfter(range.End + 1);
            if (cls == CueClass.Tell) ReadAddressee(range.End + 1, c);
            return true;
        }
        return false;
    }

    // ---- reported speech ----

    private void FindReported(Sentence sentence, List<Candidate> found)
    {
        int first = sentence.FirstToken, end = sentence.EndToken;
        for (int i = first; i < end; i++)
        {
            if (_quoted[i] || _taken[i]) continue;
            if (Is(i, "according") && i + 1 < end && Is(i + 1, "to"))
            {
                TryAccordingTo(i, first, end, found);
                continue;
            }
            if (i == first && TryHeadline(first, end, found)) continue;
            if (!IsCue(i, out var cls) || cls == CueClass.Name || IsPassive(i, first)) continue;
            var c = new Candidate { Kind = QuoteKind.Indirect, Paragraph = ParagraphOf(_tok[i].Span.Start) };
            // "Sanders criticized the accord, saying ...": the participle continues the sentence's previous attribution.
            var earlier = IsParticiple(i) && W(i - 1) is "," ? found.LastOrDefault(f => f.Cue is { } fc && fc.Start >= _tok[first].Span.Start && fc.End <= _tok[i].Span.Start) : null;
            if (earlier is not null)
            {
                c.CopySpeaker(earlier);
                c.Cue = _tok[i].Span;
                c.RoleSpan = null;
                c.Medium = null;
                if (cls == CueClass.Tell) ReadAddressee(i + 1, c);
            }
            else if (!TrySpeakerOf(i, cls, first, int.MaxValue, c))
            {
                TryInvertedAfterContent(i, cls, first, end, found);
                continue;
            }
            // "\"...,\" he told cheering supporters": the cue attributes the quote before it and opens nothing new.
            if (c.SpeakerSpan is { } who && AfterClosingQuote(TokenStartingAt(who.Start), first)) continue;
            if (TryInterrupted(i, first, end, c, found)) continue;
            int contentStart = i + 1;
            if (cls == CueClass.Tell) contentStart = ReadAddressee(i + 1, c);
            contentStart = SkipToClause(contentStart, end);
            // "Barkley, who said he votes democratic, said ...": a relative clause's content ends with the clause.
            int contentEnd = c.NameSpan is not null ? NextComma(contentStart, end) : end;
            var content = contentStart >= 0 ? ContentRight(contentStart, contentEnd) : null;
            // "..., the Observatory said on Sunday.": the content is what precedes the speaker.
            if (content is null && c.SpeakerSpan is { } sp && RestIsAdjunct(i + 1, end))
                content = ContentLeft(first, TokenStartingAt(sp.Start));
            if (content is not { } span) continue;
            c.Content = span;
            c.Confidence = cls == CueClass.Stance ? 0.5 : 0.7;
            Mark(_taken, span.Start, span.End);
            found.Add(c);
        }
    }

    // "In the three years since, Barden says, far too many lives ...": the speaker interrupts the content, set off by commas.
    private bool TryInterrupted(int cue, int first, int end, Candidate c, List<Candidate> found)
    {
        if (cue + 2 >= end || W(cue + 1) is not "," || c.SpeakerSpan is not { } sp) return false;
        int speakerTok = TokenStartingAt(sp.Start);
        if (speakerTok - 1 <= first || W(speakerTok - 1) is not ",") return false;
        if (ContentLeft(first, speakerTok, minTokens: 2) is not { } head || ContentRight(cue + 2, end) is not { } tail) return false;
        foreach (var span in new[] { head, tail })
        {
            var part = new Candidate { Kind = QuoteKind.Indirect, Paragraph = c.Paragraph, Content = span, Confidence = 0.65 };
            part.CopySpeaker(c);
            Mark(_taken, span.Start, span.End);
            found.Add(part);
        }
        return true;
    }

    // "Stoltenberg: Nato will not be drawn in": a headline or lead naming its speaker before a colon.
    private bool TryHeadline(int first, int end, List<Candidate> found)
    {
        if (!StartsLine(first)) return false;
        int k = first;
        while (k < end && k - first < 5 && (Words.IsNameLike(W(k)) || IsPossessive(k)) && !Words.IsPronoun(W(k))) k++;
        if (k == first || k >= end || W(k) is not ":" || Words.IsLabel(W(first)) || Words.IsDeterminer(W(first))) return false;
        var content = ContentRight(k + 1, end);
        if (content is not { } span || k + 4 > end) return false;
        var c = new Candidate { Kind = QuoteKind.Indirect, Paragraph = ParagraphOf(_tok[first].Span.Start), Cue = _tok[k].Span, SpeakerSpan = Cover((first, k - 1)), Content = span, Confidence = 0.5 };
        Mark(_taken, span.Start, span.End);
        found.Add(c);
        return true;
    }

    // True when nothing but whitespace separates the paragraph of `prior` from `next`'s opening mark.
    private bool FollowsDirectly(QuoteSegment prior, QuoteSegment next)
    {
        int lineEnd = _text.IndexOf('\n', prior.Open);
        return lineEnd >= 0 && lineEnd < next.Open && _text.AsSpan(lineEnd, next.Open - lineEnd).IsWhiteSpace();
    }

    private bool AfterClosingQuote(int speakerTok, int first)
    {
        int k = speakerTok - 1;
        while (k > first && W(k) is "," or "\u2014" or "\u2013" or "-") k--;
        return k > first && k < speakerTok - 1 && IsQuoteMark(k) && _quoted[k];
    }

    private int NextComma(int from, int end)
    {
        if (from < 0) return end;
        for (int k = from; k < end; k++)
            if (W(k) is ",") return k;
        return end;
    }

    private bool StartsLine(int t)
    {
        int start = _tok[t].Span.Start;
        int lineStart = start == 0 ? 0 : _text.LastIndexOf('\n', start - 1) + 1;
        return _text.AsSpan(lineStart, start - lineStart).IsWhiteSpace();
    }

    // "According to X, ..." and "..., according to X."
    private void TryAccordingTo(int i, int first, int end, List<Candidate> found)
    {
        var np = ParseNpRight(i + 2, end);
        if (np is not { } range) return;
        var c = new Candidate { Kind = QuoteKind.Indirect, Paragraph = ParagraphOf(_tok[i].Span.Start), Cue = Cover((i, i + 1)), SpeakerSpan = Cover(range), Confidence = 0.7 };
        bool leading = StartsSentence(i) || OnlyOpenersBefore(i, first);
        int after = range.End + 2;
        if (leading && range.End + 1 < end && W(range.End + 1) is "," or ":" && after < _tok.Length && IsQuoteMark(after))
        {
            // "According to the newspaper, “...”": the source of a direct quote that had none.
            if (found.FirstOrDefault(d => d.Kind == QuoteKind.Direct && d.Segment?.Open == _tok[after].Span.Start && d.SpeakerSpan is null) is { } direct)
            {
                direct.Cue = c.Cue;
                direct.SpeakerSpan = c.SpeakerSpan;
                direct.Confidence = 0.7;
            }
            return;
        }
        TextSpan? content = leading
            ? (range.End + 1 < end && W(range.End + 1) is "," ? ContentRight(range.End + 2, end) : null)
            : ContentLeft(first, i);
        if (content is not { } span) return;
        c.Content = span;
        Mark(_taken, span.Start, span.End);
        found.Add(c);
    }

    // "..., said the Observatory."
    private void TryInvertedAfterContent(int cue, CueClass cls, int first, int end, List<Candidate> found)
    {
        if (cls == CueClass.Tell || cue - 1 <= first || W(cue - 1) is not ",") return;
        var np = ParseNpRight(cue + 1, end);
        if (np is not { } range || !RestIsAdjunct(range.End + 1, end)) return;
        var content = ContentLeft(first, cue);
        if (content is not { } span) return;
        var c = new Candidate { Kind = QuoteKind.Indirect, Paragraph = ParagraphOf(_tok[cue].Span.Start), Cue = _tok[cue].Span, SpeakerSpan = Cover(range), Content = span, Confidence = 0.65 };
        c.RoleSpan = RoleAfter(range.End + 1);
        Mark(_taken, span.Start, span.End);
        found.Add(c);
    }

    // Content to the right of the cue: up to the sentence end. Quoted words inside it stay part of it ("Obama is “obsessed” with ..."),
    // but content that opens with a quote mark is that direct quote's, already found.
    private TextSpan? ContentRight(int from, int end)
    {
        if (from >= end || _quoted[from] || IsPunct(from)) return null;
        int last = end - 1;
        // ", saying ...", ", adding ...", ", according to ...": a second attribution starts; the content ends before it.
        for (int k = from + 1; k < end - 1; k++)
            if (W(k) is "," && !_quoted[k] && (Is(k + 1, "according") || (IsParticiple(k + 1) && IsCue(k + 1, out _))))
            {
                last = k - 1;
                break;
            }
        while (last >= from && IsTrailingPunctuation(last)) last--;
        if (last - from + 1 < 2) return null;
        return new TextSpan(_tok[from].Span.Start, _tok[last].Span.End);
    }

    // Content to the left of the speaker: from the sentence start to the comma before the speaker.
    private TextSpan? ContentLeft(int first, int speakerTok, int minTokens = 3)
    {
        int last = speakerTok - 1;
        while (last >= first && IsPunct(last)) last--;
        int from = first;
        while (from <= last && (IsPunct(from) || (Words.IsOpener(W(from)) && from + 1 <= last && W(from + 1) is ","))) from++;
        // Quoted words may sit inside the content, but content that is itself a direct quote belongs to that quote.
        if (last - from + 1 < minTokens || _quoted[from]) return null;
        for (int k = from; k <= last; k++)
            if (_taken[k]) return null;
        return new TextSpan(_tok[from].Span.Start, _tok[last].Span.End);
    }

    // After "said": skip "in a statement on Tuesday" when "that" follows; return where the clause starts, or -1.
    private int SkipToClause(int from, int end)
    {
        if (from >= end) return -1;
        if (W(from) is ":") return -1;
        // Particle verbs: "pointed out that", "went on to say".
        if (Is(from, "out") && from + 1 < end) from++;
        if (Is(from, "that")) return from + 1;
        if (Words.IsNpPreposition(W(from)) || Words.IsTimeWord(W(from)) || Is(from, "during") || Is(from, "late") || Is(from, "last") || Is(from, "earlier") || Is(from, "this") || W(from) is ",")
        {
            for (int k = from; k < end && k < from + 10; k++)
                if (Is(k, "that")) return k + 1;
            // "Rubio says, win or lose in Florida, he's staying": a comma, then the clause itself.
            if (W(from) is "," && from + 1 < end && !IsQuoteMark(from + 1) && !IsParticiple(from + 1) && !Words.IsNpPreposition(W(from + 1)) && !Is(from + 1, "according"))
                return from + 1;
            return -1;
        }
        return from;
    }

    // True when only a short adjunct ("on Sunday", "in a statement") follows up to the sentence end.
    private bool RestIsAdjunct(int from, int end)
    {
        int words = 0;
        for (int k = from; k < end; k++)
        {
            if (IsFinal(k)) break;
            if (_quoted[k] || Is(k, "that")) return false;
            if (!IsPunct(k)) words++;
        }
        return words <= 8;
    }

    // ---- speakers ----

    // Fills speaker, role and medium for cue token i; the speaker lies between `first` and `before` (exclusive, a text offset).
    private bool TrySpeakerOf(int i, CueClass cls, int first, int before, Candidate c)
    {
        (int Start, int End)? np;
        TextSpan? role = null;
        if (IsParticiple(i))
        {
            // "..., describing it as": the participle's subject is the clause subject; prefer a name right before it.
            var left = SubjectLeft(i, first, out role);
            np = left is { } l && HasName(l) ? left : ParseNpRight(SkipOpeners(first, i), i);
            if (np is { } n && n != left) role = RoleAfter(n.End + 1);
        }
        else
        {
            int j = SkipBetween(i - 1, first);
            if (j > first && (Is(j, "and") || Is(j, "but")))
            {
                // "Wilson praised Rubio's positions and said ...": the cue shares the sentence subject.
                np = ParseNpRight(SkipOpeners(first, j), j);
                if (np is { } n && n.Start != SkipOpeners(first, j)) np = null;
            }
            else if (j > first && (Is(j, "who") || Is(j, "which")))
            {
                // "Ted Cruz, who said ...": the relative pronoun is the source, named by what it refers to.
                int a = W(j - 1) is "," ? j - 2 : j - 1;
                if (ParseNpLeft(a, first) is not { } antecedent || _tok[j].Span.End > before) return false;
                c.Cue = _tok[i].Span;
                c.SpeakerSpan = _tok[j].Span;
                c.NameSpan = Cover(antecedent);
                if (cls == CueClass.Tell) ReadAddressee(i + 1, c);
                return true;
            }
            else
            {
                np = SubjectLeft(i, first, out role);
            }
        }
        if (np is not { } range || _tok[range.End].Span.End > before) return false;
        // "named in media reports": a phrase governed by a preposition is no subject, so the cue is a noun here.
        if (range.Start > first && IsGoverning(range.Start - 1)) return false;
        c.Cue = _tok[i].Span;
        c.SpeakerSpan = Cover(range);
        c.RoleSpan = role;
        if (cls == CueClass.Tell) ReadAddressee(i + 1, c);
        return true;
    }

    private (int Start, int End)? SubjectLeft(int cue, int first, out TextSpan? role)
    {
        role = null;
        int j = SkipBetween(cue - 1, first);
        if (j < first) return null;
        if (W(j) is not ",") return ParseNpLeft(j, first);
        // "X, the head of Nato, said" or "Doctors, who have been unable to cope ..., say";
        // "Marley Anderson, 21, a junior from Las Vegas, said": appositives may follow one another.
        int k = j - 1;
        while (k >= first && W(k) is not ("," or ";" or ":") && !IsQuoteMark(k)) k--;
        if (k < first || W(k) is not "," || k + 1 > j - 1) return null;
        for (int hop = 0; hop < 3; hop++)
        {
            var np = ParseNpLeft(k - 1, first);
            if (np is not { } n) return null;
            bool appositive = n.Start > first && W(n.Start - 1) is "," && (Words.IsDeterminer(W(n.Start)) || char.IsDigit(_text[_tok[n.Start].Span.Start]) || !HasName(n));
            if (appositive) { k = n.Start - 1; continue; }
            if (!Words.IsRelative(W(k + 1)) && j - k - 1 <= MaxRoleTokens && StartsDescription(k + 1))
                role = RoleSpan(k + 1, j - 1);
            return np;
        }
        return null;
    }

    // Back over adverbs, auxiliaries and time adjuncts between a speaker and the cue ("Clinton on Tuesday also said").
    private int SkipBetween(int j, int first)
    {
        while (j >= first && !IsPunct(j))
        {
            if (Words.IsBetween(W(j))) j--;
            else if (Words.IsTimeWord(W(j)) && j > first) j -= j - 1 >= first && (Words.IsNpPreposition(W(j - 1)) || Is(j - 1, "last") || Is(j - 1, "this")) ? 2 : 1;
            else break;
        }
        return j;
    }

    // A noun phrase ending at token e, scanning left: names, nouns, "of/at/in" phrases; stops at clause words and punctuation.
    private (int Start, int End)? ParseNpLeft(int e, int first)
    {
        if (e < first || IsPunct(e) && !IsPossessive(e) && W(e) is not ")") return null;
        int s = e + 1;
        bool sawName = false;
        for (int i = e; i >= first && e - i < MaxNpTokens; i--)
        {
            var w = W(i);
            if (IsPossessive(i)) { s = i; continue; }
            if (W(i) is ")" && i == e)
            {
                // "Sen. John Cornyn (R-Texas) told": the bracket belongs to the name.
                int open = i - 1;
                while (open >= first && W(open) is not ("(" or ")") && i - open < 8) open--;
                if (open < first || W(open) is not "(") break;
                i = open;
                continue;
            }
            if (IsPunct(i)) break;
            if (Words.IsDeterminer(w))
            {
                s = i;
                // "the head of the WHO", "Save the Children": the determiner sits inside a longer name or description.
                if (i - 1 >= first && Words.IsNpPreposition(W(i - 1)) && i - 2 >= first && !IsPunct(i - 2) && !Words.IsBoundary(W(i - 2))) { sawName = false; continue; }
                if (i - 1 == first && Words.IsNameLike(W(i - 1)) && !Words.IsOpener(W(i - 1)) && !Words.IsBoundary(W(i - 1)) && i + 1 <= e && Words.IsNameLike(W(i + 1))) { s = i - 1; }
                // "Bush and his rivals for the nomination": a name joined to a described group.
                if (i - 2 >= first && Is(i - 1, "and") && Words.IsNameLike(W(i - 2)) && !Words.IsOpener(W(i - 2))) { s = i - 1; i--; sawName = false; continue; }
                break;
            }
            if (Words.IsNpPreposition(w))
            {
                // Only inside a phrase: something nominal must precede it and something must follow.
                if (i == e || i - 1 < first || IsPunct(i - 1) || Words.IsBoundary(W(i - 1)) || Words.IsDeterminer(W(i - 1))) break;
                // "Pope Francis in an Easter message said": a name followed by a circumstance, not a description.
                if ((Is(w, "in") || Is(w, "on")) && Words.IsNameLike(W(i - 1)) && !Words.IsNameLike(W(e))) return ParseNpLeft(i - 1, first);
                sawName = false;
                s = i;
                continue;
            }
            if (Is(w, "and") && i - 1 >= first && Words.IsNameLike(W(i - 1)) && i + 1 <= e && Words.IsNameLike(W(i + 1))) { s = i; continue; }
            if (Words.IsBoundary(w) || _cues.TryGet(w, out _)) break;
            bool name = Words.IsNameLike(w);
            // A lower-case word left of a name belongs to the previous clause ("... fighters Syrian officials said");
            // an "-ing" word is a modifier only when a noun follows it inside the phrase ("a monitoring group").
            // Titles written before a name belong to the speaker ("Democratic presidential candidate Hillary Clinton").
            if (!name && sawName && Words.IsTitleModifier(w)) { s = i; continue; }
            // "-ed" adjectives after "of" or a determiner describe the head ("52 percent of registered voters").
            bool modifier = i > first && (Words.IsDeterminer(W(i - 1)) || Words.IsNpPreposition(W(i - 1)) || char.IsDigit(_text[_tok[i - 1].Span.Start]));
            if (!name && (sawName || (Words.LooksVerbal(w) && (i == e || (!w.EndsWith("ing") && !modifier))))) break;
            sawName |= name;
            s = i;
        }
        // A phrase may not start with a preposition.
        while (s <= e && (Words.IsNpPreposition(W(s)) || Is(s, "and"))) s++;
        while (s <= e && Words.IsOpener(W(s)) && s < e && !Words.IsDeterminer(W(s))) s++;
        return Valid(s, e);
    }

    // A noun phrase starting at token s, scanning right (speaker after an inverted cue, "according to X").
    private (int Start, int End)? ParseNpRight(int s, int limit)
    {
        if (s >= limit || s >= _tok.Length) return null;
        int i = s, e = s - 1;
        bool sawName = false;
        if (Words.IsDeterminer(W(i))) { e = i; i++; }
        for (; i < limit && i - s < MaxNpTokens; i++)
        {
            var w = W(i);
            if (IsPossessive(i)) { e = i; continue; }
            if (IsPunct(i)) break;
            if (Words.IsNpPreposition(w) && !(Is(w, "in") || Is(w, "on")))
            {
                if (i + 1 < limit && (Words.IsDeterminer(W(i + 1)) || Words.IsNameLike(W(i + 1)))) { sawName = false; continue; }
                break;
            }
            if (Words.IsDeterminer(w) && i > s && Words.IsNpPreposition(W(i - 1))) continue;
            if (Words.IsBoundary(w) || Words.IsNpPreposition(w) || Words.IsBetween(w) || _cues.TryGet(w, out _)) break;
            bool name = Words.IsNameLike(w);
            // After a name only a title or a body noun may follow ("a Clinton campaign official"); anything else is the verb.
            // Plural heads close a phrase ("a poll of Indiana voters").
            if (!name && (sawName && !Words.IsTitleModifier(w) && !IsPluralHead(i) || Words.LooksVerbal(w))) break;
            sawName |= name;
            e = i;
        }
        while (e >= s && (Words.IsNpPreposition(W(e)) || Words.IsDeterminer(W(e)))) e--;
        return Valid(s, e);
    }

    // Without commas a name and its title run together ("said Kevin Kennedy Regional Humanitarian Coordinator for ...");
    // when a title word comes after the first two capitalised words, the name is those two and the rest is the role.
    private ((int Start, int End) Name, TextSpan? Title) SplitTitle((int Start, int End) np)
    {
        if (np.End - np.Start < 3 || Words.IsDeterminer(W(np.Start))) return (np, null);
        int name = np.Start + (Words.IsNameLike(W(np.Start + 1)) && char.IsLower(_text[_tok[np.Start + 1].Span.Start]) ? 2 : 1);
        for (int k = np.Start; k <= name + 1; k++)
            if (!Words.IsNameLike(W(k)) || Words.IsTitle(W(k))) return (np, null);
        for (int k = name + 2; k <= np.End; k++)
            if (Words.IsTitle(W(k))) return ((np.Start, name), Cover((name + 1, np.End)));
        return (np, null);
    }

    private (int Start, int End)? Valid(int s, int e)
    {
        // "He’s comparing": a trailing "’s" is a verb, not a possessive.
        while (e >= s && IsPossessive(e)) e--;
        if (s > e || (s == e && Words.IsTimeWord(W(s)))) return null;
        for (int k = s; k <= e; k++)
            if (!IsPunct(k) && !Words.IsDeterminer(W(k)) && !Words.IsNpPreposition(W(k)))
                return (s, e);
        return null;
    }

    // The appositive after a speaker ("Kyle Orton, a Middle East analyst at ..."), if token `comma` is a comma opening one.
    private TextSpan? RoleAfter(int comma)
    {
        if (comma >= _tok.Length || W(comma) is not ",") return null;
        int s = comma + 1;
        if (s >= _tok.Length || !StartsDescription(s) || Words.IsRelative(W(s))) return null;
        int e = s;
        while (e + 1 < _tok.Length && e + 1 - s < MaxRoleTokens && !IsFinal(e + 1) && W(e + 1) is not ("," or ";" or ":") && !IsQuoteMark(e + 1)
               && !_tok[e].Flags.HasFlag(TokenFlags.LineBreakAfter))
            e++;
        return RoleSpan(s, e);
    }

    private TextSpan? RoleSpan(int s, int e)
    {
        if (s <= e && Words.IsDeterminer(W(s)) && !Words.IsNameLike(W(s))) s++;
        while (e >= s && IsPunct(e)) e--;
        return s <= e ? Cover((s, e)) : null;
    }

    // An appositive describes the speaker when it starts with a determiner or a capitalised word, not with a verb or adverb.
    private bool StartsDescription(int s) =>
        s < _tok.Length && (Words.IsDeterminer(W(s)) || Words.IsTitleModifier(W(s)) || (Words.IsNameLike(W(s)) && !Words.IsOpener(W(s)) && !Words.IsPronoun(W(s))));

    // "told the Telegraph", "told reporters": the addressee after a tell verb; returns the token after it.
    private int ReadAddressee(int from, Candidate c)
    {
        if (from >= _tok.Length || Is(from, "that")) return from;
        if (Words.IsAddressee(W(from))) { c.Medium = _tok[from].Span; return from + 1; }
        int s = from, e = from - 1, i = from;
        if (i < _tok.Length && Words.IsDeterminer(W(i))) i++;
        while (i < _tok.Length && i - from < 5 && (Words.IsNameLike(W(i)) || IsPossessive(i)) && !Words.IsPronoun(W(i))) e = i++;
        if (e < s || (e == s && Words.IsDeterminer(W(s)))) return from;
        c.Medium = Cover((s, e));
        return e + 1;
    }

    private bool HasName((int Start, int End) r)
    {
        for (int k = r.Start; k <= r.End; k++)
            if (char.IsUpper(_text[_tok[k].Span.Start]) && !Words.IsDeterminer(W(k))) return true;
        return false;
    }

    // ---- token helpers ----

    private ReadOnlySpan<char> W(int i) => _text.AsSpan(_tok[i].Span.Start, _tok[i].Span.Length);
    private bool Is(int i, string word) => W(i).Equals(word, StringComparison.OrdinalIgnoreCase);
    private static bool Is(ReadOnlySpan<char> w, string word) => w.Equals(word, StringComparison.OrdinalIgnoreCase);
    // A capitalised form mid-sentence is a name ("United States"), not a verb.
    private bool IsCue(int i, out CueClass cls)
    {
        cls = default;
        return _cues.TryGet(W(i), out cls) && (!char.IsUpper(_text[_tok[i].Span.Start]) || InTitleCase(i));
    }

    // Headlines capitalise every word ("Trump Says He Never Pledged ..."), so a capitalised cue is a verb there.
    private bool InTitleCase(int i)
    {
        var sentence = _doc.SentenceAt(_tok[i].Span.Start);
        if (sentence is null || sentence.FirstToken == i) return false;
        int words = 0, capitals = 0;
        for (int k = sentence.FirstToken; k < sentence.EndToken; k++)
        {
            if (IsPunct(k)) continue;
            words++;
            if (char.IsUpper(_text[_tok[k].Span.Start]) || char.IsDigit(_text[_tok[k].Span.Start])) capitals++;
        }
        return words >= 4 && capitals * 10 >= words * 8;
    }

    private bool IsPunct(int i) => _tok[i].Flags.HasFlag(TokenFlags.Punctuation);
    private bool IsFinal(int i) => _tok[i].Flags.HasFlag(TokenFlags.SentenceFinal);
    private bool IsQuoteMark(int i) => _tok[i].Flags.HasFlag(TokenFlags.QuoteMark);
    private bool IsPluralHead(int i) => W(i) is { Length: > 3 } w && w[^1] == 's' && w[^2] != 's' && (i + 1 >= _tok.Length || IsPunct(i + 1));

    private bool IsGoverning(int i) => !IsPunct(i) && (Words.IsNpPreposition(W(i)) || Is(i, "by") || Is(i, "to") || Is(i, "about") || Is(i, "amid") || Is(i, "into"));

    private bool IsPossessive(int i) => W(i) is "'s" or "\u2019s" or "'" or "\u2019";
    // A closing bracket or quote mark stays with the words it closes.
    private bool IsTrailingPunctuation(int i) => IsPunct(i) && !IsQuoteMark(i) && W(i) is not ")";
    private bool IsParticiple(int i) => W(i).EndsWith("ing", StringComparison.OrdinalIgnoreCase);

    // "it is said", "refused to say": the cue is passive or an infinitive and has no speaker of its own.
    private bool IsPassive(int cue, int first)
    {
        int j = cue - 1;
        while (j >= first && Words.IsBetween(W(j)) && !Is(j, "has") && !Is(j, "have") && !Is(j, "had")) j--;
        return j >= first && Words.IsPassiveMarker(W(j));
    }

    private bool StartsSentence(int t)
    {
        var s = _doc.SentenceAt(_tok[t].Span.Start);
        return s is null || OnlyOpenersBefore(t, s.FirstToken);
    }

    private bool OnlyOpenersBefore(int t, int first)
    {
        for (int k = first; k < t; k++)
            if (!IsPunct(k) && !Words.IsOpener(W(k))) return false;
        return true;
    }

    private int SkipOpeners(int first, int limit)
    {
        int k = first;
        while (k < limit && (IsPunct(k) || Words.IsOpener(W(k)))) k++;
        return k;
    }

    private TextSpan Cover((int Start, int End) r) => new(_tok[r.Start].Span.Start, _tok[r.End].Span.End);

    private int TokenStartingAt(int offset)
    {
        int lo = 0, hi = _tok.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int start = _tok[mid].Span.Start;
            if (start == offset) return mid;
            if (start < offset) lo = mid + 1; else hi = mid - 1;
        }
        return -1;
    }

    private void Mark(bool[] flags, int start, int end)
    {
        for (int k = FirstTokenAtOrAfter(start); k < _tok.Length && _tok[k].Span.Start < end; k++) flags[k] = true;
    }

    private int FirstTokenAtOrAfter(int offset)
    {
        int lo = 0, hi = _tok.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_tok[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    private bool InCaption(int offset) => _doc.SentenceAt(offset) is { IsCaption: true };

    private int ParagraphOf(int offset)
    {
        int i = Array.BinarySearch(_paragraphStarts, offset);
        return i >= 0 ? i : ~i - 1;
    }

    private static int[] ParagraphStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts.Add(i + 1);
        return [.. starts];
    }

    private int WordCount(TextSpan span)
    {
        int words = 0;
        bool inWord = false;
        foreach (char ch in span.Slice(_text))
        {
            bool letter = char.IsLetterOrDigit(ch);
            if (letter && !inWord) words++;
            inWord = letter;
        }
        return words;
    }
}
