using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Cms.Web.Data.Migrations;

/// <summary>An API token may carry an end date.</summary>
[DbContext(typeof(CmsDbContext))]
[Migration("20261201010000_TokenExpiry")]
internal sealed class TokenExpiry : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder) =>
        migrationBuilder.AddColumn<DateTime>("ExpiresUtc", "ApiTokens", type: "TEXT", nullable: true);

    protected override void Down(MigrationBuilder migrationBuilder) =>
        migrationBuilder.DropColumn("ExpiresUtc", "ApiTokens");
}
