using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cms.Web.Data.Migrations;

/// <summary>The change log every content transaction appends to.</summary>
[DbContext(typeof(CmsDbContext))]
[Migration("20261201020000_ChangeLog")]
internal sealed class ChangeLog : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "ChangeLog",
            columns: table => new
            {
                Sequence = table.Column<long>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                StoryId = table.Column<int>(type: "INTEGER", nullable: false),
                StoryKey = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                Translations = table.Column<string>(type: "TEXT", nullable: false),
                AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ChangeLog", x => x.Sequence));
        migrationBuilder.CreateIndex("IX_ChangeLog_AtUtc", "ChangeLog", "AtUtc");
    }

    protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.DropTable("ChangeLog");
}
