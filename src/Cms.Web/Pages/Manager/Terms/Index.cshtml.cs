using Cms.Web.Content.Rules;
using Cms.Web.Data;
using Cms.Web.Infrastructure;
using Cms.Web.Pages.Shared;
using Cms.Web.Terms;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Pages.Manager.Terms;

/// <summary>
/// <c>/manager/terms</c>: every term of a vocabulary with its label in each language (missing ones stand out, like the
/// stories matrix) and how many stories use it; filtered by vocabulary, by a name, or to terms missing a label.
/// </summary>
internal sealed class IndexModel(CmsDbContext db, TermService terms, SiteLanguages languages, SiteClock clock) : ManagerPageModel(languages, clock)
{
    public const int PageSize = 50;

    [FromQuery(Name = "vocabulary")]
    public string? VocabularyText { get; set; }

    [FromQuery(Name = "q")]
    public string? Query { get; set; }

    [FromQuery(Name = "missing")]
    public string? Missing { get; set; }

    [FromQuery(Name = "page")]
    public string? PageText { get; set; }

    public Vocabulary Vocabulary { get; private set; } = Vocabulary.Tag;

    public IReadOnlyList<(TermEntry Term, int Stories)> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public int PageNumber { get; private set; } = 1;

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if ((VocabularyText is not null && !Vocabularies.TryParse(VocabularyText, out _)) || !PageNumbers.TryParse(PageText, out var page)
            || (Missing is not null && !Languages.IsSupported(Missing)))
        {
            return BadRequest();
        }

        Vocabulary = Vocabularies.TryParse(VocabularyText, out var vocabulary) ? vocabulary : Vocabulary.Tag;
        var catalog = await terms.CatalogAsync(cancellationToken);
        var query = Query?.Trim() is { Length: > 0 } q ? TermNames.Normalize(q) : null;
        var matching = catalog.All.Where(t => t.Vocabulary == Vocabulary)
            .Where(t => query is null || t.Key.Contains(query, StringComparison.Ordinal)
                || t.Names.Any(n => TermNames.Normalize(n).Contains(query, StringComparison.Ordinal)))
            .Where(t => Missing is null || (t.CommonName is null && !t.Labels.ContainsKey(Missing)))
            .ToList();
        Total = matching.Count;
        PageNumber = Math.Min(page, PageCount);
        var shown = matching.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        var rows = new List<(TermEntry, int)>();
        foreach (var term in shown)
        {
            rows.Add((term, await StoryTerms.Referring(db.Stories.AsNoTracking().Where(s => s.DeletedUtc == null), Vocabulary, term.Key).CountAsync(cancellationToken)));
        }

        Rows = rows;
        return Page();
    }

    public string ListUrl(Vocabulary vocabulary, string? missing, int page = 1) =>
        $"/manager/terms?vocabulary={Vocabularies.Name(vocabulary)}"
        + (missing is null ? "" : "&missing=" + missing)
        + (string.IsNullOrWhiteSpace(Query) ? "" : "&q=" + Uri.EscapeDataString(Query))
        + (page > 1 ? "&page=" + page.ToString(System.Globalization.CultureInfo.InvariantCulture) : "");
}
