using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Cms.Search.Analysis;
using Cms.Search.Index;
using Cms.Search.Searching;
using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Pages.Shared;
using Cms.Web.Search;

namespace Cms.Web.Cli;

/// <summary><c>search "QUERY" [--lang L] [--sort date] [--page N]</c>: print the hits.</summary>
internal sealed partial class SearchCommand(Analyzers analyzers, SearchIndexer indexer, SiteLanguages languages) : ICliCommand
{
    public Command Create(CliRuntime runtime)
    {
        var query = new Argument<string>("QUERY") { Description = "The query, in the site's search syntax." };
        var language = new Option<string?>("--lang") { Description = "Only translations in this language." };
        language.AcceptOnlyFromAmong([.. languages.Codes]);
        var sort = new Option<string>("--sort") { Description = "Order of the hits.", DefaultValueFactory = _ => "relevance" };
        sort.AcceptOnlyFromAmong("relevance", "date");
        var page = new Option<int>("--page") { Description = "The page of hits.", DefaultValueFactory = _ => 1 };
        page.Validators.Add(result =>
        {
            // A value that is no number already has its parse error; reading it here would throw.
            if (result.Tokens is [{ Value: var text }] && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) && number is < 1 or > PageNumbers.Max)
            {
                result.AddError($"--page must be a whole number from 1 to {PageNumbers.Max}.");
            }
        });
        var command = new Command("search", "Print the hits with snippets and \"also in\" links.") { query, language, sort, page };
        command.SetAction((parse, cancellationToken) => RunAsync(
            new SearchRequest(TextHygiene.Clean(parse.GetRequiredValue(query)), parse.GetValue(language), Sort: parse.GetValue(sort) == "date" ? SearchSort.Date : SearchSort.Relevance, Page: parse.GetValue(page)),
            runtime,
            cancellationToken));
        return command;
    }

    private async Task<int> RunAsync(SearchRequest request, CliRuntime runtime, CancellationToken cancellationToken)
    {
        var output = runtime.Output;
        try
        {
            await indexer.CatchUpAloneAsync(cancellationToken); // no site runs: bring the index up to date first
        }
        catch (IndexLockedException)
        {
            // The site runs and keeps the index up to date: read its last commit (at most a second old), take no lock.
        }

        var index = ReadOnlyIndex.OpenCurrent(indexer.Directory, out var problem);
        if (index is null)
        {
            await runtime.Error.WriteLineAsync($"error: no search index to search ({problem}). Start the site once, or run reindex.");
            return ExitCodes.Failed;
        }

        using var host = new SearchIndexHost(); // owns the index from here
        host.Replace(index);
        host.MayBeIncomplete = false;
        var result = new SearchEngine(analyzers, host).Search(request, runtime.Services.GetRequiredService<IHitTexts>());
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
