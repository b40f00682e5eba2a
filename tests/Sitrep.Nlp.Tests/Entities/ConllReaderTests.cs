using Sitrep.Nlp.Entities;

namespace Sitrep.Nlp.Tests.Entities;

public class ConllReaderTests
{
    [Fact]
    public void DocstartAndBlankLinesSeparateSentencesAndTheLastColumnIsTheTag()
    {
        const string text = "-DOCSTART- -X- O O\n\nEU NNP B-NP I-ORG\nrejects VBZ B-VP O\n\n\nPeter NNP B-NP I-PER\nBlackburn NNP I-NP I-PER\n";
        var sentences = ConllReader.Read(new StringReader(text), "t").ToList();
        Assert.Equal(2, sentences.Count);
        Assert.Equal(["EU", "rejects"], sentences[0].Tokens);
        Assert.Equal(["I-ORG", "O"], sentences[0].Tags);
        Assert.Equal(["Peter", "Blackburn"], sentences[1].Tokens);
    }

    [Fact]
    public void TwoColumnLinesAreRead()
    {
        var sentence = Assert.Single(ConllReader.Read(new StringReader("Aleppo B-LOC"), "t"));
        Assert.Equal(["B-LOC"], sentence.Tags);
    }

    [Fact]
    public void LineWithOneColumnIsRejectedNamingFileAndLine()
    {
        var ex = Assert.Throws<Sitrep.Core.SitrepException>(() => ConllReader.Read(new StringReader("a O\nbroken\n"), "f.txt").ToList());
        Assert.Contains("f.txt:2", ex.Message);
    }

    [Fact]
    public void Iob1AndIob2GiveTheSameChunks()
    {
        string[] iob1 = ["I-PER", "I-PER", "B-PER", "O", "I-LOC"];
        string[] iob2 = ["B-PER", "I-PER", "B-PER", "O", "B-LOC"];
        Assert.Equal(Chunks.Extract(iob2), Chunks.Extract(iob1));
        Assert.Equal([new Chunk(0, 2, "PER"), new Chunk(2, 3, "PER"), new Chunk(4, 5, "LOC")], Chunks.Extract(iob1));
    }
}
