namespace Cms.Web.Data;

/// <summary>A term's name in one language.</summary>
internal sealed class TermLabel
{
    public int TermId { get; set; }

    public required string Language { get; set; }

    public required string Text { get; set; }
}
