using System.Diagnostics;
using System.Text.Json;
using Sitrep.Cli;

namespace Sitrep.Benchmarks;

/// <summary>Runs <c>sitrep extract --jsonl</c> on N generated articles, reporting articles/s, tokens/s and peak memory.</summary>
/// <remarks>Peak working set must not grow with N: the batch streams through bounded channels.</remarks>
internal static class BatchSoak
{
    public static int Run(int lines)
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-batch-bench-").FullName;
        try
        {
            var input = Path.Combine(dir, "in.jsonl");
            var text = Samples.Reference();
            using (var writer = new StreamWriter(input))
                for (int i = 0; i < lines; i++)
                    writer.WriteLine(JsonSerializer.Serialize(new { id = $"a{i}", text, published = "2016-09-28" }));
            var output = Path.Combine(dir, "out.jsonl");
            var clock = Stopwatch.StartNew();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            int exit = SitrepCli.RunAsync(["extract", "--jsonl", input, "-o", output], TextWriter.Null, Console.Error).GetAwaiter().GetResult();
            clock.Stop();
            var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            long tokens = Sitrep.Nlp.Text.Tokenizer.Tokenize(text).Length * (long)lines;
            Console.WriteLine($"extract --jsonl: {lines:N0} articles ({tokens:N0} tokens) in {clock.Elapsed.TotalSeconds:0.0} s = {lines / clock.Elapsed.TotalSeconds:N0} articles/s, " +
                $"{tokens / clock.Elapsed.TotalSeconds / 1000:N0} k tokens/s; CPU {used.TotalSeconds / clock.Elapsed.TotalSeconds:0.0} cores busy; peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576:N0} MB; exit {exit}");
            return exit;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
