using System.Globalization;

namespace Sitrep.Nlp.Events;

/// <summary>A guess of the actor classifier: an ACLED actor name, its inter code and the classifier's probability.</summary>
internal readonly record struct ActorGuess(string Name, int Inter, float P);

/// <summary>The actor classifier's classes ("inter|name") read once as names, inter codes and the countries each name points to.</summary>
internal sealed class ActorClasses
{
    // The guesses a reading lists, best first: more than the side model uses, since some are dropped there.
    private const int TopGuesses = 4;
    private readonly SentenceClassifier _actors;
    // Per class: the name and inter code (null for the rare-actor class), and the ISO codes of the countries the name points to.
    private readonly (string Name, int Inter)?[] _named;
    private readonly string[][] _countriesNamed;

    public ActorClasses(SentenceClassifier actors, Countries countries)
    {
        _actors = actors;
        _named = new (string, int)?[actors.Classes.Count];
        _countriesNamed = new string[actors.Classes.Count][];
        for (int c = 0; c < actors.Classes.Count; c++)
        {
            var label = actors.Classes[c];
            int bar = label.IndexOf('|');
            if (bar >= 0 && int.TryParse(label.AsSpan(0, bar), NumberStyles.Integer, CultureInfo.InvariantCulture, out int inter))
                _named[c] = (label[(bar + 1)..], inter);
            _countriesNamed[c] = _named[c] is { } n
                ? [.. countries.Finder.Matches(n.Name).Select(m => countries.ByAlias(m.Value)?.Iso).OfType<string>().Distinct()]
                : [];
        }
    }

    /// <summary>The class as a name and inter code; null for the rare-actor class and for a name of another country than <paramref name="country"/>.</summary>
    public (string Name, int Inter)? Named(int c, Country? country) =>
        country is not null && _countriesNamed[c].Any(iso => iso != country.Iso) ? null : _named[c];

    /// <summary>The classifier's probabilities for <paramref name="text"/> in a document about <paramref name="country"/>.</summary>
    public ActorReading Read(string text, Country? country) => new(this, _actors.Predict(text, EventModel.ActorContext(country?.Name)), country);

    /// <summary>The classifier's probabilities for one sentence, by actor name.</summary>
    internal sealed class ActorReading
    {
        private readonly ActorClasses _classes;
        private readonly float[] _p;

        public ActorReading(ActorClasses classes, float[] p, Country? country)
        {
            _classes = classes;
            _p = p;
            // The TopGuesses likeliest classes, ties to the lower class, by insertion into a short sorted list (no sort of all classes).
            Span<int> best = stackalloc int[Math.Min(TopGuesses, p.Length)];
            int kept = 0;
            for (int c = 0; c < p.Length; c++)
            {
                if (kept == best.Length && p[c] <= p[best[kept - 1]]) continue;
                int at = kept < best.Length ? kept++ : kept - 1;
                while (at > 0 && p[best[at - 1]] < p[c]) { best[at] = best[at - 1]; at--; }
                best[at] = c;
            }
            var top = new List<ActorGuess>(TopGuesses);
            foreach (int c in best[..kept])
                if (classes.Named(c, country) is { } n) top.Add(new ActorGuess(n.Name, n.Inter, p[c]));
            Top = top;
        }

        /// <summary>The likeliest actors, best first, without the rare-actor class and names of another country.</summary>
        public IReadOnlyList<ActorGuess> Top { get; }

        /// <summary>The probability of the actor named <paramref name="name"/> (over its inter codes).</summary>
        public float Probability(string name)
        {
            float sum = 0;
            for (int c = 0; c < _p.Length; c++)
                if (_classes._named[c] is { } n && n.Name == name) sum += _p[c];
            return sum;
        }
    }
}
