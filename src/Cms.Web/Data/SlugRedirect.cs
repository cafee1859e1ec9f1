namespace Cms.Web.Data;

/// <summary>A slug a translation had before; answers 301 to the current one.</summary>
internal sealed class SlugRedirect
{
    public int Id { get; set; }

    public required string Language { get; set; }

    public required string Slug { get; set; }

    public int TranslationId { get; set; }

    public Translation Translation { get; set; } = null!;
}
