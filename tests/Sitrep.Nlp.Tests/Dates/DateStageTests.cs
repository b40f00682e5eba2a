using Sitrep.Core;
using Sitrep.Nlp.Dates;
using Sitrep.Nlp.Tests.Support;

namespace Sitrep.Nlp.Tests.Dates;

/// <summary>Date phrasings from conflict reporting, resolved against a publication date.</summary>
public class DateStageTests
{
    private static readonly DateStage Stage = new();

    // Wednesday 28 September 2016, the reference article's publication date.
    private static readonly DateOnly Wednesday = new(2016, 9, 28);

    private static DateExpression Find(string text, string span, DateOnly? published)
    {
        var found = Stage.Read(text, published);
        return found.SingleOrDefault(d => text[d.Span.Start..d.Span.End] == span)
            ?? throw new Xunit.Sdk.XunitException($"no date '{span}' in \"{text}\"; found: " +
                string.Join(" | ", found.Select(d => $"'{text[d.Span.Start..d.Span.End]}' {d.From:yyyy-MM-dd}..{d.To:yyyy-MM-dd}")));
    }

    [Theory]
    [InlineData("27 Apr 2017 A view shows the damage at a hospital.", "27 Apr 2017", "2017-04-27")]
    [InlineData("in Idlib province Syria April 27 2017. (TRT World)", "April 27 2017", "2017-04-27")]
    [InlineData("On 9 May 2020, medical interns protested in Haifa.", "On 9 May 2020", "2020-05-09")]
    [InlineData("It was published on 2016-09-28 by the agency.", "on 2016-09-28", "2016-09-28")]
    [InlineData("The strike came on April 27, 2017, officials said.", "on April 27, 2017", "2017-04-27")]
    [InlineData("She was abducted on 1st May 2020.", "on 1st May 2020", "2020-05-01")]
    [InlineData("On 2nd May 2020, in Mossoro, a man was shot.", "On 2nd May 2020", "2020-05-02")]
    [InlineData("The 27th of April, 2017 was quiet.", "27th of April, 2017", "2017-04-27")]
    [InlineData("Published June 1 2016 A total of 14 fighters were killed.", "June 1 2016", "2016-06-01")]
    [InlineData("Date of publication 25 April 2017 Airstrikes on a village.", "25 April 2017", "2017-04-25")]
    [InlineData("On 28 Apr 2020, IS militants targeted a directorate.", "On 28 Apr 2020", "2020-04-28")]
    [InlineData("The attacks of Sept. 11, 2001 changed the region.", "Sept. 11, 2001", "2001-09-11")]
    [InlineData("On 21 March 2020 the curfew began.", "On 21 March 2020", "2020-03-21")]
    [InlineData("Wed 05 Apr 2017 Syria attack symptoms consistent with nerve agent use.", "05 Apr 2017", "2017-04-05")]
    [InlineData("The report is dated 28/09/2016.", "28/09/2016", "2016-09-28")]
    [InlineData("On December 31, 2019 the convoy left.", "On December 31, 2019", "2019-12-31")]
    public void ExplicitDayIsResolvedWithoutAPublicationDate(string text, string span, string day)
    {
        var d = Find(text, span, null);
        Assert.Equal(DateOnly.Parse(day), d.From);
        Assert.Equal(d.From, d.To);
        Assert.Equal(DatePrecision.Day, d.Precision);
        Assert.False(d.IsRelative);
    }

