namespace Cms.Web.Data;

/// <summary>Who did what: sign-ins, publishing, deletions, role changes.</summary>
internal sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public string Target { get; set; } = "";

    public string Details { get; set; } = "";
}
