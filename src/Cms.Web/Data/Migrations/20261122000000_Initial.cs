using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cms.Web.Data.Migrations;

/// <summary>
/// Written by hand: the package mirror has no EF design-time tooling. A test checks that the migrated schema equals
/// the one the model would create.
/// </summary>
[DbContext(typeof(CmsDbContext))]
[Migration("20261122000000_Initial")]
internal sealed class Initial : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Stories",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                EventStart = table.Column<DateOnly>(type: "TEXT", nullable: true),
                EventEnd = table.Column<DateOnly>(type: "TEXT", nullable: true),
                Places = table.Column<string>(type: "TEXT", nullable: false),
                Organisers = table.Column<string>(type: "TEXT", nullable: false),
                Project = table.Column<string>(type: "TEXT", nullable: true),
                Tags = table.Column<string>(type: "TEXT", nullable: false),
                SourceLanguage = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Stories", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Translations",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                StoryId = table.Column<int>(type: "INTEGER", nullable: false),
                Language = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                Title = table.Column<string>(type: "TEXT", nullable: false),
                Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                Summary = table.Column<string>(type: "TEXT", nullable: false),
                Body = table.Column<string>(type: "TEXT", nullable: false),
                Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                PublishedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                Revision = table.Column<int>(type: "INTEGER", nullable: false),
                TranslatedFromRevision = table.Column<int>(type: "INTEGER", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Translations", x => x.Id);
                table.ForeignKey("FK_Translations_Stories_StoryId", x => x.StoryId, "Stories", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SlugRedirects",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Language = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                Slug = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                TranslationId = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SlugRedirects", x => x.Id);
                table.ForeignKey("FK_SlugRedirects_Translations_TranslationId", x => x.TranslationId, "Translations", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_Stories_Key", "Stories", "Key", unique: true);
        migrationBuilder.CreateIndex("IX_Translations_Language_Slug", "Translations", ["Language", "Slug"], unique: true);
        migrationBuilder.CreateIndex("IX_Translations_StoryId_Language", "Translations", ["StoryId", "Language"], unique: true);
        migrationBuilder.CreateIndex("IX_Translations_Language_Status_PublishedUtc_Id", "Translations", ["Language", "Status", "PublishedUtc", "Id"]);
        migrationBuilder.CreateIndex("IX_SlugRedirects_Language_Slug", "SlugRedirects", ["Language", "Slug"], unique: true);
        migrationBuilder.CreateIndex("IX_SlugRedirects_TranslationId", "SlugRedirects", "TranslationId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("SlugRedirects");
        migrationBuilder.DropTable("Translations");
        migrationBuilder.DropTable("Stories");
    }
}
