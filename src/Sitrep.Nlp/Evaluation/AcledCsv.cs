using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Sitrep.Core;

namespace Sitrep.Nlp.Evaluation;

/// <summary>Reads ACLED export files of any vintage: column order free, extra columns ignored, any of ACLED's date formats.</summary>
public static class AcledCsv
{
    private static readonly string[] DateFormats =
        ["d-MMM-yy", "dd-MMM-yy", "d-MMM-yyyy", "dd-MM-yy", "d-M-yy", "dd-MM-yyyy", "d MMMM yyyy", "dd MMMM yyyy", "yyyy-MM-dd", "M/d/yyyy", "d/M/yyyy"];

    /// <summary>Parses an ACLED date ("9-May-20", "31-12-19", "21 March 2020", "2020-05-09").</summary>
    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text?.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    /// <summary>Reads every row of <paramref name="path"/>.</summary>
    /// <exception cref="SitrepException">When the file is missing or lacks the <c>notes</c> column.</exception>
    public static IEnumerable<AcledRow> Read(string path)
    {
        if (!File.Exists(path))
            throw Errors.Create(Errors.NotFound, $"{path}: no such file");
        using var reader = new StreamReader(path);
        foreach (var row in Read(reader, path))
            yield return row;
    }

    /// <summary>Reads every row from <paramref name="reader"/>; <paramref name="name"/> names the input in errors.</summary>
    public static IEnumerable<AcledRow> Read(TextReader reader, string name)
    {
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null, BadDataFound = null };
        using var csv = new CsvReader(reader, config);
        if (!csv.Read() || !csv.ReadHeader())
            throw Errors.Create(Errors.Gold, $"{name}: empty file, expected an ACLED CSV header");
        var header = csv.HeaderRecord!.Select(h => h.Trim().ToLowerInvariant()).ToArray();
        if (!header.Contains("notes"))
            throw Errors.Create(Errors.Gold, $"{name}: no 'notes' column; is this an ACLED export?");
        string? Get(string column)
        {
            int i = Array.IndexOf(header, column);
            var value = i >= 0 && i < csv.Parser.Count ? csv.GetField(i)?.Trim() : null;
            return string.IsNullOrEmpty(value) ? null : value;
        }
        int? Int(string column) => int.TryParse(Get(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;
        double? Real(string column) => double.TryParse(Get(column), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

        while (csv.Read())
        {
            yield return new AcledRow
            {
                Line = csv.Parser.RawRow,
                EventId = Get("event_id_cnty"),
                EventDate = ParseDate(Get("event_date")),
                TimePrecision = Int("time_precision"),
                EventType = Get("event_type"),
                SubEventType = Get("sub_event_type"),
                Actor1 = Get("actor1"),
                AssocActor1 = Get("assoc_actor_1"),
                Inter1 = Int("inter1"),
                Actor2 = Get("actor2"),
                AssocActor2 = Get("assoc_actor_2"),
                Inter2 = Int("inter2"),
                CivilianTargeting = Get("civilian_targeting") is { } ct ? ct.Contains("civilian", StringComparison.OrdinalIgnoreCase) : null,
                Region = Get("region"),
                Country = Get("country"),
                Iso3 = Get("iso3") ?? Get("iso"),
                Admin1 = Get("admin1"),
                Admin2 = Get("admin2"),
                Admin3 = Get("admin3"),
                Location = Get("location"),
                Latitude = Real("latitude"),
                Longitude = Real("longitude"),
                GeoPrecision = Int("geo_precision"),
                Source = Get("source"),
                Notes = Get("notes") ?? "",
                Fatalities = Int("fatalities"),
            };
        }
    }

    /// <summary>Deterministic split of rows into train and held-out by a hash of the event id, so every tool agrees on which rows are never trained on.</summary>
    /// <remarks>About one row in five is held out.</remarks>
    public static bool IsHeldOut(AcledRow row)
    {
        var key = row.EventId ?? row.Notes;
        uint h = 2166136261;
        foreach (char c in key) h = (h ^ c) * 16777619;
        return h % 5 == 0;
    }
}
