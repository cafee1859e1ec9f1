using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cms.Web.Data.Migrations;

/// <summary>An event's venue gets its address line per language, as a JSON object by language code.</summary>
[DbContext(typeof(CmsDbContext))]
[Migration("20261201060000_VenueAddress")]
internal sealed class VenueAddress : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<string>("VenueAddress", "Stories", type: "TEXT", nullable: false, defaultValue: "{}");

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn("VenueAddress", "Stories");
}
