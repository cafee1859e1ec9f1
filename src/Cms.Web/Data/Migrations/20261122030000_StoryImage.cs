using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cms.Web.Data.Migrations;

/// <summary>A story's picture, shared by its translations.</summary>
[DbContext(typeof(CmsDbContext))]
[Migration("20261122030000_StoryImage")]
internal sealed class StoryImage : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>("Image", "Stories", type: "TEXT", maxLength: 100, nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn("Image", "Stories");
}