    [Theory]
    // Day and month without a year take the year nearest the publication date.
    [InlineData("On 3 May, pro-Houthi forces announced the deaths.", "On 3 May", "2020-05-09", "2020-05-03", "2020-05-03", DatePrecision.Day)]
    [InlineData("The regime on July 22 announced a ceasefire.", "on July 22", "2017-08-10", "2017-07-22", "2017-07-22", DatePrecision.Day)]
    [InlineData("The attacks of Sept. 11 were recalled.", "Sept. 11", "2016-09-28", "2016-09-11", "2016-09-11", DatePrecision.Day)]
    [InlineData("Clashes started on 30 December and continued.", "on 30 December", "2017-01-04", "2016-12-30", "2016-12-30", DatePrecision.Day)]
    [InlineData("The talks are due on 2 January.", "on 2 January", "2016-12-30", "2017-01-02", "2017-01-02", DatePrecision.Day)]
    [InlineData("Between 1 and 5 May 2020 the town was shelled.", "1 and 5 May 2020", "2020-05-09", "2020-05-01", "2020-05-05", DatePrecision.Day)]
    [InlineData("Clashes on 1-5 May killed dozens.", "on 1-5 May", "2020-05-09", "2020-05-01", "2020-05-05", DatePrecision.Day)]
    // Weekdays: the most recent such day on or before publication.
    [InlineData("Air strikes on Tuesday killed 26 people.", "on Tuesday", "2017-04-27", "2017-04-25", "2017-04-25", DatePrecision.Day)]
    [InlineData("the monitoring group said on Sunday.", "on Sunday", "2017-04-16", "2017-04-16", "2017-04-16", DatePrecision.Day)]
    [InlineData("at least 100 bodies from the site of Saturdays blast", "Saturdays", "2017-04-16", "2017-04-15", "2017-04-15", DatePrecision.Day)]
    [InlineData("the site of Saturday's blast", "Saturday's", "2017-04-16", "2017-04-15", "2017-04-15", DatePrecision.Day)]
    [InlineData("More than 350 people have been killed since Friday.", "since Friday", "2016-09-28", "2016-09-23", "2016-09-23", DatePrecision.Day)]
    [InlineData("Rebels attacked on Monday night.", "on Monday night", "2016-09-28", "2016-09-26", "2016-09-26", DatePrecision.Day)]
    [InlineData("The ministry said Wednesday that talks had failed.", "Wednesday", "2016-09-28", "2016-09-28", "2016-09-28", DatePrecision.Day)]
    [InlineData("A convoy was hit last Friday.", "last Friday", "2016-09-30", "2016-09-23", "2016-09-23", DatePrecision.Day)]
    [InlineData("The vote is next Monday.", "next Monday", "2016-09-28", "2016-10-03", "2016-10-03", DatePrecision.Day)]
    [InlineData("Fighting since Wednesday afternoon has killed 30.", "since Wednesday afternoon", "2016-09-30", "2016-09-28", "2016-09-28", DatePrecision.Day)]
    // Days relative to publication.
    [InlineData("Gunmen attacked the checkpoint yesterday.", "yesterday", "2016-09-28", "2016-09-27", "2016-09-27", DatePrecision.Day)]
    [InlineData("Police said today that four were arrested.", "today", "2016-09-28", "2016-09-28", "2016-09-28", DatePrecision.Day)]
    [InlineData("A car bomb exploded last night in the market.", "last night", "2016-09-28", "2016-09-27", "2016-09-27", DatePrecision.Day)]
    [InlineData("Shelling resumed this morning.", "this morning", "2016-09-28", "2016-09-28", "2016-09-28", DatePrecision.Day)]
    [InlineData("The bodies were found two days ago.", "two days ago", "2016-09-28", "2016-09-26", "2016-09-26", DatePrecision.Day)]
    [InlineData("The town fell the day before yesterday.", "the day before yesterday", "2016-09-28", "2016-09-26", "2016-09-26", DatePrecision.Day)]
    // Periods ending on the publication date.
    [InlineData("For the past five days, warplanes have been bombing east Aleppo.", "For the past five days", "2016-09-28", "2016-09-23", "2016-09-28", DatePrecision.Day)]
    [InlineData("In the past 24 hours, 40 strikes hit the city.", "In the past 24 hours", "2016-09-28", "2016-09-27", "2016-09-28", DatePrecision.Day)]
    [InlineData("SOHR said 76 children were killed in clashes over the last 15 days.", "over the last 15 days", "2016-09-28", "2016-09-13", "2016-09-28", DatePrecision.Day)]
    [InlineData("Over the past two weeks the siege tightened.", "Over the past two weeks", "2016-09-28", "2016-09-14", "2016-09-28", DatePrecision.Week)]
    [InlineData("Prices doubled during the past three months.", "during the past three months", "2016-09-28", "2016-06-28", "2016-09-28", DatePrecision.Month)]
    [InlineData("Over the course of the past week regime forces attacked.", "the past week", "2016-09-28", "2016-09-21", "2016-09-28", DatePrecision.Week)]
    [InlineData("the deadliest such incident in Syria in almost a year", "in almost a year", "2017-04-16", "2016-04-16", "2017-04-16", DatePrecision.Year)]
    [InlineData("the worst fighting in more than two years", "in more than two years", "2017-04-16", "2015-04-16", "2017-04-16", DatePrecision.Year)]
    // Calendar weeks, months and years.
    [InlineData("A ceasefire collapsed last week amid recriminations.", "last week", "2016-09-28", "2016-09-19", "2016-09-25", DatePrecision.Week)]
    [InlineData("A ceasefire collapsed last week amid recriminations.", "last week", "2016-09-26", "2016-09-19", "2016-09-25", DatePrecision.Week)]
    [InlineData("A ceasefire collapsed last week amid recriminations.", "last week", "2016-10-02", "2016-09-19", "2016-09-25", DatePrecision.Week)]
    [InlineData("Talks resume this week in Geneva.", "this week", "2016-09-28", "2016-09-26", "2016-10-02", DatePrecision.Week)]
    [InlineData("The town was captured last month.", "last month", "2016-09-28", "2016-08-01", "2016-08-31", DatePrecision.Month)]
    [InlineData("The town was captured last month.", "last month", "2017-01-10", "2016-12-01", "2016-12-31", DatePrecision.Month)]
    [InlineData("The group was formed last year.", "last year", "2016-09-28", "2015-01-01", "2015-12-31", DatePrecision.Year)]
    [InlineData("Aid deliveries began earlier this year.", "earlier this year", "2016-09-28", "2016-01-01", "2016-09-28", DatePrecision.Year)]
    [InlineData("Fighting flared earlier this month.", "earlier this month", "2016-09-28", "2016-09-01", "2016-09-28", DatePrecision.Month)]
    [InlineData("Strikes intensified over the weekend.", "over the weekend", "2016-09-28", "2016-09-24", "2016-09-25", DatePrecision.Week)]
    [InlineData("The town was shelled last weekend.", "last weekend", "2016-09-28", "2016-09-24", "2016-09-25", DatePrecision.Week)]
    [InlineData("Protests erupted in May and spread.", "in May", "2016-09-28", "2016-05-01", "2016-05-31", DatePrecision.Month)]
    [InlineData("Protests erupted in November and spread.", "in November", "2016-09-28", "2015-11-01", "2015-11-30", DatePrecision.Month)]
    [InlineData("The conflict began in March 2011 with protests.", "in March 2011", "2016-09-28", "2011-03-01", "2011-03-31", DatePrecision.Month)]
    [InlineData("The town fell in early March.", "in early March", "2016-09-28", "2016-03-01", "2016-03-10", DatePrecision.Month)]
    [InlineData("Clashes resumed in mid-May.", "in mid-May", "2016-09-28", "2016-05-11", "2016-05-20", DatePrecision.Month)]
    [InlineData("Clashes resumed in late August.", "in late August", "2016-09-28", "2016-08-21", "2016-08-31", DatePrecision.Month)]
    [InlineData("The opposition took hold in 2012.", "in 2012", "2016-09-28", "2012-01-01", "2012-12-31", DatePrecision.Year)]
    [InlineData("Eastern Ghouta has been under siege since 2012.", "since 2012", "2016-09-28", "2012-01-01", "2012-12-31", DatePrecision.Year)]
    [InlineData("The war has raged during 2015 and 2016.", "during 2015", "2016-09-28", "2015-01-01", "2015-12-31", DatePrecision.Year)]
    public void ExpressionIsResolvedAgainstThePublicationDate(string text, string span, string published, string from, string to, DatePrecision precision)
    {
        var d = Find(text, span, DateOnly.Parse(published));
        Assert.Equal((DateOnly.Parse(from), DateOnly.Parse(to), precision), (d.From, d.To, d.Precision));
    }

