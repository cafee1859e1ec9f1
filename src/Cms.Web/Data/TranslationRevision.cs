namespace Cms.Web.Data;

/// <summary>A snapshot of a translation (and its story's shared fields) taken at every save.</summary>
internal sealed class TranslationRevision
{
    public int Id { get; set; }

    public int TranslationId { get; set; }

    public Translation Translation { get; set; } = null!;

    /// <summary>The translation's content revision (<see cref="Data.Translation.Revision"/>) this snapshot holds.</summary>
    public int ContentRevision { get; set; }

    public required string Title { get; set; }

    public required string Slug { get; set; }

    public string Summary { get; set; } = "";

    public string Body { get; set; } = "";

    public TranslationStatus Status { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public DateTime? UnpublishUtc { get; set; }

    public int? TranslatedFromRevision { get; set; }

    /// <summary>The story's shared fields at the time, as JSON.</summary>
    public string StoryFields { get; set; } = "{}";

    public DateTime SavedUtc { get; set; }

    public required string SavedBy { get; set; }

    /// <summary>What the save was: "save", "submit", "publish", "restore of #12", "import", …</summary>
    public string Note { get; set; } = "";
}
