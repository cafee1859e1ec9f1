using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cms.Web.Data.Migrations;

/// <summary>
/// Unpublished changes of live translations and shared fields, the trash, the scheduler's per-story errors,
/// and the rendered body kept with the text.
/// </summary>
[DbContext(typeof(CmsDbContext))]
[Migration("20261201000000_WorkingCopies")]
internal sealed class WorkingCopies : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<int>("Version", "Stories", type: "INTEGER", nullable: false, defaultValue: 1);
        migrationBuilder.AddColumn<string>("PendingFields", "Stories", type: "TEXT", nullable: true);
        migrationBuilder.AddColumn<DateTime>("DeletedUtc", "Stories", type: "TEXT", nullable: true);
        migrationBuilder.AddColumn<string>("DeletedBy", "Stories", type: "TEXT", maxLength: 256, nullable: true);
        migrationBuilder.AddColumn<string>("ScheduleError", "Stories", type: "TEXT", maxLength: 500, nullable: true);
        migrationBuilder.AddColumn<DateTime>("ScheduleErrorUtc", "Stories", type: "TEXT", nullable: true);
        migrationBuilder.CreateIndex("IX_Stories_DeletedUtc", "Stories", "DeletedUtc");
        migrationBuilder.AddColumn<string>("BodyHtml", "Translations", type: "TEXT", nullable: true);
        migrationBuilder.AddColumn<int>("PendingRevisionId", "Translations", type: "INTEGER", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("PendingRevisionId", "Translations");
        migrationBuilder.DropColumn("BodyHtml", "Translations");
        migrationBuilder.DropIndex("IX_Stories_DeletedUtc", "Stories");
        migrationBuilder.DropColumn("ScheduleErrorUtc", "Stories");
        migrationBuilder.DropColumn("ScheduleError", "Stories");
        migrationBuilder.DropColumn("DeletedBy", "Stories");
        migrationBuilder.DropColumn("DeletedUtc", "Stories");
        migrationBuilder.DropColumn("PendingFields", "Stories");
        migrationBuilder.DropColumn("Version", "Stories");
    }
}
