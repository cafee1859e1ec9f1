using System.Net;
using Cms.Web.Tests.Newsroom;

namespace Cms.Web.Tests.Pages.Manager;

/// <summary>Paste and split: a headline-length title and a summary are proposed; a text already stored is pointed out.</summary>
public sealed class PasteTests(NewsroomFactory factory) : IClassFixture<NewsroomFactory>
{
    private const string Release =
        "В Бишкеке 12 марта состоялся круглый стол о роли местных сообществ в развитии новостроек, в котором приняли "
        + "участие представители мэрии, депутаты городского кенеша, жители жилмассивов и эксперты гражданского общества. "
        + "Участники обсудили доступ к воде и транспорту.\n\n"
        + "По итогам встречи была создана рабочая группа, которая подготовит предложения для мэрии до конца апреля.";

    private static async Task<AngleSharp.Dom.IDocument> SplitAsync(HttpClient client, string text)
    {
        using var response = await NewsroomFactory.PostFormAsync(client, "/manager/paste", "/manager/paste?handler=split", [new("Text", text)]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await Html.ParseAsync(response);
    }

    [Fact]
    public async Task A_long_first_sentence_gives_a_headline_and_a_summary()
    {
        using var editor = await factory.ClientAsync("editor");

        var page = await SplitAsync(editor, Release);

        var title = page.QuerySelector("#title-0")!.GetAttribute("value")!;
        Assert.Equal("В Бишкеке 12 марта состоялся круглый стол о роли местных сообществ в развитии новостроек", title);
        var summary = page.QuerySelector("#summary-0")!;
        Assert.Equal("textarea", summary.LocalName);
        Assert.Equal("ru", summary.GetAttribute("lang"));
        Assert.StartsWith("В Бишкеке 12 марта состоялся круглый стол", summary.TextContent, StringComparison.Ordinal);
        Assert.EndsWith("Участники обсудили доступ к воде и транспорту.", summary.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#matches"));
    }

    [Fact]
    public async Task Pasting_a_text_that_is_already_a_story_warns_and_links_it()
    {
        using var editor = await factory.ClientAsync("editor");
        var text = Release.Replace("12 марта", "14 марта", StringComparison.Ordinal);
        var first = await SplitAsync(editor, text);
        Assert.Null(first.QuerySelector("#matches"));
        var form = first.QuerySelectorAll("form[action*=create] input[name], form[action*=create] textarea[name], form[action*=create] select[name]")
            .Where(e => e.GetAttribute("name") != "__RequestVerificationToken" && !(e.GetAttribute("type") == "hidden" && e.GetAttribute("value") == "false"))
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e.LocalName switch
            {
                "textarea" => e.TextContent,
                "select" => e.QuerySelector("option[selected]")?.GetAttribute("value") ?? e.QuerySelector("option")!.GetAttribute("value")!,
                _ => e.GetAttribute("value") ?? "",
            }))
            .ToList();
        using var created = await NewsroomFactory.PostFormAsync(editor, "/manager/paste", "/manager/paste?handler=create", form);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var again = await SplitAsync(editor, text);

        var matches = again.QuerySelector("#matches");
        Assert.NotNull(matches);
        var link = matches.QuerySelector("li a")!;
        Assert.Equal(created.Headers.Location!.ToString().Split('?')[0], link.GetAttribute("href"));
        Assert.Equal("ru", link.GetAttribute("lang"));
        Assert.Contains("уже существующий материал", matches.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_release_proposes_the_places_it_names_and_a_date_without_a_year_in_the_year_of_publication()
    {
        using var editor = await factory.ClientAsync("editor");

        // The factory's clock stands in November 2026: "22-августа" without a year is 22 August 2026.
        var page = await SplitAsync(editor, "Бүгүн, 22-августа Ош шаарында диалог аянтчасынын жыйыны өттү. Бишкекте да ушундай жыйын болот. Ошибка эмес.");

        Assert.Equal("Ош\nБишкек", page.QuerySelector("textarea#places")!.TextContent.Trim());
        var start = page.QuerySelector("#eventStart")!.GetAttribute("value");
        Assert.Contains("2026", start, StringComparison.Ordinal);
        Assert.Contains("22", start, StringComparison.Ordinal);
    }
}
