namespace Cms.Web.Data;

/// <summary>A story in one language.</summary>
internal sealed class Translation
{
    public int Id { get; set; }

    public int StoryId { get; set; }

    public Story Story { get; set; } = null!;

    /// <summary>BCP 47 code: ky, ru, ka.</summary>
    public required string Language { get; set; }

    public required string Title { get; set; }

    public required string Slug { get; set; }

    public string Summary { get; set; } = "";

    /// <summary>Markdown.</summary>
    public string Body { get; set; } = "";

    public TranslationStatus Status { get; set; }

    public DateTime? PublishedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Grows by one each time the title, summary or body changes.</summary>
    public int Revision { get; set; } = 1;

    /// <summary>The revision of the source-language translation this one was made from; null for the source itself.</summary>
    public int? TranslatedFromRevision { get; set; }

    public bool IsPublic(DateTime nowUtc) =>
        Status == TranslationStatus.Published && PublishedUtc is { } at && at <= nowUtc;
}
