using Sitrep.Cli;

return await SitrepCli.RunAsync(args, Console.Out, Console.Error);
