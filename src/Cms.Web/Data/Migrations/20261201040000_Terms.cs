using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cms.Web.Data.Migrations;

/// <summary>Places, organisations, projects and tags become terms with a label per language. The stories' lists keep
/// their columns and hold term keys from now on; <see cref="Cms.Web.Terms.TermUpgrade"/> turns the strings written
/// before into terms right after this migration.</summary>
[DbContext(typeof(CmsDbContext))]
[Migration(Id)]
internal sealed class Terms : Migration
{
    public const string Id = "20261201040000_Terms";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Terms",
            columns: table => new
            {
                Id = table.Column<int>(type: "INTEGER", nullable: false).Annotation("Sqlite:Autoincrement", true),
                Vocabulary = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                Key = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                CommonName = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                Aliases = table.Column<string>(type: "TEXT", nullable: false),
                UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                Version = table.Column<int>(type: "INTEGER", nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Terms", x => x.Id));
        migrationBuilder.CreateIndex("IX_Terms_Vocabulary_Key", "Terms", ["Vocabulary", "Key"], unique: true);
        migrationBuilder.CreateTable(
            name: "TermLabel",
            columns: table => new
            {
                TermId = table.Column<int>(type: "INTEGER", nullable: false),
                Language = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                Text = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TermLabel", x => new { x.TermId, x.Language });
                table.ForeignKey("FK_TermLabel_Terms_TermId", x => x.TermId, "Terms", "Id", onDelete: ReferentialAction.Cascade);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable("TermLabel");
        migrationBuilder.DropTable("Terms");
    }
}
