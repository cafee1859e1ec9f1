using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cms.Web.Data.Migrations;

/// <summary>Pictures get their renditions (smaller WebP and JPEG copies), a caption and credit per language and a
/// credit shared by the languages. Renditions of pictures uploaded before are made on the next start.</summary>
[DbContext(typeof(CmsDbContext))]
[Migration("20261201070000_MediaRenditions")]
internal sealed class MediaRenditions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<string>("Credit", "Media", type: "TEXT", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<string>("Caption", "MediaAltText", type: "TEXT", maxLength: 500, nullable: true);
        migrationBuilder.AddColumn<string>("Credit", "MediaAltText", type: "TEXT", maxLength: 200, nullable: true);
        migrationBuilder.CreateTable(
            name: "MediaRenditions",
            columns: table => new
            {
                MediaItemId = table.Column<int>(type: "INTEGER", nullable: false),
                ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                Width = table.Column<int>(type: "INTEGER", nullable: false),
                Height = table.Column<int>(type: "INTEGER", nullable: false),
                StoredName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                SizeBytes = table.Column<long>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MediaRenditions", x => new { x.MediaItemId, x.ContentType, x.Width });
                table.ForeignKey("FK_MediaRenditions_Media_MediaItemId", x => x.MediaItemId, "Media", "Id", onDelete: ReferentialAction.Cascade);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("MediaRenditions");
        migrationBuilder.DropColumn("Credit", "MediaAltText");
        migrationBuilder.DropColumn("Caption", "MediaAltText");
        migrationBuilder.DropColumn("Credit", "Media");
    }
}
