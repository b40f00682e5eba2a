using System.CommandLine;
using Sitrep.Cli.Input;
using Sitrep.Cli.Output;
using Sitrep.Core;
using Sitrep.Nlp.Pipeline;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep ingest PATH...</c>: reads articles, extracts, and stores each new one in one transaction.</summary>
internal static class IngestCommand
{
    private const int EventsShown = 30;

    public static Command Create(CliContext context)
    {
        var paths = new Argument<string[]>("paths") { Description = "Article files or directories (searched recursively for *.txt)", Arity = ArgumentArity.OneOrMore };
        var published = CommonOptions.Published();
        var outlet = CommonOptions.Outlet();
        var command = new Command("ingest", "Extract and store articles; already stored texts are skipped, so a rerun resumes") { paths, published, outlet };
        command.SetAction(async (parse, ct) =>
        {
            var overrides = CommonOptions.Overrides(parse, published, outlet);
            using var store = context.OpenStore(parse);
            var known = store.ContentHashes();
            var files = ArticleFiles.Expand(parse.GetValue(paths)!).ToList();
            var tally = new Tally();
            foreach (var (_, error) in files)
                if (error is not null) { tally.Failed++; context.Report(error); }

            var inputs = Inputs(files.Where(f => f.Path is not null).Select(f => f.Path!), overrides, known, context, tally);
            async Task Run(Action advance)
            {
                await foreach (var result in new BatchRunner(DefaultPipeline.Instance).RunAsync(inputs, ct))
                {
                    if (result.Error is { } error) { Interlocked.Increment(ref tally.Failed); context.Report(error); }
                    else if (result.Document is { } document)
                    {
                        tally.Paths.TryRemove(document, out var path);
                        if (store.Save(document, path) == SaveOutcome.Stored) tally.Stored++;
                        else tally.Duplicates++;
                        tally.Ids.Enqueue(document.Id);
                    }
                    advance();
                }
            }

            int total = files.Count(f => f.Path is not null);
            if (context.IsInteractive && total > 1)
                await context.Console.Progress().StartAsync(async progress =>
                {
                    var task = progress.AddTask("ingesting", maxValue: total);
                    await Run(() => task.Value = tally.Stored + tally.Duplicates + tally.Failed + tally.Skipped);
                    task.Value = total;
                });
            else
                await Run(() => { });

            context.Out.WriteLine($"ingested into {store.Location}: {tally.Stored} stored, {tally.Duplicates + tally.Skipped} already stored, {tally.Failed} failed");
            // Show what this run's articles hold, whether stored now or by an earlier run.
            var ids = tally.Ids.ToHashSet();
            var events = store.Events().Where(e => ids.Contains(e.DocumentId)).ToList();
            if (events.Count > 0)
            {
                Tables.Events(context.Console, events.Take(EventsShown).ToList());
                if (events.Count > EventsShown) context.Out.WriteLine($"... and {events.Count - EventsShown} more: sitrep events");
            }
            return tally.Stored + tally.Duplicates + tally.Skipped == 0 && tally.Failed > 0 ? 1 : 0;
        });
        return command;
    }

    private sealed class Tally
    {
        public int Stored, Duplicates, Skipped, Failed;
        public readonly System.Collections.Concurrent.ConcurrentQueue<string> Ids = new();
        // The file each document was read from, for the store's source_path.
        public readonly System.Collections.Concurrent.ConcurrentDictionary<Document, string> Paths = new(ReferenceEqualityComparer.Instance);
    }

    // Files are read and checked against stored hashes here, in order, so the pipeline only runs on new text.
    private static async IAsyncEnumerable<Func<Document>> Inputs(IEnumerable<string> paths, ArticleOverrides overrides, IReadOnlySet<string> known, CliContext context, Tally tally)
    {
        foreach (var path in paths)
        {
            Document document;
            try
            {
                document = ArticleFiles.Load(path, overrides);
            }
            catch (SitrepException ex)
            {
                Interlocked.Increment(ref tally.Failed);
                context.Report(ex);
                continue;
            }
            if (known.Contains(DocumentStore.ContentHash(document.Text)))
            {
                Interlocked.Increment(ref tally.Skipped);
                tally.Ids.Enqueue(document.Id);
                continue;
            }
            tally.Paths[document] = path;
            yield return () => document;
            await Task.Yield();
        }
    }
}
