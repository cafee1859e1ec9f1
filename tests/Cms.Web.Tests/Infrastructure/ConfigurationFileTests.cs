using System.Text.Json;

namespace Cms.Web.Tests.Infrastructure;

/// <summary>The platform decides where the site listens (ASPNETCORE_URLS, ASPNETCORE_HTTP_PORTS); development uses launchSettings.json.</summary>
public sealed class ConfigurationFileTests
{
    private static string WebProject => Path.Combine(RepoPaths.Root, "src", "Cms.Web");

    [Fact]
    public void Appsettings_sets_no_listening_address()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(WebProject, "appsettings.json")));

        foreach (var key in new[] { "Urls", "urls", "Kestrel", "HTTP_PORTS", "HTTPS_PORTS" })
        {
            Assert.False(settings.RootElement.TryGetProperty(key, out _), key);
        }
    }

    [Fact]
    public void Dotnet_run_still_answers_on_port_5080()
    {
        using var launch = JsonDocument.Parse(File.ReadAllText(Path.Combine(WebProject, "Properties", "launchSettings.json")));

        var profile = launch.RootElement.GetProperty("profiles").EnumerateObject().First().Value;

        Assert.Equal("Project", profile.GetProperty("commandName").GetString());
        Assert.Equal("http://localhost:5080", profile.GetProperty("applicationUrl").GetString());
    }
}
