using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cms.Web.Data.Migrations;

/// <summary>Search moved to a Lucene index beside the database (<c>Cms:DataDirectory/index/</c>), fed by the change
/// log: the FTS5 tables the old index kept inside the database go.</summary>
[DbContext(typeof(CmsDbContext))]
[Migration("20261201030000_SearchOnLucene")]
internal sealed class SearchOnLucene : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        foreach (var table in new[] { "search_fts", "search_facet", "search_text", "search_doc", "search_meta" })
        {
            migrationBuilder.Sql($"DROP TABLE IF EXISTS {table};");
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        // The old index rebuilt itself when its tables were missing.
    }
}
