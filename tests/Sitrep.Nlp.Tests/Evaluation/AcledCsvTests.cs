using Sitrep.Core;
using Sitrep.Nlp.Evaluation;

namespace Sitrep.Nlp.Tests.Evaluation;

public class AcledCsvTests
{
    [Theory]
    [InlineData("9-May-20", 2020, 5, 9)]
    [InlineData("31-12-19", 2019, 12, 31)]
    [InlineData("21 March 2020", 2020, 3, 21)]
    [InlineData("2020-05-09", 2020, 5, 9)]
    public void EveryAcledDateFormatParses(string text, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), AcledCsv.ParseDate(text));

    [Fact]
    public void ColumnsAreFoundByNameWhateverTheirOrderAndExtras()
    {
        const string csv = "extra,notes,event_date,fatalities,event_type,admin1\nx,\"On 9 May, clashes.\",9-May-20,7,Battles,Sanaa\n";
        var row = Assert.Single(AcledCsv.Read(new StringReader(csv), "t.csv"));
        Assert.Equal("On 9 May, clashes.", row.Notes);
        Assert.Equal(7, row.Fatalities);
        Assert.Equal("Sanaa", row.Admin1);
        Assert.Equal(new DateOnly(2020, 5, 9), row.EventDate);
        Assert.Null(row.Actor1);
    }

    [Fact]
    public void FileWithoutNotesColumnIsRejectedWithItsName()
    {
        var ex = Assert.Throws<SitrepException>(() => AcledCsv.Read(new StringReader("a,b\n1,2\n"), "odd.csv").ToList());
        Assert.Contains("odd.csv", ex.Message);
    }
}
