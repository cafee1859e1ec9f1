namespace Cms.Web.Data;

/// <summary>Where the content lives: an embedded SQLite file (one node) or PostgreSQL (one or several nodes).</summary>
internal enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
