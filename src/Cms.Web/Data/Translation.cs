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

    /// <summary>The body rendered by the site's Markdown pipeline when it was saved; null renders on view.</summary>
    public string? BodyHtml { get; set; }

    /// <summary>
    /// While the translation is published (or scheduled), a save stores its text as this revision instead of
    /// changing what readers see; publishing applies it. Null when there are no unpublished changes.
    /// </summary>
    public int? PendingRevisionId { get; set; }

    public TranslationStatus Status { get; set; }

    /// <summary>When it goes (or went) public; in the future while scheduled.</summary>
    public DateTime? PublishedUtc { get; set; }

    /// <summary>When it stops being public (embargo end, expiry); null for never.</summary>
    public DateTime? UnpublishUtc { get; set; }

    /// <summary>Public and in the search index right now; flipped only together with the index.</summary>
    public bool IsLive { get; set; }

    /// <summary>Optimistic concurrency: grows on every save, so a second editor's stale save is refused.</summary>
    public int Version { get; set; } = 1;

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Grows by one each time the title, summary or body changes.</summary>
    public int Revision { get; set; } = 1;

    /// <summary>The revision of the source-language translation this one was made from; null for the source itself.</summary>
    public int? TranslatedFromRevision { get; set; }

    /// <summary>Whether it should be public at <paramref name="nowUtc"/>; <see cref="IsLive"/> follows this.</summary>
    public bool ShouldBeLive(DateTime nowUtc) =>
        Status == TranslationStatus.Published && PublishedUtc is { } at && at <= nowUtc
        && (UnpublishUtc is not { } end || end > nowUtc);

    public bool IsScheduled(DateTime nowUtc) =>
        Status == TranslationStatus.Published && PublishedUtc is { } at && at > nowUtc;
}
