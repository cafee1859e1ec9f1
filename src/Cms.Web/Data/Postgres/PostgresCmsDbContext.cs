using Microsoft.EntityFrameworkCore;

namespace Cms.Web.Data.Postgres;

/// <summary>The model on PostgreSQL: one database for several web nodes.</summary>
internal sealed class PostgresCmsDbContext(DbContextOptions<PostgresCmsDbContext> options) : CmsDbContext(options);
