using Cms.Search.Searching;
using Cms.Web.Data;
using Cms.Web.Markdown;
using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Search;

/// <summary>The texts of a page of hits, read from the database by translation id (the index stores none): the live
/// title, summary and the body as the plain text readers see.</summary>
internal sealed class DbHitTexts(CmsDbContext db, MarkdownRenderer markdown) : IHitTexts
{
    public IReadOnlyDictionary<long, HitText> Read(IReadOnlyCollection<long> translationIds)
    {
        var ids = translationIds.Select(id => (int)id).ToList();
        return db.Translations.AsNoTracking()
            .Where(t => ids.Contains(t.Id) && t.IsLive)
            .Select(t => new { t.Id, t.Title, t.Summary, t.Body })
            .AsEnumerable()
            .ToDictionary(t => (long)t.Id, t => new HitText(t.Title, t.Summary, markdown.ToPlainTextOrSource(t.Body).Trim()));
    }
}
