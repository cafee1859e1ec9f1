using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cms.Web.Data.Migrations;

/// <summary>Stories get the time they first went public, indexed, for language-independent lists.</summary>
[DbContext(typeof(CmsDbContext))]
[Migration("20261122010000_StoryFirstPublished")]
internal sealed class StoryFirstPublished : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<DateTime>("FirstPublishedUtc", "Stories", type: "TEXT", nullable: true);
        migrationBuilder.CreateIndex("IX_Stories_FirstPublishedUtc_Id", "Stories", ["FirstPublishedUtc", "Id"]);
        migrationBuilder.Sql("""
            UPDATE Stories SET FirstPublishedUtc =
                (SELECT min(t.PublishedUtc) FROM Translations t WHERE t.StoryId = Stories.Id AND t.Status = 'Published');
            """);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropIndex("IX_Stories_FirstPublishedUtc_Id", "Stories");
        migrationBuilder.DropColumn("FirstPublishedUtc", "Stories");
    }
}
