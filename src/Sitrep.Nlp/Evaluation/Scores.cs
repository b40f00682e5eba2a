using System.Text.Json;

namespace Sitrep.Nlp.Evaluation;

/// <summary>Counts of a span-matching evaluation and the precision, recall and F1 they give.</summary>
/// <param name="TruePositives">Predictions that match a gold item.</param>
/// <param name="Predicted">All predictions.</param>
/// <param name="Gold">All gold items.</param>
/// <param name="GoldFound">Gold items matched by some prediction (differs from TruePositives when matching is not one-to-one).</param>
public readonly record struct Prf(int TruePositives, int Predicted, int Gold, int GoldFound)
{
    /// <summary>Share of predictions that are right; 1 when nothing was predicted and nothing was due.</summary>
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)TruePositives / Predicted;
    /// <summary>Share of gold items found; 1 when there was nothing to find.</summary>
    public double Recall => Gold == 0 ? 1 : (double)GoldFound / Gold;
    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>Sums two results.</summary>
    public static Prf operator +(Prf a, Prf b) => new(a.TruePositives + b.TruePositives, a.Predicted + b.Predicted, a.Gold + b.Gold, a.GoldFound + b.GoldFound);

    /// <summary>Writes <c>{"precision":..,"recall":..,"f1":..}</c>.</summary>
    public void WriteJson(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteNumber("precision", Math.Round(Precision, 4));
        writer.WriteNumber("recall", Math.Round(Recall, 4));
        writer.WriteNumber("f1", Math.Round(F1, 4));
        writer.WriteEndObject();
    }
}
