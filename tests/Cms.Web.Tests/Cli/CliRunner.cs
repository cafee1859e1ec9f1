using System.Diagnostics;

namespace Cms.Web.Tests.Cli;

/// <summary>Runs the site's executable with a verb, as a user would, against its own data directory.</summary>
internal static class CliRunner
{
    public static Task<(int ExitCode, string Output, string Error)> RunAsync(string dataDirectory, params string[] arguments) =>
        RunWithInputAsync(dataDirectory, "", arguments);

    public static Task<(int ExitCode, string Output, string Error)> RunWithInputAsync(string dataDirectory, string input, params string[] arguments) =>
        RunWithSettingsAsync(dataDirectory, TestDatabase.Settings(dataDirectory), input, arguments);

    /// <summary>Runs a verb with host <paramref name="settings"/> (its database among them) over <paramref name="dataDirectory"/>.</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunWithSettingsAsync(
        string dataDirectory, IReadOnlyDictionary<string, string> settings, string input, params string[] arguments)
    {
        var webProject = Path.Combine(RepoPaths.Root, "src", "Cms.Web");
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.Combine(webProject, "bin", configuration, "net10.0", "Cms.Web.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["Cms__DataDirectory"] = dataDirectory;
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Testing";
        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        return (process.ExitCode, await output, await error);
    }
}
