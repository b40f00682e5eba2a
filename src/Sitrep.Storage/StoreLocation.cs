namespace Sitrep.Storage;

/// <summary>Where the embedded database lives when no <c>--db</c> is given.</summary>
public static class StoreLocation
{
    /// <summary>
    /// <c>SITREP_DB</c> if set; else the platform's per-user data folder
    /// (<c>$XDG_DATA_HOME</c> or <c>~/.local/share</c> on Linux, <c>%LOCALAPPDATA%</c> on Windows, <c>~/Library/Application Support</c> on macOS) + <c>sitrep/sitrep.db</c>.
    /// </summary>
    public static string Default()
    {
        if (Environment.GetEnvironmentVariable("SITREP_DB") is { Length: > 0 } fromEnvironment)
            return fromEnvironment;
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (string.IsNullOrEmpty(root))
            root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(root, "sitrep", "sitrep.db");
    }
}
