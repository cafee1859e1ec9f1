using Cms.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Cms.Bench.Site;

/// <summary>Adds generated published, live stories (a Russian and a Kyrgyz translation each) straight through EF,
/// in batches; they are not in the search index, which this benchmark does not use.</summary>
internal static class StoryGenerator
{
    public static async Task AddAsync(CmsDbContext db, int count)
    {
        var random = new Random(20261122);
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var start = 0; start < count; start += 1_000)
        {
            for (var i = start; i < Math.Min(count, start + 1_000); i++)
            {
                var published = new DateTime(2015, 1, 1, 6, 0, 0, DateTimeKind.Utc).AddMinutes(random.Next(0, 6_000_000));
                var story = new Story { Key = $"bench-{i:D6}", SourceLanguage = "ky", CreatedUtc = published, Places = ["Ош"], Tags = ["тест"] };
                story.Translations.Add(Translation("ru", $"Материал номер {i} о диалоговой площадке", $"bench-ru-{i:D6}", published, null));
                story.Translations.Add(Translation("ky", $"Диалог аянтчасы тууралуу {i}-материал", $"bench-ky-{i:D6}", published, 1));
                story.RefreshFirstPublished();
                db.Stories.Add(story);
            }

            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
    }

    private static Translation Translation(string language, string title, string slug, DateTime published, int? from) => new()
    {
        Language = language,
        Title = title,
        Slug = slug,
        Summary = "Краткое содержание материала для проверки скорости главной страницы.",
        Body = string.Concat(Enumerable.Repeat("Текст материала. ", 100)),
        Status = TranslationStatus.Published,
        IsLive = true, // what a publish sets; the public lists read only live translations
        PublishedUtc = published,
        UpdatedUtc = published,
        TranslatedFromRevision = from,
    };
}
