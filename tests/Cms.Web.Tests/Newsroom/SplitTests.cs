using System.Net;
using System.Text.Json;

namespace Cms.Web.Tests.Newsroom;

/// <summary>Paste-and-split as a user meets it: the CLI verb, and the manager's paste page end to end.</summary>
public sealed class SplitTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    [Fact]
    public async Task The_cli_splits_seed_002_into_kyrgyz_and_russian_json()
    {
        using var data = new TempDirectory();
        var file = Directory.GetFiles(Seeds.Directory, "002_*.txt").Single();

        var result = await Cli.CliRunner.RunAsync(data.Path, "split", file);

        Assert.True(result.ExitCode == 0, result.Error);
        using var json = JsonDocument.Parse(result.Output);
        var parts = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(["ky", "ru"], parts.Select(p => p.GetProperty("lang").GetString()));
        Assert.Equal("Эдвокаси борбору пилоттук жамааттарда демилгелүү топ түзөт", parts[0].GetProperty("title").GetString());
        Assert.StartsWith("Формирование Инициативных групп", parts[1].GetProperty("body").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cli_reports_a_missing_file()
    {
        using var data = new TempDirectory();

        var result = await Cli.CliRunner.RunAsync(data.Path, "split", "/no/such/file.txt");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("/no/such/file.txt", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pasting_seed_000_proposes_two_linked_translations_and_creates_the_story()
    {
        using var client = await factory.ClientAsync("author");
        var text = Seeds.Read("000");

        using var proposed = await NewsroomFactory.PostFormAsync(client, "/manager/paste", "/manager/paste?handler=split", [new("Text", text)]);
        var page = await Html.ParseAsync(proposed);
        var languages = page.QuerySelectorAll("select[name$='.Language'] option[selected]").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["ky", "ru"], languages);

        var fields = page.QuerySelectorAll("form[action*=create] input, form[action*=create] textarea, form[action*=create] select")
            .Where(e => e.GetAttribute("name") is { } name && name != "__RequestVerificationToken" && (e.GetAttribute("type") != "checkbox" || e.HasAttribute("checked")))
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e.TagName == "SELECT" ? e.QuerySelector("option[selected]")?.GetAttribute("value") ?? e.QuerySelector("option")!.GetAttribute("value")! : e.TagName == "TEXTAREA" ? e.TextContent : e.GetAttribute("value") ?? ""))
            .ToList();
        using var created = await NewsroomFactory.PostFormAsync(client, "/manager/paste", "/manager/paste?handler=create", fields);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var editor = await Html.ParseAsync(await client.GetAsync(created.Headers.Location!.OriginalString));
        Assert.StartsWith("Бүгүн, 22-августа", editor.QuerySelector("#body-ky")!.TextContent.TrimStart(), StringComparison.Ordinal);
        Assert.StartsWith("Сегодня 22 августа", editor.QuerySelector("#body-ru")!.TextContent.TrimStart(), StringComparison.Ordinal);
    }
}
