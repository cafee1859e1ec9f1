namespace Cms.Web.Data;

/// <summary>One news item: the fields its translations share.</summary>
internal sealed class Story
{
    public int Id { get; set; }

    /// <summary>Stable key, e.g. <c>2023-08-22-osh-dialogue-platform</c>; the folder name in <c>content/</c>.</summary>
    public required string Key { get; set; }

    public StoryKind Kind { get; set; }

    public DateOnly? EventStart { get; set; }

    public DateOnly? EventEnd { get; set; }

    /// <summary>When the event starts on <see cref="EventStart"/>, in the site's time zone; null: the whole day.</summary>
    public TimeOnly? EventStartTime { get; set; }

    public TimeOnly? EventEndTime { get; set; }

    /// <summary>The key of the place term the event is held at.</summary>
    public string? Venue { get; set; }

    /// <summary>The venue's address line by language code (<c>ru</c> → «ул. Ленина, 205»); any subset of the languages.</summary>
    public Dictionary<string, string> VenueAddress { get; set; } = [];

    public string? OnlineUrl { get; set; }

    public string? RegistrationUrl { get; set; }

    public DateOnly? RegistrationDeadline { get; set; }

    public List<string> Places { get; set; } = [];

    public List<string> Organisers { get; set; } = [];

    public string? Project { get; set; }

    public List<string> Tags { get; set; } = [];

    /// <summary>The story's picture: a stored media name (<c>2026/11/….jpg</c>), shown with its alt text per language.</summary>
    public string? Image { get; set; }

    /// <summary>BCP 47 code of the language the story was first written in.</summary>
    public required string SourceLanguage { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>When the story first went public in any language: the order of language-independent lists.</summary>
    public DateTime? FirstPublishedUtc { get; set; }

    public List<Translation> Translations { get; set; } = [];

    /// <summary>Optimistic concurrency for the shared fields: grows on every save of them.</summary>
    public int Version { get; set; } = 1;

    /// <summary>
    /// Shared fields saved while a translation is published (or scheduled), as JSON of <c>StoryFields</c>:
    /// readers keep seeing the published fields until an editor publishes these.
    /// </summary>
    public string? PendingFields { get; set; }

    /// <summary>When the story was moved to the trash; null while it is not there. Nothing of it is public then.</summary>
    public DateTime? DeletedUtc { get; set; }

    public string? DeletedBy { get; set; }

    /// <summary>Why the scheduler could not apply this story's due publication last time; null when it could.</summary>
    public string? ScheduleError { get; set; }

    public DateTime? ScheduleErrorUtc { get; set; }

    public bool IsInTrash => DeletedUtc is not null;

    /// <summary>Whether anything of the story is public or about to be (published or scheduled).</summary>
    public bool HasPublishedTranslation => Translations.Any(t => t.Status == TranslationStatus.Published);

    /// <summary>
    /// The one rule for what readers see: a translation is live when it should be at <paramref name="nowUtc"/> and
    /// the story is not in the trash. Also recomputes <see cref="FirstPublishedUtc"/>.
    /// </summary>
    public void RefreshLive(DateTime nowUtc)
    {
        foreach (var translation in Translations)
        {
            translation.IsLive = !IsInTrash && translation.ShouldBeLive(nowUtc);
        }

        RefreshFirstPublished();
    }

    /// <summary>Recomputes <see cref="FirstPublishedUtc"/> from the (loaded) translations.</summary>
    public void RefreshFirstPublished() =>
        FirstPublishedUtc = Translations.Where(t => t.Status == TranslationStatus.Published).Min(t => t.PublishedUtc);
}