    [Theory]
    [InlineData("Air strikes on Tuesday killed 26 people.")]
    [InlineData("Gunmen attacked the checkpoint yesterday.")]
    [InlineData("A ceasefire collapsed last week.")]
    [InlineData("For the past five days, warplanes have been bombing.")]
    [InlineData("On 3 May, pro-Houthi forces announced the deaths.")]
    [InlineData("Aid deliveries began earlier this year.")]
    public void RelativeDateIsSkippedWithoutAPublicationDate(string text) => Assert.Empty(Stage.Read(text, null));

    [Theory]
    [InlineData("Air strikes on Tuesday killed 26 people.", true)]
    [InlineData("A ceasefire collapsed last week.", true)]
    [InlineData("On 9 May 2020, protesters gathered.", false)]
    [InlineData("The opposition took hold in 2012.", false)]
    public void RelativeDatesAreMarked(string text, bool relative) => Assert.Equal(relative, Assert.Single(Stage.Read(text, Wednesday)).IsRelative);

    [Theory]
    [InlineData("Officials may meet, and March on the capital is planned.")]
    [InlineData("The troops march at dawn.")]
    [InlineData("A total of 2000 people were evacuated.")]
    [InlineData("They met on Saturdays in the square.")]
    [InlineData("The meeting starts at 10:30 in the hall.")]
    [InlineData("More than 2000 people fled.")]
    public void WordsThatOnlyLookLikeDatesAreNotDates(string text) => Assert.Empty(Stage.Read(text, Wednesday));

    [Theory]
    [InlineData("More than 350 people have been killed since Friday.", true)]
    [InlineData("Eastern Ghouta has been under siege since 2012.", true)]
    [InlineData("Air strikes on Friday killed 26 people.", false)]
    [InlineData("For the past five days, warplanes have been bombing.", false)]
    public void SinceOpensAPeriodRunningOnToTheReport(string text, bool openEnded) =>
        Assert.Equal(openEnded, Assert.Single(Stage.Read(text, Wednesday)).IsOpenEnded);

    [Fact]
    public void StageWritesOnlyTheDateLayerWithItsName()
    {
        var document = Some.Document("Air strikes on Tuesday killed 26 people.", new DateOnly(2017, 4, 27));
        Stage.Process(document, CancellationToken.None);
        Assert.Equal(new HashSet<Layer> { Layer.Dates }, document.Layers);
        Assert.Equal("dates", Assert.Single(document.Dates).Producer);
    }
}
