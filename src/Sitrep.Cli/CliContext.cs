using System.CommandLine;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli;

/// <summary>What every command shares: the output writers, the console for tables and progress, and the --db option.</summary>
internal sealed class CliContext
{
    public CliContext(TextWriter output, TextWriter error)
    {
        Out = output;
        Error = error;
        bool isTerminal = ReferenceEquals(output, System.Console.Out) && !System.Console.IsOutputRedirected;
        Console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = isTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = isTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = isTerminal ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!isTerminal) Console.Profile.Width = 160;
    }

    /// <summary>Standard output.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error: one line per problem, naming the input and the reason.</summary>
    public TextWriter Error { get; }

    /// <summary>Spectre console over <see cref="Out"/>, plain when output is redirected.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>True when progress bars can be drawn.</summary>
    public bool IsInteractive => Console.Profile.Capabilities.Interactive;

    /// <summary>The database file; a global option.</summary>
    public Option<string?> DbOption { get; } = new("--db")
    {
        Description = "SQLite database file, or a PostgreSQL database as postgres://user:password@host:port/db or a connection string (default: SITREP_DB, else ~/.local/share/sitrep/sitrep.db)",
        Recursive = true,
    };

    /// <summary>Opens the store named by --db, or the default one.</summary>
    public IDocumentStore OpenStore(ParseResult parse) => DocumentStore.Open(parse.GetValue(DbOption) ?? StoreLocation.Default());

    /// <summary>Reports one problem on standard error.</summary>
    public void Report(Core.SitrepException problem) => Error.WriteLine($"sitrep: {problem.Code}: {problem.Message}");
}
