namespace Cms.Web.Data;

/// <summary>A bearer token an admin issued to a user for integrations; only its SHA-256 hash is stored.</summary>
internal sealed class ApiToken
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public required string Name { get; set; }

    public required string TokenHash { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? RevokedUtc { get; set; }

    /// <summary>The token stops working at this time; null: no end date.</summary>
    public DateTime? ExpiresUtc { get; set; }
}
