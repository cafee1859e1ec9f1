namespace Cms.Web.Pages.Manager.Stories;

/// <summary>One translation's column of the editor's form.</summary>
internal sealed class EditorColumnForm
{
    public string Language { get; set; } = "";

    public int? Version { get; set; }

    public string? Original { get; set; }

    public string? Title { get; set; }

    public string? Slug { get; set; }

    public string? Summary { get; set; }

    public string? Body { get; set; }

    public bool Reviewed { get; set; }

    public string? At { get; set; }

    public string? Until { get; set; }
}
