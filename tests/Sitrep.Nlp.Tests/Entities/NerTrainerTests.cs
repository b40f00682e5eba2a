using Sitrep.Nlp.Entities;

namespace Sitrep.Nlp.Tests.Entities;

public class NerTrainerTests
{
    private static readonly NerTrainingOptions Small = new(Seed: 7, MaxEpochs: 5, Patience: 5, Bits: 14);

    internal static NerTrainingData TinyCorpus()
    {
        ConllSentence S(string line)
        {
            var pairs = line.Split(' ').Select(p => p.Split('/')).ToArray();
            return new ConllSentence(pairs.Select(p => p[0]).ToArray(), pairs.Select(p => p.Length > 1 ? p[1] : "O").ToArray());
        }
        var train = new[]
        {
            S("Jens/B-PER Stoltenberg/I-PER visited Aleppo/B-LOC on Monday ."),
            S("The Telegraph/B-ORG said Syrian/B-MISC troops entered Homs/B-LOC ."),
            S("Kyle/B-PER Orton/I-PER of the Henry/B-ORG Jackson/I-ORG Society/I-ORG spoke ."),
            S("Russian/B-MISC jets struck Idlib/B-LOC and Aleppo/B-LOC ."),
            S("Nato/B-ORG chief Stoltenberg/B-PER condemned the strikes ."),
        };
        var dev = new[] { S("Syrian/B-MISC forces attacked Aleppo/B-LOC ."), S("Ammar/B-PER al-Sakka/I-PER told the Telegraph/B-ORG .") };
        return new NerTrainingData(train, dev,
            ["Government forces shelled Aleppo on Friday.", "Rebels in Homs said the Telegraph reported it.", "Aleppo and Homs and Idlib."],
            new Dictionary<string, string> { ["Syria"] = "SY" },
            [("Aleppo", 1_800_000), ("Homs", 700_000)],
            ["Idlib"],
            ["Hayat Tahrir al-Sham"],
            new Dictionary<string, string> { ["Syrian"] = "SY" },
            ["Save the Children"],
            ["Mosque"]);
    }

    [Fact]
    public void TrainingTwiceWithTheSameSeedGivesTheSameWeights()
    {
        var a = NerTrainer.Train(TinyCorpus(), Small).Model;
        var b = NerTrainer.Train(TinyCorpus(), Small).Model;
        Assert.Equal(a.DenseWeights(), b.DenseWeights());
        Assert.Equal(a.Transitions, b.Transitions);
        Assert.Contains(a.Rows, w => w != 0);
    }

    [Fact]
    public void SavingTheSameModelTwiceGivesTheSameBytes()
    {
        var model = NerTrainer.Train(TinyCorpus(), Small).Model;
        using var dirA = new TempDir();
        using var dirB = new TempDir();
        model.Save(dirA.Path);
        NerTrainer.Train(TinyCorpus(), Small).Model.Save(dirB.Path);
        Assert.Equal(File.ReadAllBytes(Path.Combine(dirA.Path, NerModel.WeightsFile)), File.ReadAllBytes(Path.Combine(dirB.Path, NerModel.WeightsFile)));
    }

    [Fact]
    public void SavedModelRoundTripsAndTagsTheSame()
    {
        var model = NerTrainer.Train(TinyCorpus(), Small).Model;
        using var dir = new TempDir();
        model.Save(dir.Path);
        var loaded = NerModel.Load(dir.Path);
        Assert.Equal(model.Labels, loaded.Labels);
        Assert.Equal(model.Transitions, loaded.Transitions);
        Assert.Equal(model.DenseWeights().Select(w => (float)(Half)w), loaded.DenseWeights());
        Assert.Equal(model.Demonyms, loaded.Demonyms);
        Assert.Equal(model.Organisations, loaded.Organisations);
        Assert.Equal(model.FacilityHeads, loaded.FacilityHeads);
        Assert.Equal(model.Featurizer.Clusters.Paths, loaded.Featurizer.Clusters.Paths);
        Assert.Equal(model.Featurizer.Gazetteer.Phrases, loaded.Featurizer.Gazetteer.Phrases);
        string[] words = ["Kyle", "Orton", "visited", "Aleppo", "."];
        Assert.Equal(model.Tag(words, new TaggerWorkspaceHandle()), loaded.Tag(words, new TaggerWorkspaceHandle()));
    }

    [Fact]
    public void TinyModelLearnsItsTrainingSentences()
    {
        var model = NerTrainer.Train(TinyCorpus(), Small).Model;
        var tags = model.Tag(["Jens", "Stoltenberg", "visited", "Aleppo", "on", "Monday", "."], new TaggerWorkspaceHandle());
        Assert.Equal(["B-PER", "I-PER", "O", "B-LOC"], tags[..4]);
    }

    [Fact]
    public void MissingModelNamesThePathAndTheFix()
    {
        var ex = Assert.Throws<Sitrep.Core.SitrepException>(() => NerModel.Load("/nonexistent/ner"));
        Assert.Equal(Sitrep.Core.Errors.Model, ex.Code);
        Assert.Contains("sitrep train ner", ex.Message);
    }

    private sealed class TempDir : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("sitrep-ner-").FullName;
        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
