namespace Cms.Web.Pages.Manager;

/// <summary>One proposed translation on the paste page, as the user confirms or corrects it.</summary>
internal sealed class PastePart
{
    public bool Include { get; set; }

    public string Language { get; set; } = "";

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public string? Body { get; set; }
}
