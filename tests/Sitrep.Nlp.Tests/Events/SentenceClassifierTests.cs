using Sitrep.Core;
using Sitrep.Nlp.Events;

namespace Sitrep.Nlp.Tests.Events;

public class SentenceClassifierTests
{
    private static readonly (string, string)[] Examples =
    [
        ("Warplanes struck the village, killing four civilians.", "Explosions/Remote violence|Air/drone strike"),
        ("Jets bombed the market and killed two people.", "Explosions/Remote violence|Air/drone strike"),
        ("Rebels and soldiers clashed near the town.", "Battles|Armed clash"),
        ("Fighting broke out between the army and militants.", "Battles|Armed clash"),
        ("Hundreds of people protested outside parliament.", "Protests|Peaceful protest"),
        ("Demonstrators marched to demand better wages.", "Protests|Peaceful protest"),
        ("The company reported higher quarterly earnings.", "None"),
        ("Shares rose after the merger was announced.", "None"),
    ];

    private static readonly TrainingOptions Small = new(Dimension: 1 << 12, Epochs: 20);

    [Fact]
    public void TrainingTwiceWithTheSameSeedGivesTheSameBytes()
    {
        var a = Path.GetTempFileName();
        var b = Path.GetTempFileName();
        try
        {
            SentenceClassifier.Train(Examples, Small).Save(a);
            SentenceClassifier.Train(Examples, Small).Save(b);
            Assert.Equal(File.ReadAllBytes(a), File.ReadAllBytes(b));
        }
        finally
        {
            File.Delete(a);
            File.Delete(b);
        }
    }

    [Fact]
    public void SavedModelLoadsWithIdenticalPredictions()
    {
        var model = SentenceClassifier.Train(Examples, Small);
        var path = Path.GetTempFileName();
        try
        {
            model.Save(path);
            var loaded = SentenceClassifier.Load(path);
            Assert.Equal(model.Classes, loaded.Classes);
            foreach (var text in new[] { "Jets struck a school.", "Profits rose sharply.", "Clashes erupted overnight." })
                Assert.Equal(model.Predict(text), loaded.Predict(text));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void TrainedModelSeparatesItsTrainingClasses()
    {
        var model = SentenceClassifier.Train(Examples, Small);
        Assert.Equal("Explosions/Remote violence|Air/drone strike", model.Best("Warplanes bombed the village.").Label);
        Assert.Equal("None", model.Best("Quarterly earnings rose after the merger.").Label);
    }

    [Fact]
    public void PredictingIntoABufferGivesTheSameProbabilitiesAndAllocatesNothing()
    {
        var model = SentenceClassifier.Train(Examples, Small);
        const string text = "Warplanes bombed the market as rebels and soldiers clashed.";
        Span<float> p = stackalloc float[model.Classes.Count];
        model.Predict(text, [], p);
        Assert.Equal(model.Predict(text), p.ToArray());
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++) model.Predict(text, [], p);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void ContextTokensAreFeaturesOfTheirOwn()
    {
        // The same words, told apart only by the context token: the model must learn the token.
        (string, string[], string)[] examples =
        [
            ("Armed men shot a man.", ["country:Mexico"], "gang"),
            ("Armed men shot a woman.", ["country:Mexico"], "gang"),
            ("Armed men shot a man.", ["country:Syria"], "group"),
            ("Armed men shot a woman.", ["country:Syria"], "group"),
        ];
        var model = SentenceClassifier.Train(examples, Small);
        Assert.Equal("gang", model.Best("Armed men shot a boy.", "country:Mexico").Label);
        Assert.Equal("group", model.Best("Armed men shot a boy.", "country:Syria").Label);
    }

    [Fact]
    public void TruncatedModelFileIsAModelError()
    {
        var path = Path.GetTempFileName();
        try
        {
            SentenceClassifier.Train(Examples, Small).Save(path);
            var bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
            var e = Assert.Throws<SitrepException>(() => SentenceClassifier.Load(path));
            Assert.Equal(Errors.Model, e.Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ShippedModelKnowsEveryClassOfTheTaxonomyItUses()
    {
        var model = EventModel.Shipped.Events;
        Assert.Contains("None", model.Classes);
        Assert.All(model.Classes.Where(c => c != "None"), c =>
        {
            var parts = c.Split('|');
            Assert.True(AcledTaxonomy.IsValid(parts[0], parts[1]), c);
        });
    }
}
