namespace Cms.Web.Data;

/// <summary>
/// A place, organisation, project or tag: a stable key that stories refer to, a label per language (any subset) and
/// aliases that find it. A name that is the same in every language (International Alert) is a <see cref="CommonName"/>.
/// </summary>
internal sealed class Term
{
    public int Id { get; set; }

    public Vocabulary Vocabulary { get; set; }

    /// <summary>Lower-case ASCII words joined by hyphens, unique in its vocabulary; the term page's address.</summary>
    public required string Key { get; set; }

    /// <summary>The name shown in every language when it is the same in all of them; null when it is labelled per language.</summary>
    public string? CommonName { get; set; }

    public List<TermLabel> Labels { get; set; } = [];

    /// <summary>Other spellings that find the term (Osh, ოში), in any language.</summary>
    public List<string> Aliases { get; set; } = [];

    /// <summary>A place's IANA time zone (<c>Asia/Tbilisi</c>): the times of events held there are in it. Null: the
    /// site's <c>Cms:TimeZone</c>.</summary>
    public string? TimeZone { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Optimistic concurrency: grows on every save.</summary>
    public int Version { get; set; } = 1;

    public string? LabelIn(string language) =>
        CommonName ?? Labels.FirstOrDefault(l => string.Equals(l.Language, language, StringComparison.Ordinal))?.Text;
}
