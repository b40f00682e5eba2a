using System.CommandLine;
using System.Text;
using System.Text.Json;
using Sitrep.Cli.Input;
using Sitrep.Cli.Output;
using Sitrep.Core;
using Sitrep.Core.Serialization;
using Sitrep.Nlp.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep extract FILE</c> prints one article's annotations; <c>sitrep extract --jsonl IN</c> streams a batch.</summary>
internal static class ExtractCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string?>("file") { Description = "Article text file (UTF-8)", Arity = ArgumentArity.ZeroOrOne };
        var jsonl = new Option<string?>("--jsonl") { Description = "Batch input: one JSON article per line ('-' for standard input)" };
        var output = new Option<string?>("--output", "-o") { Description = "Batch output file (default: standard output)" };
        var published = CommonOptions.Published();
        var outlet = CommonOptions.Outlet();
        var format = CommonOptions.Format("table", "json");
        var timings = new Option<bool>("--timings") { Description = "Print time spent per stage and throughput" };
        var command = new Command("extract", "Extract events, entities, quantities, dates and quotes from an article or a JSONL batch")
        {
            file, jsonl, output, published, outlet, format, timings,
        };
        command.SetAction(async (parse, ct) =>
        {
            var pipeline = DefaultPipeline.Instance;
            int exit;
            if (parse.GetValue(jsonl) is { } input)
                exit = await RunBatchAsync(context, pipeline, input, parse.GetValue(output), ct);
            else if (parse.GetValue(file) is { } path)
                exit = RunSingle(context, pipeline, ArticleFiles.Load(path, CommonOptions.Overrides(parse, published, outlet)), parse.GetValue(format)!);
            else
            {
                context.Error.WriteLine("sitrep extract: give an article FILE or --jsonl IN.jsonl");
                return 2;
            }
            if (parse.GetValue(timings))
                Tables.Timings(context.Console, pipeline);
            return exit;
        });
        return command;
    }

    private static int RunSingle(CliContext context, TextPipeline pipeline, Document document, string format)
    {
        pipeline.Process(document);
        if (format == "json")
            context.Out.WriteLine(DocumentJson.ToJson(document, includeSentences: true, indented: true));
        else
            Tables.Document(context.Console, document);
        return 0;
    }

    private static async Task<int> RunBatchAsync(CliContext context, TextPipeline pipeline, string input, string? outputPath, CancellationToken ct)
    {
        if (input != "-" && !File.Exists(input))
            throw Errors.Create(Errors.NotFound, $"{input}: no such file");
        using var reader = input == "-" ? new StreamReader(Console.OpenStandardInput()) : new StreamReader(input, Encoding.UTF8);
        // Without -o, lines go to the context's writer so in-process callers (tests) see them.
        await using var sink = outputPath is null ? null : File.Create(outputPath);
        long malformed = 0, failed = 0, written = 0;

        async IAsyncEnumerable<Func<Document>> Lines()
        {
            long lineNumber = 0;
            while (await reader.ReadLineAsync(ct) is { } line)
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                Document document;
                try
                {
                    document = BatchInput.Parse(line, input, lineNumber);
                }
                catch (SitrepException ex)
                {
                    malformed++;
                    context.Report(ex);
                    continue;
                }
                yield return () => document;
            }
        }

        var buffer = new MemoryStream();
        await foreach (var result in new BatchRunner(pipeline).RunAsync(Lines(), ct))
        {
            if (result.Error is { } error)
            {
                failed++;
                context.Report(error);
                continue;
            }
            buffer.SetLength(0);
            using (var writer = new Utf8JsonWriter(buffer, JsonText.Options))
                DocumentJson.Write(writer, result.Document!);
            buffer.WriteByte((byte)'\n');
            if (sink is not null)
                await sink.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), ct);
            else
                await context.Out.WriteAsync(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            written++;
        }
        if (sink is null) await context.Out.FlushAsync(ct);
        context.Error.WriteLine($"sitrep extract: {written} articles written, {malformed} malformed lines skipped, {failed} failed");
        return written == 0 && malformed + failed > 0 ? 1 : 0;
    }
}
