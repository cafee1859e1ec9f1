using Cms.Web.Content;
using Cms.Web.Infrastructure;
using Cms.Web.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Cms.Web.Data;

/// <summary>Applies migrations and, on a database with no story, imports the content tree.</summary>
internal sealed partial class DatabaseInitializer(
    CmsDbContext db,
    CmsPaths paths,
    IOptions<CmsOptions> options,
    IServiceProvider services,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool seed, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(paths.DataDirectory);
        await db.Database.MigrateAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        if (await services.GetRequiredService<SearchReindexer>().EnsureCurrentAsync(cancellationToken))
        {
            LogReindexed();
        }

        if (!seed || !options.Value.ImportContentOnEmptyDatabase || await db.Stories.AnyAsync(cancellationToken))
        {
            return;
        }

        if (!Directory.Exists(paths.ContentDirectory))
        {
            LogNoContent(paths.ContentDirectory);
            return;
        }

        var importer = services.GetRequiredService<ContentImporter>();
        var result = await importer.ImportAsync(paths.ContentDirectory, cancellationToken);
        LogSeeded(paths.ContentDirectory, result.ToString());
    }

    [LoggerMessage(LogLevel.Warning, "Content directory {Directory} not found; starting with an empty site")]
    private partial void LogNoContent(string directory);

    [LoggerMessage(LogLevel.Information, "Search index rebuilt for the current analysers")]
    private partial void LogReindexed();

    [LoggerMessage(LogLevel.Information, "Imported {Directory}: {Result}")]
    private partial void LogSeeded(string directory, string result);
}
