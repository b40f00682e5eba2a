using Apache.Arrow;
using Apache.Arrow.Ipc;
using Sitrep.Core;
using Sitrep.Geo;

namespace Sitrep.Cli.Commands;

/// <summary>Reads the event locations of UCDP-AEC's training split, a Hugging Face datasets file (an Arrow IPC stream).</summary>
internal static class UcdpAreas
{
    /// <summary>Country, province and place name of each event that names all three.</summary>
    /// <exception cref="SitrepException">When the file is missing or lacks a location column.</exception>
    public static List<NamedArea> Read(string path)
    {
        if (!File.Exists(path)) throw Errors.Create(Errors.NotFound, $"{path}: UCDP-AEC file is missing");
        var areas = new List<NamedArea>();
        using var stream = File.OpenRead(path);
        using var reader = new ArrowStreamReader(stream);
        while (reader.ReadNextRecordBatch() is { } batch)
        {
            using (batch)
            {
                StringArray Column(string name) => batch.Schema.GetFieldIndex(name) is >= 0 and var i && batch.Column(i) is StringArray column
                    ? column : throw Errors.Create(Errors.NotFound, $"{path}: no text column '{name}'");
                var (country, admin1, where) = (Column("location_root_name"), Column("location_adm1_name"), Column("location_where_name"));
                for (int row = 0; row < batch.Length; row++)
                    if (country.GetString(row) is { Length: > 0 } c && admin1.GetString(row) is { Length: > 0 } a && where.GetString(row) is { Length: > 0 } w)
                        areas.Add(new NamedArea(c, a, w));
            }
        }
        return areas;
    }
}
