using System.Text.Json;
using Cms.Web.Data;
using Cms.Web.Newsroom;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;

namespace Cms.Web.Tests.Data;

/// <summary>A database from before terms, its places, organisers, projects and tags stored as text, upgrades in place:
/// the same name after normalising dashes, quotes and case becomes one term, labelled in the language it is written in.</summary>
public sealed class TermUpgradeTests : IDisposable
{
    private static readonly DateTime Published = new(2024, 3, 1, 6, 0, 0, DateTimeKind.Utc);
    private const string AddEventColumns = """
        ALTER TABLE Stories ADD COLUMN EventStartTime TEXT NULL; ALTER TABLE Stories ADD COLUMN EventEndTime TEXT NULL;
        ALTER TABLE Stories ADD COLUMN Venue TEXT NULL; ALTER TABLE Stories ADD COLUMN OnlineUrl TEXT NULL;
        ALTER TABLE Stories ADD COLUMN RegistrationUrl TEXT NULL; ALTER TABLE Stories ADD COLUMN RegistrationDeadline TEXT NULL;
        """;

    private const string DropEventColumns = """
        ALTER TABLE Stories DROP COLUMN EventStartTime; ALTER TABLE Stories DROP COLUMN EventEndTime;
        ALTER TABLE Stories DROP COLUMN Venue; ALTER TABLE Stories DROP COLUMN OnlineUrl;
        ALTER TABLE Stories DROP COLUMN RegistrationUrl; ALTER TABLE Stories DROP COLUMN RegistrationDeadline;
        """;

    private readonly TempDirectory data = new();

    [Fact]
    public async Task Stored_names_become_terms_and_the_stories_refer_to_their_keys()
    {
        var options = new DbContextOptionsBuilder<CmsDbContext>().UseSqlite($"Data Source={Path.Combine(data.Path, "cms.db")}").Options;
        await using (var db = new CmsDbContext(options))
        {
            await db.GetService<IMigrator>().MigrateAsync("20261201030000_SearchOnLucene");
            // Today's model writes the event columns a later migration adds: they exist only while the rows go in.
            await db.Database.ExecuteSqlRawAsync(AddEventColumns);

            db.Stories.AddRange(
                Story("ky-one", "ky", ["Ош"], ["International Alert"], "Аракет — Кыргызстандын жаңы конуштарында", ["жаңы конуштар", "Диалог аянтчасы"]),
                Story("ky-two", "ky", ["Ош"], [], "«Аракет – Кыргызстандын жаңы конуштарында»", ["диалог аянтчасы"]),
                Story("ru-one", "ru", ["Ош"], ["International Alert"], "Аракет – за улучшение жизни в новостройках", ["новостройки"]),
                Story("ka-one", "ka", ["ოში"], [], null, ["უსაფრთხოება"]));
            await db.SaveChangesAsync();
            var pending = await db.Stories.SingleAsync(s => s.Key == "ky-two");
            pending.PendingFields = JsonSerializer.Serialize(StoryFields.Of(pending) with { Tags = ["ЖАҢЫ КОНУШТАР"] });
            await db.SaveChangesAsync();
            await db.Database.ExecuteSqlRawAsync(DropEventColumns);
        }

        SqliteConnection.ClearAllPools();
        await using var site = new ExistingDataFactory(data);
        using var client = site.CreateClient();
        await using var scope = site.Services.CreateAsyncScope();
        var upgraded = scope.ServiceProvider.GetRequiredService<CmsDbContext>();
        var terms = await upgraded.Terms.AsNoTracking().Include(t => t.Labels).ToListAsync();
        var stories = await upgraded.Stories.AsNoTracking().ToDictionaryAsync(s => s.Key);

        var osh = Assert.Single(terms, t => t.Vocabulary == Vocabulary.Place && t.Key == "osh");
        Assert.Equal(["ky:Ош", "ru:Ош"], osh.Labels.OrderBy(l => l.Language, StringComparer.Ordinal).Select(l => l.Language + ":" + l.Text));
        var oshi = Assert.Single(terms, t => t.Vocabulary == Vocabulary.Place && t.Key != "osh");
        Assert.Equal("ka", Assert.Single(oshi.Labels).Language);
        Assert.Equal(["osh"], stories["ky-one"].Places);
        Assert.Equal(["osh"], stories["ru-one"].Places);

        // The two Kyrgyz spellings of the project differ only in dash and quotes: one term. The Russian name is another.
        var projects = terms.Where(t => t.Vocabulary == Vocabulary.Project).ToList();
        Assert.Equal(2, projects.Count);
        Assert.Equal(stories["ky-one"].Project, stories["ky-two"].Project);
        Assert.NotEqual(stories["ky-one"].Project, stories["ru-one"].Project);
        Assert.Equal("ru", Assert.Single(projects.Single(p => p.Key == stories["ru-one"].Project).Labels).Language);

        var tags = terms.Where(t => t.Vocabulary == Vocabulary.Tag).ToList();
        Assert.Equal(4, tags.Count); // жаңы конуштар, диалог аянтчасы (two cases), новостройки, უსაფრთხოება
        Assert.Equal(stories["ky-one"].Tags[1], stories["ky-two"].Tags[0]);
        var alert = Assert.Single(terms, t => t.Vocabulary == Vocabulary.Organisation);
        Assert.Equal("International Alert", alert.CommonName);
        Assert.Empty(alert.Labels);

        // Unpublished shared fields refer to keys too.
        var pendingFields = NewsroomService.WorkingFieldsOf(stories["ky-two"]);
        Assert.Equal([stories["ky-one"].Tags[0]], pendingFields.Tags);

        // Pages name them: the Russian article shows its place and project by their labels.
        var page = await client.GetStringAsync("/ru/news/ru-one-ru");
        Assert.Contains("href=\"/ru/place/osh\"", page, StringComparison.Ordinal);
        Assert.Contains("Аракет – за улучшение жизни в новостройках", page, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        data.Dispose();
    }

    private static Story Story(string key, string language, List<string> places, List<string> organisers, string? project, List<string> tags) => new()
    {
        Key = key,
        SourceLanguage = language,
        CreatedUtc = Published,
        FirstPublishedUtc = Published,
        Places = places,
        Organisers = organisers,
        Project = project,
        Tags = tags,
        Translations =
        [
            new Translation
            {
                Language = language, Title = key, Slug = key + "-" + language, Summary = "", Body = "Текст.", BodyHtml = "<p>Текст.</p>",
                Status = TranslationStatus.Published, PublishedUtc = Published, UpdatedUtc = Published, IsLive = true,
            },
        ],
    };
}
