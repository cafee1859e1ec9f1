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

    /// <summary>Recomputes <see cref="FirstPublishedUtc"/> from the (loaded) translations.</summary>
    public void RefreshFirstPublished() =>
        FirstPublishedUtc = Translations.Where(t => t.Status == TranslationStatus.Published).Min(t => t.PublishedUtc);
}
