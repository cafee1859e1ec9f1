namespace Cms.Web.Infrastructure;

/// <summary>The <c>Cms:Terms</c> configuration section.</summary>
internal sealed class TermOptions
{
    public const string Section = "Cms:Terms";

    /// <summary>
    /// Where a term's name comes from when it has no label in the page's language, in order: language codes, and
    /// <c>source</c> for the language the story was written in. Languages not listed follow in the configured order.
    /// </summary>
    public string[] Fallback { get; set; } = ["source"];
}
