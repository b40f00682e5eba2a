using System.Diagnostics;
using Sitrep.Core;
using Sitrep.Storage;
using Sitrep.Storage.Export;

namespace Sitrep.Benchmarks;

/// <summary>Fills a SQLite store with N events, then exports them in every format, reporting events/s and peak memory.</summary>
/// <remarks>Peak working set is the figure that shows whether export streams: it must not grow with N.</remarks>
internal static class ExportSoak
{
    private const int EventsPerDocument = 100;

    public static int Run(int events)
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-export-bench-").FullName;
        try
        {
            var db = Path.Combine(dir, "bench.db");
            var fill = Stopwatch.StartNew();
            using (var store = DocumentStore.OpenSqlite(db))
                for (int d = 0; d < (events + EventsPerDocument - 1) / EventsPerDocument; d++)
                    store.Save(Document(d, Math.Min(EventsPerDocument, events - d * EventsPerDocument)));
            Console.WriteLine($"filled {events:N0} events in {fill.Elapsed.TotalSeconds:0.0} s; peak working set {Peak()}");

            foreach (var format in EventExporter.Formats)
            {
                using var store = DocumentStore.OpenSqlite(db);
                var clock = Stopwatch.StartNew();
                long before = Process.GetCurrentProcess().WorkingSet64;
                using var sink = new CountingStream();
                long count = EventExporter.Write(format, store.Events(), sink);
                clock.Stop();
                Console.WriteLine($"{format,-8} {count:N0} events, {sink.Length / 1048576.0:N0} MB in {clock.Elapsed.TotalSeconds:0.0} s = {count / clock.Elapsed.TotalSeconds:N0} events/s; working set {before / 1048576:N0} MB before, peak {Peak()}");
            }
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string Peak() => $"{Process.GetCurrentProcess().PeakWorkingSet64 / 1048576:N0} MB";

    private static Document Document(int index, int events)
    {
        var text = $"Report {index}: Syrian warplanes bombed Aleppo on Friday, killing 12 civilians. Rebels shelled Idlib.";
        var doc = new Document($"doc-{index}", text) { Published = new DateOnly(2016, 9, 28), Outlet = "Bench" };
        doc.SetEvents(Enumerable.Range(0, events).Select(i => new EventRecord(new TextSpan(0, text.Length), "Explosions/Remote violence", "Air/drone strike", 0.8, "bench")
        {
            Actor1 = "Military Forces of Syria", Actor2 = "Civilians (Syria)", Inter1 = 1, Inter2 = 7, CivilianTargeting = true,
            Country = "Syria", Iso = "SY", Admin1 = "Aleppo", Location = "Aleppo", Latitude = 36.2 + i * 1e-4, Longitude = 37.16,
            GeoPrecision = 1, EventDate = new DateOnly(2016, 9, 23), TimePrecision = 1, Fatalities = i, Evidence = [new TextSpan(0, 20)],
        }));
        return doc;
    }

    /// <summary>Discards bytes, counting them: measures the exporter, not the disk.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
