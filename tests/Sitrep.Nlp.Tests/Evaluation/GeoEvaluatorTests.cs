using Sitrep.Core;
using Sitrep.Nlp.Evaluation;
using Sitrep.Nlp.Places;

namespace Sitrep.Nlp.Tests.Evaluation;

public class GeoEvaluatorTests
{
    private const string Note = "On 3 June 2020, regime forces shelled Kafr Nabl (Maarrat an Nu'man, Idleb) and Atarib (Jebel Saman, Aleppo).";

    private static readonly GeoEvaluator Evaluator = new(GeoStage.Shipped, new GeoStage(GeoStage.Shipped));

    // ACLED's two events of the note, in another order than the note lists them.
    private static readonly AcledRow[] Rows =
    [
        new() { Line = 2, Notes = Note, Location = "Atarib", Admin1 = "Aleppo", Country = "Syria", Iso3 = "SYR", Latitude = 36.1386, Longitude = 36.8303 },
        new() { Line = 3, Notes = Note, Location = "Kafr Nabl", Admin1 = "Idleb", Country = "Syria", Iso3 = "SYR", Latitude = 35.6136, Longitude = 36.5614 },
    ];

    [Fact]
    public void RowsOfANoteAcledSplitByPlaceAreMatchedOneToOneWithTheListedPlaces()
    {
        var (score, results) = Evaluator.Evaluate(Rows);
        Assert.Equal(1.0, score.Within5Km);
        Assert.Equal(["Al Atārib", "Kafranbel"], results.Select(r => r.Chosen?.Name));
    }

    [Fact]
    public void ARowScoredWithoutItsNotesOtherRowsTakesTheEventLocation()
    {
        // Held out alone, the Atarib row still has the Kafr Nabl row of the file beside it.
        Assert.Equal(1.0, Evaluator.Evaluate([Rows[0]], Rows).Score.Within25Km);
        // Without the file, the note is one event: its first place.
        Assert.Equal(0.0, Evaluator.Evaluate([Rows[0]]).Score.Within25Km);
    }
}
