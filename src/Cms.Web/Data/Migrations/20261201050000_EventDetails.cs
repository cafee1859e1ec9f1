using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cms.Web.Data.Migrations;

/// <summary>Events get their times, venue, online and registration links and registration deadline.</summary>
[DbContext(typeof(CmsDbContext))]
[Migration("20261201050000_EventDetails")]
internal sealed class EventDetails : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.AddColumn<TimeOnly>("EventStartTime", "Stories", type: "TEXT", nullable: true);
        migrationBuilder.AddColumn<TimeOnly>("EventEndTime", "Stories", type: "TEXT", nullable: true);
        migrationBuilder.AddColumn<string>("Venue", "Stories", type: "TEXT", maxLength: 80, nullable: true);
        migrationBuilder.AddColumn<string>("OnlineUrl", "Stories", type: "TEXT", maxLength: 500, nullable: true);
        migrationBuilder.AddColumn<string>("RegistrationUrl", "Stories", type: "TEXT", maxLength: 500, nullable: true);
        migrationBuilder.AddColumn<DateOnly>("RegistrationDeadline", "Stories", type: "TEXT", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var column in new[] { "EventStartTime", "EventEndTime", "Venue", "OnlineUrl", "RegistrationUrl", "RegistrationDeadline" })
        {
            migrationBuilder.DropColumn(column, "Stories");
        }
    }
}
