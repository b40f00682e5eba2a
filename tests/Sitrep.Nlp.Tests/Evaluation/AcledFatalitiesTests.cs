using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Quantities;

namespace Sitrep.Nlp.Tests.Evaluation;

public class AcledFatalitiesTests
{

    [Theory]
    [InlineData("On 30 April 2020, ADF fighters killed 5 civilians and injured another in a new attack in Oicha.", 5, 5.0)]
    [InlineData("On 3 May 2020, Guadalajara: four men and a woman were shot dead in Colonia Lopez Portillo. Also, four men were shot dead in Colonia El Carmen. 9 fatalities", 9, 9.0)]
    [InlineData("On 7 May 2020, three men died and four police officers were injured. One of the men who died was the leader of this cartel.", 3, 3.0)]
    [InlineData("On 1 May 2020, 4 soldiers were killed and 3 were wounded following an ambush. Fatalities coded as 0 (Taliban reported 4 fatalities).", 0, 0.0)]
    [InlineData("On 2 May 2020, pro-Houthi forces fired back, killing several pro-Houthi fighters.", 3, null)]
    [InlineData("On 9 May 2020, 2 Saudi-led coalition airstrikes reportedly targeted Al Yasbil areas. No fatalities nor injuries reported.", 0, 0.0)]
    [InlineData("On 6 May 2020, LNA forces shelled GNA positions in Al Hishah (Misrata). Ten GNA soldiers were reportedly killed.", 10, 10.0)]
    [InlineData("On 5 May 2020, militants killed at least 11 soldiers including a commander.", 11, null)]
    public void TollIsReadFromNotes(string notes, double low, double? high)
    {
        var reading = AcledFatalities.Read(notes);
        Assert.NotNull(reading);
        Assert.Equal((low, high), (reading.Low, reading.High));
    }

    [Theory]
    [InlineData("On 9 May 2020, medical interns protested in Bat Galim Square of Haifa city. [size=no report]")]
    [InlineData("On 4 May 2020, the OSCE SMM observed a total of 5 explosions involving unknown weapons near Lozove.")]
    [InlineData("On 29 April 2020, militants lobbed a grenade at SSB forces in which three SSB personnel were injured.")]
    [InlineData("On 9 May 2020, protesters gathered against the offensive, which could kill hundreds of civilians. [size=dozens]")]
    public void NotesWithoutADeathFigureStateNoToll(string notes) => Assert.Null(AcledFatalities.Read(notes));

    [Fact]
    public void TollSplitBetweenEventsIsSpreadAsAcledDoes()
    {
        var reading = AcledFatalities.Read("On 9 May 2020, clashes resulted in more than 20 pro-Houthi elements killed. 20 fatalities split up between 3 events.");
        Assert.NotNull(reading);
        Assert.True(reading.IsSplit);
        Assert.False(reading.IsSingleNumber);
        Assert.Equal((6.0, 7.0), (reading.Low, reading.High));
        Assert.True(reading.Allows(7) && reading.Allows(6) && !reading.Allows(20));
    }

    [Fact]
    public void RepeatedFigureIsOneNumber()
    {
        var reading = AcledFatalities.Read("On 9 May 2020, suspected ISGS militants killed nine civilians in Zibane. 9 fatalities.");
        Assert.True(reading!.IsSingleNumber);
    }

    [Fact]
    public void ScoreCountsExactAndWithinRangeRows()
    {
        const string csv = """
            event_id_cnty,notes,fatalities
            A1,"On 9 May 2020, gunmen killed 5 civilians.",5
            A2,"On 9 May 2020, clashes killed at least 10 fighters.",12
            A3,"On 9 May 2020, protesters gathered. [size=no report]",0
            A4,"On 9 May 2020, an airstrike killed 3 people.",0
            A5,"On 9 May 2020, no fatalities were reported.",0
            """;
        var report = AcledFatalities.Score(AcledCsv.Read(new StringReader(csv), "t.csv"));
        Assert.Equal(5, report.RowsRead);
        Assert.Equal(new FatalityScore(4, 2, 3), report.Stated);
        Assert.Equal(new FatalityScore(3, 1, 2), report.StatedPositive);
        Assert.Equal(0.5, report.Stated.ExactRate);
        Assert.Equal(0.75, report.Stated.WithinRangeRate);
    }
}
