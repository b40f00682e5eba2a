using Sitrep.Core;

namespace Sitrep.Nlp.Evaluation;

/// <summary>Scores of quote attribution over a corpus.</summary>
/// <param name="Articles">Articles scored.</param>
/// <param name="AnnotatorFiles">Gold files read (an article may have several).</param>
/// <param name="Counts">Weighted match counts per measure in <see cref="AttributionScorer.Keys"/>.</param>
public sealed record AttributionReport(int Articles, int AnnotatorFiles, IReadOnlyDictionary<string, MatchCounts> Counts)
{
    /// <summary>Counts, precision, recall and F1 of one measure.</summary>
    public MatchCounts this[string key] => Counts[key];
}

/// <summary>Evaluates quote attribution on a corpus in the PolNeAR layout: <c>text/NAME.txt</c> with <c>attributions/NAME_ANNOTATOR.ann</c>.</summary>
public static class AttributionEvaluation
{
    /// <summary>Runs <paramref name="annotate"/> on every article of <paramref name="directory"/> and scores its quotes against each annotator's file.</summary>
    /// <remarks>An article annotated by k people is scored against each file with weight 1/k, so every article weighs the same.</remarks>
    /// <exception cref="SitrepException">When the folders are missing or hold no annotated article.</exception>
    public static AttributionReport Run(string directory, Func<Document, Document> annotate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(annotate);
        var textDir = Path.Combine(directory, "text");
        var annDir = Path.Combine(directory, "attributions");
        if (!Directory.Exists(textDir) || !Directory.Exists(annDir))
            throw Errors.Create(Errors.NotFound, $"{directory}: expected folders text/ and attributions/ (PolNeAR layout)");

        var byArticle = Directory.EnumerateFiles(annDir, "*.ann")
            .GroupBy(ArticleName, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var totals = AttributionScorer.Keys.ToDictionary(k => k, _ => new MatchCounts(), StringComparer.Ordinal);
        int articles = 0, files = 0;
        foreach (var group in byArticle)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var textPath = Path.Combine(textDir, group.Key + ".txt");
            if (!File.Exists(textPath)) continue;
            var text = File.ReadAllText(textPath);
            var document = annotate(new Document(group.Key, text));
            var predicted = QuoteAttributions.FromDocument(document);
            var anns = group.ToList();
            double weight = 1.0 / anns.Count;
            foreach (var ann in anns)
            {
                var gold = BratAttributions.Parse(File.ReadAllText(ann), text, ann);
                foreach (var (key, counts) in AttributionScorer.Score(gold, predicted))
                    totals[key] += counts.Scale(weight);
            }
            articles++;
            files += anns.Count;
        }
        if (articles == 0)
            throw Errors.Create(Errors.NoArticles, $"{directory}: no article in text/ has an annotation file in attributions/");
        return new AttributionReport(articles, files, totals);
    }

    // "nyt_2016-09-08_obama-on-climate_d473.ann" → "nyt_2016-09-08_obama-on-climate": the annotator id follows the last underscore.
    private static string ArticleName(string annPath)
    {
        var name = Path.GetFileNameWithoutExtension(annPath);
        int underscore = name.LastIndexOf('_');
        return underscore > 0 ? name[..underscore] : name;
    }
}
