using System.Net;
using System.Text.RegularExpressions;
using Cms.Search.Searching;
using Cms.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Cli;

/// <summary><c>search "QUERY" [--lang L] [--page N]</c>: print the hits.</summary>
internal sealed partial class SearchCommand(SearchEngine engine) : ICliCommand
{
    public string Name => "search";

    public string Usage => "search \"QUERY\" [--lang ky|ru|ka] [--sort date] [--page N]   print the hits";

    public async Task<int> RunAsync(IReadOnlyList<string> arguments, IServiceProvider services, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        string? query = null, language = null;
        var page = 1;
        var sort = SearchSort.Relevance;
        for (var i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--lang" when i + 1 < arguments.Count:
                    language = arguments[++i];
                    break;
                case "--page" when i + 1 < arguments.Count && int.TryParse(arguments[i + 1], System.Globalization.CultureInfo.InvariantCulture, out page) && page > 0:
                    i++;
                    break;
                case "--sort" when i + 1 < arguments.Count && arguments[i + 1] is "date" or "relevance":
                    sort = arguments[++i] == "date" ? SearchSort.Date : SearchSort.Relevance;
                    break;
                default:
                    if (query is not null || arguments[i].StartsWith("--", StringComparison.Ordinal))
                    {
                        await error.WriteLineAsync("usage: " + Usage);
                        return ExitCodes.Usage;
                    }

                    query = arguments[i];
                    break;
            }
        }

        if (query is null || page < 1)
        {
            await error.WriteLineAsync("usage: " + Usage);
            return ExitCodes.Usage;
        }

        var db = services.GetRequiredService<CmsDbContext>();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var result = engine.Search((SqliteConnection)db.Database.GetDbConnection(), new SearchRequest(query, language, Sort: sort, Page: page));
        if (result.FellBackToOr)
        {
            await output.WriteLineAsync("(no story has all the words; showing stories with any of them)");
        }

        await output.WriteLineAsync($"{result.Total} stories, page {result.Page}");
        var rank = (result.Page - 1) * result.PageSize;
        foreach (var hit in result.Hits)
        {
            await output.WriteLineAsync($"{++rank,3}. [{hit.Language}] {hit.Title}  /{hit.Language}/news/{hit.Slug}  score {hit.Score:0.00}");
            await output.WriteLineAsync("     " + WebUtility.HtmlDecode(Tags().Replace(hit.SnippetHtml, m => m.Value == "<mark>" ? "[" : "]")));
            if (hit.OtherTranslations.Count > 0)
            {
                await output.WriteLineAsync("     also in: " + string.Join(", ", hit.OtherTranslations.Select(t => $"{t.Language} /{t.Language}/news/{t.Slug}")));
            }
        }

        return ExitCodes.Ok;
    }

    [GeneratedRegex("</?mark>")]
    private static partial Regex Tags();
}
