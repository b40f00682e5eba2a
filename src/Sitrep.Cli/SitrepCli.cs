using System.CommandLine;
using Sitrep.Cli.Commands;
using Sitrep.Core;

namespace Sitrep.Cli;

/// <summary>The command tree, built in one place, and the entry point shared by the program and in-process tests.</summary>
internal static class SitrepCli
{
    /// <summary>Runs the command line <paramref name="args"/>, writing to the given writers; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var context = new CliContext(output, error);
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await Build(context).Parse(args).InvokeAsync(configuration, cancellationToken);
        }
        catch (SitrepException ex)
        {
            await error.WriteLineAsync($"sitrep: {ex.Code}: {ex.Message}");
            return 1;
        }
    }

    /// <summary>Builds the command tree.</summary>
    public static RootCommand Build(CliContext context)
    {
        var root = new RootCommand("Sitrep: conflict events, casualty figures, quotes and places from news text, with provenance.");
        root.Options.Add(context.DbOption);
        root.Subcommands.Add(ExtractCommand.Create(context));
        root.Subcommands.Add(IngestCommand.Create(context));
        root.Subcommands.Add(EventsCommand.Create(context));
        root.Subcommands.Add(ExportCommand.Create(context));
        root.Subcommands.Add(ImportCommand.Create(context));

        var eval = new Command("eval", "Score Sitrep against gold data; every eval takes --json and then ends with one JSON line.");
        eval.Subcommands.Add(EvalSampleCommand.Create(context));
        eval.Subcommands.Add(EvalNerCommand.Create(context));
        eval.Subcommands.Add(EvalAcledFatalitiesCommand.Create(context));
        eval.Subcommands.Add(EvalQuotesCommand.Create(context));
        eval.Subcommands.Add(EvalGeoCommand.Create(context));
        eval.Subcommands.Add(EvalAcledCommand.Create(context));
        eval.Subcommands.Add(EvalFakesCommand.Create(context));
        eval.Subcommands.Add(EvalReutersCommand.Create(context));
        root.Subcommands.Add(eval);

        var train = new Command("train", "Train a model from labelled data and write it where the program finds it.");
        train.Subcommands.Add(TrainNerCommand.Create(context));
        train.Subcommands.Add(TrainEventsCommand.Create(context));
        root.Subcommands.Add(train);

        var build = new Command("build", "Build the data files the program ships.");
        build.Subcommands.Add(BuildGazetteerCommand.Create(context));
        root.Subcommands.Add(build);
        return root;
    }
}
