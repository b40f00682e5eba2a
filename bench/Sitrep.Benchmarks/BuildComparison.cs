using System.Diagnostics;
using System.Reflection;
using System.Runtime.Loader;

namespace Sitrep.Benchmarks;

/// <summary>Times the event stage and the whole pipeline of two or more builds (folders holding <c>Sitrep.Nlp.dll</c>, such as
/// <c>src/Sitrep.Cli/bin/Release/net10.0</c> copied aside) on the reference article, in one process and in alternating rounds.</summary>
/// <remarks>On a machine other work loads, timings of separate runs differ more than a change does; rounds that alternate
/// see the same load, so their medians compare. CPU time of the process is measured. The builds read the same data folder
/// (<c>SITREP_DATA</c>, else this program's), so only their code differs.</remarks>
internal static class BuildComparison
{
    public static int Run(string[] folders, int rounds, int perRound)
    {
        var text = Samples.Reference();
        var builds = folders.Select(f => new Build(Path.GetFullPath(f), text)).ToList();
        var events = builds.Select(_ => new List<double>()).ToList();
        var pipeline = builds.Select(_ => new List<double>()).ToList();
        for (int r = 0; r < rounds; r++)
            for (int b = 0; b < builds.Count; b++)
            {
                events[b].Add(CpuMs(builds[b].Events, perRound));
                pipeline[b].Add(CpuMs(builds[b].Pipeline, Math.Max(1, perRound / 4)));
            }
        for (int b = 0; b < builds.Count; b++)
        {
            double e = Median(events[b]), p = Median(pipeline[b]);
            // Each round's time against the first build's in the same round: the load both saw cancels out of the ratio.
            var paired = b == 0 ? "" : $"; events {Median([.. events[b].Zip(events[0], (x, y) => x / y)]):0.000}x and pipeline {Median([.. pipeline[b].Zip(pipeline[0], (x, y) => x / y)]):0.000}x the first build's (median of rounds)";
            Console.WriteLine($"{folders[b]}: events {e:0.000} ms (min {events[b].Min():0.000}), pipeline {p:0.000} ms (min {pipeline[b].Min():0.000}), " +
                $"events add {100 * e / (p - e):0}% to the other stages; allocated: events {builds[b].EventBytes / 1024} KB, pipeline {builds[b].PipelineBytes / 1024} KB{paired}");
        }
        return 0;
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    private static double CpuMs(Action action, int times)
    {
        var start = Process.GetCurrentProcess().TotalProcessorTime;
        for (int i = 0; i < times; i++) action();
        return (Process.GetCurrentProcess().TotalProcessorTime - start).TotalMilliseconds / times;
    }

    /// <summary>One build, loaded in a context of its own and warmed up.</summary>
    private sealed class Build
    {
        public Action Events { get; }
        public Action Pipeline { get; }
        public long EventBytes { get; }
        public long PipelineBytes { get; }

        public Build(string folder, string text)
        {
            var context = new FolderContext(folder);
            var nlp = context.LoadFromAssemblyPath(Path.Combine(folder, "Sitrep.Nlp.dll"));
            var documentType = context.LoadFromAssemblyPath(Path.Combine(folder, "Sitrep.Core.dll")).GetType("Sitrep.Core.Document", true)!;
            var published = documentType.GetProperty("Published")!;
            object NewDocument()
            {
                var document = Activator.CreateInstance(documentType, "bench", text)!;
                published.SetValue(document, new DateOnly(2016, 9, 28));
                return document;
            }
            var textPipeline = nlp.GetType("Sitrep.Nlp.Pipeline.DefaultPipeline", true)!.GetProperty("Instance")!.GetValue(null)!;
            var process = textPipeline.GetType().GetMethod("Process", [documentType, typeof(CancellationToken)])!;
            var stage = Activator.CreateInstance(nlp.GetType("Sitrep.Nlp.Events.EventStage", true)!)!;
            var stageProcess = stage.GetType().GetMethod("Process", [documentType, typeof(CancellationToken)])!;
            object[] annotated = [process.Invoke(textPipeline, [NewDocument(), CancellationToken.None])!, CancellationToken.None];
            Events = () => stageProcess.Invoke(stage, annotated);
            Pipeline = () => process.Invoke(textPipeline, [NewDocument(), CancellationToken.None]);
            for (int i = 0; i < 300; i++) Events();
            for (int i = 0; i < 60; i++) Pipeline();
            EventBytes = Allocated(Events);
            PipelineBytes = Allocated(Pipeline);
        }

        private static long Allocated(Action action)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            action();
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }

    /// <summary>Loads a build's own assemblies from its folder, and the framework's from the default context.</summary>
    private sealed class FolderContext(string folder) : AssemblyLoadContext(name: null, isCollectible: false)
    {
        protected override Assembly? Load(AssemblyName name) =>
            Path.Combine(folder, name.Name + ".dll") is var path && File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
