using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Data.Sqlite;

/// <summary>The model on SQLite: the embedded default.</summary>
internal sealed class SqliteCmsDbContext(DbContextOptions<SqliteCmsDbContext> options) : CmsDbContext(options);
