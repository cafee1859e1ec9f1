using Cms.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Cms.Web.Infrastructure;

/// <summary>Absolute paths derived from <see cref="CmsOptions"/>.</summary>
internal sealed class CmsPaths
{
    public CmsPaths(IOptions<CmsOptions> options, IConfiguration configuration, IHostEnvironment environment)
    {
        DataDirectory = Path.GetFullPath(options.Value.DataDirectory, environment.ContentRootPath);
        ContentDirectory = Path.GetFullPath(options.Value.ContentDirectory, environment.ContentRootPath);
        var provider = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider ?? DatabaseProvider.Sqlite;
        DatabaseFile = (provider == DatabaseProvider.Sqlite ? SqliteFile(configuration.GetConnectionString(DatabaseOptions.ConnectionStringName)) : null)
            ?? Path.Combine(DataDirectory, "cms.db");
    }

    public string DataDirectory { get; }

    public string ContentDirectory { get; }

    /// <summary>The SQLite database: <c>cms.db</c> in the data directory, or the file <c>ConnectionStrings:Cms</c> names,
    /// which processes with data directories of their own may share (the migration gate lies beside it).</summary>
    public string DatabaseFile { get; }

    private static string? SqliteFile(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return null;
        }

        // SQLite reads a relative name against the working directory.
        var source = new SqliteConnectionStringBuilder(connectionString).DataSource;
        return string.IsNullOrWhiteSpace(source) || source == ":memory:" ? null : Path.GetFullPath(source);
    }
}
