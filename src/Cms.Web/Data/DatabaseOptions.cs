namespace Cms.Web.Data;

/// <summary><c>Cms:Database</c>: the provider; its connection string is <c>ConnectionStrings:Cms</c> (for SQLite optional:
/// the default is <c>cms.db</c> in the data directory).</summary>
internal sealed class DatabaseOptions
{
    public const string Section = "Cms:Database";

    public const string ConnectionStringName = "Cms";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
}
