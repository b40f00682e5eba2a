using Sitrep.Core;
using Sitrep.Nlp.Pipeline;
using Sitrep.Nlp.Quantities;

namespace Sitrep.Nlp.Tests.Quantities;

public class DeathTollTests
{
    private static readonly TextPipeline Pipeline = DefaultPipeline.Sentences().Add(new QuantityStage()).Build();

    private static FatalityReading? Read(string text)
    {
        var doc = Pipeline.Process(new Document("t", text));
        return DeathToll.Read(doc, doc.Sentences.Select(s => s.Span));
    }

    [Theory]
    [InlineData("Five soldiers and one officer were killed by an IED.", 6)]
    [InlineData("Rescuers said at least 21 people were killed in the raids on Maarat al-Numan with 9 bodies recovered from a collapsed mosque.", 21)]
    [InlineData("Rescuers said 3 people were killed in the raids on Maarat al-Numan and 9 bodies were found in a mass grave nearby.", 12)]
    [InlineData("Medics said 14 people died in the shelling of Douma. The local council said one child was among those killed.", 14)]
    [InlineData("One child was among those killed in the shelling of Douma, medics said.", 1)]
    [InlineData("Scores of people were killed in barrel bomb attacks on Daraa on Friday including at least 27 in the town of Jasim.", 27)]
    [InlineData("Scores of people were killed in barrel bomb attacks on Daraa on Friday including 5 in the town of Jasim.", 20)]
    [InlineData("A farmer was killed when a mortar shell struck his field outside Qatana A farmer was killed when a mortar shell struck his field outside Qatana.", 1)]
    [InlineData("Two boys were killed when a shell hit their school and two boys were killed when a car bomb exploded at a market.", 4)]
    [InlineData("A rebel commander was killed near Inkhil. Abu Khaled alongside seven of his fighters were killed in the ambush.", 8)]
    [InlineData("At least 10 people were killed, including 4 children.", 10)]
    [InlineData("Nine people including three women and two children were killed in the shelling of the village.", 9)]
    [InlineData("Air strikes killed 30 civilians in the town and officials said 12 children were killed in the strikes.", 30)]
    [InlineData("Gunmen killed 3 soldiers and 2 children at the checkpoint.", 5)]
    [InlineData("An air strike killed 5 people, bringing the death toll to 50.", 5)]
    [InlineData("The death toll rose to 50.", 50)]
    [InlineData("Warplanes killed 12 civilians in the market. Activists said 15 civilians were killed in the market.", 12)]
    [InlineData("Gunmen killed 2 policemen at a checkpoint. Two militants were also killed.", 4)]
    [InlineData("Six civilians including a child were among at least 22 people killed in air strikes on Raqqa.", 22)]
    [InlineData("Clashes killed several fighters. Unclear fatalities coded as 10 and split between 2 events.", 5)]
    [InlineData("At least 16 civilians including women and children were killed Friday during an air raid on Aleppo.", 16)]
    [InlineData("At least 73 civilians mostly women and children were killed in air strikes on Tokhar.", 73)]
    [InlineData("Warplanes hit the town massacring dozens of people. The Observatory said the attack killed at least 58 people.", 58)]
    [InlineData("Dozens of insurgents killed as Kurds advance. At least 40 insurgents were killed in Tal Rifaat.", 40)]
    [InlineData("Dozens of people were killed in air strikes on Aleppo.", 12)]
    [InlineData("The fighting on the outskirts of Tabqa left at least 11 extremists dead.", 11)]
    [InlineData("Three citizens were martyred and others were injured in a car bomb in al-Tadamun.", 3)]
    [InlineData("Six Killed in Aleppo Bombing as Evacuation of 4 Syrian Towns Resumes", 6)]
    [InlineData("Death toll from terrorist attacks on Aleppo rises to 12 with over 200 injured", 12)]
    [InlineData("The death toll from the attacks rose to 12 people in addition to more than 200 others injured.", 12)]
    [InlineData("A rocket attack on Aleppo killed a girl. The death toll from the attacks on Aleppo rose to 12.", 12)]
    [InlineData("Nine persons killed 12 injured in terrorist attack in Aleppo city", 9)]
    [InlineData("Seven killed 37 others injured due to terrorist attacks in Aleppo", 7)]
    [InlineData("04-06-2016 40 Civilians Killed 100 Injured in New Terrorist Rocket Attacks in Aleppo", 40)]
    [InlineData("23-07-2016 Death Toll from Terrorist Attacks in Aleppo City Rises to 11. Eleven civilians were killed in Aleppo city.", 11)]
    [InlineData("Air raids killed 10 civilians in Atareb. Civilians searched the remains of a pharmacy. Meanwhile six others were killed in barrel bombs.", 16)]
    [InlineData("Rockets killed 11 civilians while 44 others were injured. A source said that eight civilians were killed in the park.", 8)]
    public void OneTollPerSetOfSentences(string text, int low) => Assert.Equal(low, Read(text)!.Low);

    [Theory]
    [InlineData("The war has killed more than 280000 people.")]
    [InlineData("More than 180000 people have been killed in Syria since an uprising against the government began in 2011.")]
    [InlineData("Since then more than a quarter of a million people have been killed.")]
    [InlineData("The Syrian Center for Policy Research puts the death toll from the five-year conflict at as high as 470000.")]
    [InlineData("More than 330000 people are estimated to have been killed in the Syrian war that began in 2011.")]
    public void AWholeWarsTollIsNoEventsToll(string text) => Assert.Null(Read(text));

    [Fact]
    public void AHeadlineRunIntoTheLeadIsAnotherReportNotMoreVictims()
    {
        const string title = "IS car bomb kills 20 in eastern Syria";
        var doc = Pipeline.Process(new Document("t", $"Fri 17 Nov 2017 {title} State media An Islamic State car bomb killed 20 people near Deir ez-Zor.") { Title = title });
        // The dateline is a sentence of its own; the headline and the lead are one.
        Assert.Single(doc.Sentences, s => !s.IsCaption);
        Assert.Equal(20, DeathToll.Read(doc, doc.Sentences.Select(s => s.Span))!.Low);
        // Without the title the run-on sentence holds two figures, read as separate victims.
        var untitled = Pipeline.Process(new Document("t", doc.Text));
        Assert.Equal(40, DeathToll.Read(untitled, untitled.Sentences.Select(s => s.Span))!.Low);
    }

    [Fact]
    public void AFigureOfTheInjuredIsNoToll() =>
        Assert.NotEqual(12, Read("Nine persons killed 12 injured in terrorist attack in Aleppo city.")?.Low);

    [Fact]
    public void OnlyTheGivenSentencesAreRead()
    {
        var doc = Pipeline.Process(new Document("t", "Warplanes killed 12 civilians in Idlib. Gunmen killed 3 men in Daraa."));
        Assert.Equal(3, DeathToll.Read(doc, [doc.Sentences[1].Span])!.Low);
        Assert.Null(DeathToll.Read(doc, []));
    }
}
